package org.quadhub.approvals;

import java.time.Instant;
import java.time.LocalDate;

/** A step reached its agency: its deadline runs from now. */
public record StepOpened(long caseId, long stepId, SubjectRef subject, String stepCode, String agency,
		LocalDate dueOn, Instant at) {
}
