package org.quadhub.approvals;

/** What happens when a step's deadline lapses without a decision. */
public enum LapseRule {
	/** Mark the step escalated and alert the coordinating authority; the agency still has to decide. */
	ESCALATE,
	/** The agency's silence is an approval. */
	DEEMED_APPROVED
}
