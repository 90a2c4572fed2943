package org.quadhub.approvals;

import java.time.Instant;
import java.time.LocalDate;

/** The applicant answered an agency's query; the step is back with the agency and its clock runs again. */
public record QueryAnswered(long caseId, long stepId, SubjectRef subject, String stepCode, String agency,
		String answeredBy, LocalDate dueOn, Instant at) {
}
