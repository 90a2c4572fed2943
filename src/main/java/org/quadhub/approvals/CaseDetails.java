package org.quadhub.approvals;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A case with every step: state, who holds it now and since when, its deadline, and everything that happened. */
public record CaseDetails(long id, SubjectRef subject, String subjectName, String subjectPath, long templateId,
		String templateKey, String templateName, int templateVersion, CaseStatus status, String openedBy,
		Instant openedAt, @Nullable Instant closedAt, List<Step> steps, long version) {

	/**
	 * One step. {@code heldBy} is the agency code while the agency holds it, {@code APPLICANT} while a query waits
	 * for an answer, and null otherwise; {@code heldWorkingDays} counts the working days of the current hold.
	 */
	public record Step(long id, String code, String name, String agency, String agencyName, @Nullable String unit,
			@Nullable String requirements, @Nullable String legalBasis, int slaDays, List<String> dependsOn,
			boolean optional, LapseRule lapseRule, StepState state, @Nullable String assignee,
			@Nullable Instant openedAt, @Nullable LocalDate dueOn, boolean overdue, @Nullable String heldBy,
			@Nullable Instant heldSince, @Nullable Integer heldWorkingDays, @Nullable Integer remainingWorkingDays,
			@Nullable Instant decidedAt, @Nullable String decidedBy, @Nullable String reason,
			@Nullable Integer workingDaysTaken, @Nullable Boolean withinSla, @Nullable Instant escalatedAt,
			List<Attachment> attachments, List<Event> history) {
	}

	/** One entry of a step's timeline. */
	public record Event(String kind, String actor, Instant at, StepState state, @Nullable String note) {
	}

	/** The marker {@code heldBy} takes while the applicant has to answer a query. */
	public static final String APPLICANT = "APPLICANT";

	public Step step(long stepId) {
		return steps.stream().filter(s -> s.id() == stepId).findFirst().orElseThrow();
	}

	public Step step(String code) {
		return steps.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
	}
}
