package org.quadhub.matching;

/** Where a programme run stands. STOPPED: stopped early, its best result kept and acceptable like a finished one. */
public enum RunStatus {
	SOLVING, FINISHED, STOPPED, FAILED, ACCEPTED
}
