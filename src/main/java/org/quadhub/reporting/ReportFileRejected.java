package org.quadhub.reporting;

import org.quadhub.shared.DomainProblem;

import java.util.List;

/**
 * A file with bad rows: nothing of it was stored. Lists every bad row (up to a configured cap, with the total).
 * The web edge renders it as 422 problem+json with {@code errors[]} of row, column and message.
 */
public class ReportFileRejected extends DomainProblem {

	private final List<RowError> rows;
	private final long totalErrors;

	public ReportFileRejected(List<RowError> rows, long totalErrors) {
		super(Kind.RULE_VIOLATED, "invalid-report-file", "Invalid report file",
				totalErrors + (totalErrors == 1 ? " error" : " errors") + " found in the file; nothing was stored. "
						+ "Correct them and upload the whole file again.",
				rows.stream().map(r -> new FieldProblem(r.sheet() + " row " + r.row() + " " + r.column(), r.reason()))
					.toList());
		this.rows = List.copyOf(rows);
		this.totalErrors = totalErrors;
	}

	public List<RowError> rows() {
		return rows;
	}

	public long totalErrors() {
		return totalErrors;
	}
}
