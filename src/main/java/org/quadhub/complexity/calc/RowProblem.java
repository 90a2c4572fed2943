package org.quadhub.complexity.calc;

/** What is wrong with one row of an input file; {@code row} is the line number, the header being row 1. */
public record RowProblem(long row, String field, String message) {
}
