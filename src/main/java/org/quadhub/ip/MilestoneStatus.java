package org.quadhub.ip;

/** A technology-transfer milestone is planned, under way, achieved (with its actual date), missed or cancelled. */
public enum MilestoneStatus {
	PLANNED, IN_PROGRESS, ACHIEVED, MISSED, CANCELLED;

	/** Open milestones have a deadline on their planned date. */
	public boolean open() {
		return this == PLANNED || this == IN_PROGRESS;
	}
}
