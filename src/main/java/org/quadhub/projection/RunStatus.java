package org.quadhub.projection;

/** Where a projection run stands. */
public enum RunStatus {
	QUEUED, RUNNING, COMPLETED, FAILED;

	public boolean finished() {
		return this == COMPLETED || this == FAILED;
	}
}
