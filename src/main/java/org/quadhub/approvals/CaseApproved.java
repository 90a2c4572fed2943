package org.quadhub.approvals;

import java.time.Instant;

/** Every required step of a case is approved or deemed approved. */
public record CaseApproved(long caseId, SubjectRef subject, String templateKey, Instant at) {
}
