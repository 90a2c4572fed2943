package org.quadhub.approvals;

/** Where one step of a case stands. */
public enum StepState {
	/** A dependency is still pending. */
	WAITING,
	/** With the agency; its deadline runs. */
	OPEN,
	/** Sent back to the applicant with a question; the clock pauses until the answer. */
	QUERIED,
	APPROVED,
	REJECTED,
	/** The deadline lapsed under a deemed-approval rule: approved by the agency's silence. */
	DEEMED_APPROVED,
	/** The deadline lapsed under an escalation rule: the coordinating authority is on it; the agency still decides. */
	ESCALATED;

	/** With the agency: its clock runs and it can decide. */
	public boolean isPending() {
		return this == OPEN || this == ESCALATED;
	}

	public boolean isDecided() {
		return this == APPROVED || this == REJECTED || this == DEEMED_APPROVED;
	}

	public boolean isApproval() {
		return this == APPROVED || this == DEEMED_APPROVED;
	}
}
