package org.quadhub.approvals;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One step of a case. The agency's clock runs while the step is OPEN or ESCALATED; {@code heldDaysBefore} keeps
 * the working days of earlier holds (before a query), so time to decision never counts the applicant's time.
 */
@Entity
@Table(name = "approval_step")
class ApprovalStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "case_id")
	private @Nullable ApprovalCase approvalCase;

	private int position;
	private String code = "";
	private String name = "";
	private String agency = "";
	private @Nullable String unit;
	private @Nullable String requirements;
	private @Nullable String legalBasis;
	private int slaDays;
	private String dependsOn = "";
	private boolean optional;

	@Enumerated(EnumType.STRING)
	private LapseRule lapseRule = LapseRule.ESCALATE;

	@Enumerated(EnumType.STRING)
	private StepState state = StepState.WAITING;

	private @Nullable String assignee;
	private @Nullable Instant openedAt;
	private @Nullable LocalDate dueOn;
	private @Nullable Instant segmentStartedAt;
	private int heldDaysBefore;
	private @Nullable Integer remainingDays;
	private @Nullable Instant decidedAt;
	private @Nullable String decidedBy;
	private @Nullable String reason;
	private @Nullable Integer workingDaysTaken;
	private @Nullable Boolean withinSla;
	private @Nullable Instant escalatedAt;

	@OneToMany(mappedBy = "step", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("at, id")
	private List<StepEvent> events = new ArrayList<>();

	@OneToMany(mappedBy = "step", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("addedAt, id")
	private List<StepAttachment> attachments = new ArrayList<>();

	@Version
	private long version;

	protected ApprovalStep() {
	}

	ApprovalStep(ApprovalCase approvalCase, TemplateStep template) {
		this.approvalCase = approvalCase;
		this.position = template.position();
		this.code = template.code();
		this.name = template.name();
		this.agency = template.agency();
		this.unit = template.unit();
		this.requirements = template.requirements();
		this.legalBasis = template.legalBasis();
		this.slaDays = template.slaDays();
		this.dependsOn = String.join(",", template.dependsOn());
		this.optional = template.optional();
		this.lapseRule = template.lapseRule();
	}

	void open(Instant now, LocalDate today, WorkingCalendar calendar) {
		state = StepState.OPEN;
		openedAt = now;
		segmentStartedAt = now;
		dueOn = calendar.addWorkingDays(today, slaDays);
		record("OPENED", "system", now, "due " + dueOn);
	}

	/** Working days the agency has held the step so far, the current hold included. */
	int heldWorkingDays(LocalDate today, WorkingCalendar calendar, java.time.ZoneId zone) {
		int current = state.isPending() && segmentStartedAt != null
				? calendar.workingDaysBetween(LocalDate.ofInstant(segmentStartedAt, zone), today) : 0;
		return heldDaysBefore + current;
	}

	void decide(StepState outcome, String actor, @Nullable String why, Instant now, LocalDate today,
			WorkingCalendar calendar, java.time.ZoneId zone) {
		workingDaysTaken = heldWorkingDays(today, calendar, zone);
		withinSla = outcome != StepState.DEEMED_APPROVED && dueOn != null && !today.isAfter(dueOn);
		state = outcome;
		decidedAt = now;
		decidedBy = actor;
		reason = why;
		segmentStartedAt = null;
		record(outcome.name(), actor, now, why);
	}

	/** Sends the step back to the applicant; the days left until the deadline are kept for when the answer comes. */
	void query(String actor, String why, Instant now, LocalDate today, WorkingCalendar calendar, java.time.ZoneId zone) {
		heldDaysBefore = heldWorkingDays(today, calendar, zone);
		// An answer always leaves the agency at least one working day, even when the query came on the last day.
		remainingDays = Math.max(1, dueOn == null ? slaDays : calendar.workingDaysBetween(today, dueOn));
		state = StepState.QUERIED;
		segmentStartedAt = now;
		reason = why;
		record("QUERIED", actor, now, why);
	}

	void resume(String actor, String answer, Instant now, LocalDate today, WorkingCalendar calendar) {
		int left = remainingDays == null ? slaDays : remainingDays;
		dueOn = calendar.addWorkingDays(today, left);
		remainingDays = null;
		state = escalatedAt == null ? StepState.OPEN : StepState.ESCALATED;
		segmentStartedAt = now;
		record("ANSWERED", actor, now, answer);
	}

	void escalate(String actor, @Nullable String why, Instant now) {
		state = StepState.ESCALATED;
		escalatedAt = now;
		record("ESCALATED", actor, now, why);
	}

	void attach(List<Attachment> documents, String actor, Instant now) {
		for (Attachment document : documents) {
			attachments.add(new StepAttachment(this, document, actor, now));
		}
	}

	void assign(@Nullable String officer) {
		this.assignee = officer;
	}

	private void record(String kind, String actor, Instant now, @Nullable String note) {
		events.add(new StepEvent(this, kind, actor, now, state, note));
	}

	boolean overdue(LocalDate today) {
		return state.isPending() && dueOn != null && today.isAfter(dueOn);
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("step not saved yet");
		}
		return id;
	}

	ApprovalCase approvalCase() {
		if (approvalCase == null) {
			throw new IllegalStateException("step without case");
		}
		return approvalCase;
	}

	int position() {
		return position;
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}

	String agency() {
		return agency;
	}

	@Nullable
	String unit() {
		return unit;
	}

	@Nullable
	String requirements() {
		return requirements;
	}

	@Nullable
	String legalBasis() {
		return legalBasis;
	}

	int slaDays() {
		return slaDays;
	}

	List<String> dependsOn() {
		return Codes.split(dependsOn);
	}

	boolean optional() {
		return optional;
	}

	LapseRule lapseRule() {
		return lapseRule;
	}

	StepState state() {
		return state;
	}

	@Nullable
	String assignee() {
		return assignee;
	}

	@Nullable
	Instant openedAt() {
		return openedAt;
	}

	@Nullable
	LocalDate dueOn() {
		return dueOn;
	}

	@Nullable
	Instant segmentStartedAt() {
		return segmentStartedAt;
	}

	@Nullable
	Integer remainingDays() {
		return remainingDays;
	}

	@Nullable
	Instant decidedAt() {
		return decidedAt;
	}

	@Nullable
	String decidedBy() {
		return decidedBy;
	}

	@Nullable
	String reason() {
		return reason;
	}

	@Nullable
	Integer workingDaysTaken() {
		return workingDaysTaken;
	}

	@Nullable
	Boolean withinSla() {
		return withinSla;
	}

	@Nullable
	Instant escalatedAt() {
		return escalatedAt;
	}

	List<StepEvent> events() {
		return events;
	}

	List<StepAttachment> attachments() {
		return attachments;
	}
}
