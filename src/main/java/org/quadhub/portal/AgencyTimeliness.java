package org.quadhub.portal;

import org.jspecify.annotations.Nullable;

/**
 * How fast one agency decides its approval steps: by agency only, never by officer.
 *
 * @param medianWorkingDays median working days from a step reaching the agency to its decision (null: none yet)
 * @param withinDeadlineShare share of decisions taken within the deadline, 0 to 1 (null: none yet)
 * @param overdueNow steps past their deadline today
 * @param deemedApprovals steps approved by silence when the deadline lapsed
 */
public record AgencyTimeliness(String agency, String name, int decided, @Nullable Double medianWorkingDays,
		@Nullable Double withinDeadlineShare, int pending, int overdueNow, int deemedApprovals) {

	/** The share within the deadline in percent, rounded to a whole number, or null. */
	public @Nullable Long withinDeadlinePercent() {
		return withinDeadlineShare == null ? null : Math.round(withinDeadlineShare * 100);
	}
}
