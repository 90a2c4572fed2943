package org.quadhub.approvals;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A step was escalated to the coordinating authority, by the sweep when it lapsed or by an officer. */
public record StepEscalated(long caseId, long stepId, SubjectRef subject, String stepCode, String agency,
		String escalatedBy, @Nullable String reason, Instant at) {
}
