package org.quadhub.approvals;

import java.time.Instant;

/** A required step of a case was rejected. */
public record CaseRejected(long caseId, SubjectRef subject, String templateKey, String rejectedStep, Instant at) {
}
