package org.quadhub.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * Approval steps past their deadline, for the programme dashboard: how many, how many per agency (most first), and
 * the steps themselves, the longest overdue first (at most {@link #LISTED}).
 *
 * @param count every overdue step
 * @param byAgency overdue steps per agency
 * @param steps the longest overdue steps, each linking to its case
 */
public record ApprovalsOverdue(int count, List<Agency> byAgency, List<Step> steps) {

	/** Steps listed at most; the count and the agency figures cover all of them. */
	public static final int LISTED = 50;

	public static final ApprovalsOverdue NONE = new ApprovalsOverdue(0, List.of(), List.of());

	public record Agency(String agency, String name, int overdue) {
	}

	/** One overdue step of an approval case; {@code workingDaysLate} counts from its due date. */
	public record Step(long caseId, long stepId, String subject, String step, String agency, String agencyName,
			LocalDate dueOn, int workingDaysLate) {
	}
}
