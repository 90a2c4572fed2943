package org.quadhub.approvals;

/** What one run of the deadline sweep did; {@code ran} is false when another instance held the sweep lock. */
public record SweepReport(boolean ran, int deemedApproved, int escalated) {

	static final SweepReport NOTHING = new SweepReport(true, 0, 0);
	static final SweepReport SKIPPED = new SweepReport(false, 0, 0);

	SweepReport plus(SweepReport other) {
		return new SweepReport(ran && other.ran, deemedApproved + other.deemedApproved, escalated + other.escalated);
	}
}
