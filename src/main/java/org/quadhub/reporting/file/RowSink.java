package org.quadhub.reporting.file;

/** Receives the rows of one sheet (or CSV file) in order; row 1 is the header. */
public interface RowSink {

	/**
	 * @param row row number as a spreadsheet shows it
	 * @param cells cell texts, trimmed, empty string for an empty cell
	 * @param badEncoding the row's bytes were not valid UTF-8 (cells are then unusable)
	 */
	void row(long row, String[] cells, boolean badEncoding);
}
