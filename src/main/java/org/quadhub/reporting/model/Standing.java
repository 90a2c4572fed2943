package org.quadhub.reporting.model;

/**
 * Traffic light of a QUAD on its latest trailing twelve months: accepted exports against what its trajectory
 * expects over the same months.
 */
public enum Standing {
	/** At least 90% of the trajectory. */
	ON_TRACK,
	/** From 60% up to (not including) 90%. */
	AT_RISK,
	/** Below 60%. */
	OFF_TRACK,
	/** Not yet established, so no trajectory to measure against. */
	NOT_STARTED;

	public static final double ON_TRACK_FROM = 0.9;
	public static final double AT_RISK_FROM = 0.6;

	/** The light for accepted {@code actual} against {@code expected} over the same months. */
	public static Standing of(double actual, double expected) {
		if (!(expected > 0)) {
			return NOT_STARTED;
		}
		double ratio = actual / expected;
		if (ratio >= ON_TRACK_FROM) {
			return ON_TRACK;
		}
		return ratio >= AT_RISK_FROM ? AT_RISK : OFF_TRACK;
	}
}
