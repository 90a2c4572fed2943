package org.quadhub.approvals;

/** A case is open until every required step is approved (APPROVED) or one is rejected (REJECTED). */
public enum CaseStatus {
	OPEN, APPROVED, REJECTED
}
