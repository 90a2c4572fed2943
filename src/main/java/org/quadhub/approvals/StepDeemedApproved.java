package org.quadhub.approvals;

import java.time.Instant;
import java.time.LocalDate;

/** A step's deadline lapsed under a deemed-approval rule: the agency was silent for silentWorkingDays working days. */
public record StepDeemedApproved(long caseId, long stepId, SubjectRef subject, String stepCode, String agency,
		String silentParty, int silentWorkingDays, LocalDate dueOn, Instant at) {
}
