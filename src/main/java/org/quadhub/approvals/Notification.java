package org.quadhub.approvals;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One entry of a user's inbox; {@code text} is the English sentence also used for e-mail. */
public record Notification(long id, Kind kind, long caseId, @Nullable Long stepId, String subjectName,
		@Nullable String stepName, @Nullable String agency, Instant createdAt, boolean read, String text) {

	/** What the notification is about. */
	public enum Kind {
		/** A step reached my agency's queue. */
		STEP_OPENED,
		/** A step of my agency passed its deadline. */
		STEP_OVERDUE,
		/** A step was escalated to the coordinating authority. */
		STEP_ESCALATED,
		/** A step was deemed approved because the agency was silent. */
		STEP_DEEMED_APPROVED,
		/** An agency sent a question to the applicant. */
		STEP_QUERIED,
		/** The applicant answered my agency's query. */
		QUERY_ANSWERED,
		/** The case was approved. */
		CASE_APPROVED,
		/** The case was rejected. */
		CASE_REJECTED
	}
}
