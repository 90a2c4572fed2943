package org.quadhub.approvals;

import java.time.Instant;

/** A case was opened for a subject on a route. */
public record CaseOpened(long caseId, SubjectRef subject, String templateKey, String openedBy, Instant at) {
}
