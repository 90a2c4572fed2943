package org.quadhub.approvals;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** A step waiting for an agency's decision, as its queue lists it (sorted by due date). */
public record QueueItem(long caseId, long stepId, SubjectRef subject, String subjectName, String stepCode,
		String stepName, String agency, StepState state, @Nullable String assignee, @Nullable Instant openedAt,
		@Nullable LocalDate dueOn, boolean overdue, int workingDaysLeft) {
}
