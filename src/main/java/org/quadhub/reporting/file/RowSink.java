package org.quadhub.reporting.file;

/** Receives the rows of one sheet (or CSV file) in order; row 1 is the header. */
public interface RowSink {

	/**
	 * @param row row number as a spreadsheet shows it
	 * @param cells cell texts, trimmed, empty string for an empty cell
	 * @param badEncoding the row's bytes were not valid UTF-8 (cells are then unusable)
	 */
	void row(long row, String[] cells, boolean badEncoding);

	/**
	 * Offers a line of plain ASCII without quotes as its bytes, before it is split into cells; a sink that takes it
	 * whole returns true, otherwise it receives the line through {@link #row} as usual. The bytes are valid only
	 * during the call.
	 *
	 * @param end exclusive; the line ending is not included
	 */
	default boolean plainLine(long row, byte[] line, int start, int end) {
		return false;
	}
}
