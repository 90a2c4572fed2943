package org.quadhub.approvals;

import org.jspecify.annotations.Nullable;

/**
 * How fast one agency (or one step type) decides: median and 90th percentile of working days from the step reaching
 * it to its decision (query time excluded), the share decided within the SLA, steps overdue now, and deemed
 * approvals (lapsed in silence). Figures are null while nothing has been decided.
 */
public record InertiaRow(String key, String label, String agency, int decided, @Nullable Double medianWorkingDays,
		@Nullable Integer p90WorkingDays, @Nullable Double withinSlaShare, int pending, int overdueNow,
		int deemedApprovals, int escalations) {
}
