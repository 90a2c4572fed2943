package org.quadhub.approvals;

/** An agency's decision on a step: approve, reject, or send a question back to the applicant. */
public enum Outcome {
	APPROVED, REJECTED, QUERIED
}
