package org.quadhub.reporting;

/**
 * One bad cell of an uploaded file: the row number as a spreadsheet shows it (the header is row 1), the column,
 * and why. {@code sheet} names the XLSX sheet or the CSV file's section.
 */
public record RowError(String sheet, long row, String column, String reason) {
}
