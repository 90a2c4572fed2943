package org.quadhub.approvals;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** An agency officer approved, rejected or queried a step. */
public record StepDecided(long caseId, long stepId, SubjectRef subject, String stepCode, String agency,
		Outcome outcome, String decidedBy, @Nullable String reason, Instant at) {
}
