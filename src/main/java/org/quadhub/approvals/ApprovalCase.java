package org.quadhub.approvals;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.quadhub.shared.DomainProblem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A subject's run through one route version. The case owns the rules that link steps: a step opens when every
 * dependency is settled, the case is approved when every required step is (deemed) approved, and rejected as soon
 * as a required step is rejected. Every operation returns the events it caused, for the service to publish.
 */
@Entity
@Table(name = "approval_case")
class ApprovalCase {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String subjectKind = "";
	private long subjectId;
	private long templateId;
	private String templateKey = "";

	@Enumerated(EnumType.STRING)
	private CaseStatus status = CaseStatus.OPEN;

	private String openedBy = "";
	private Instant openedAt = Instant.EPOCH;
	private @Nullable Instant closedAt;

	@OneToMany(mappedBy = "approvalCase", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<ApprovalStep> steps = new ArrayList<>();

	@Version
	private long version;

	protected ApprovalCase() {
	}

	ApprovalCase(SubjectRef subject, ApprovalTemplate template, String openedBy, Instant now) {
		this.subjectKind = subject.kind();
		this.subjectId = subject.id();
		this.templateId = template.id();
		this.templateKey = template.key();
		this.openedBy = openedBy;
		this.openedAt = now;
		for (TemplateStep step : template.steps()) {
			steps.add(new ApprovalStep(this, step));
		}
	}

	/** Opens every waiting step whose dependencies are settled; returns the steps it opened. */
	List<ApprovalStep> advance(Instant now, ZoneId zone, WorkingCalendar calendar) {
		List<ApprovalStep> opened = new ArrayList<>();
		if (status != CaseStatus.OPEN) {
			return opened;
		}
		Map<String, ApprovalStep> byCode = steps.stream().collect(Collectors.toMap(ApprovalStep::code, Function.identity()));
		LocalDate today = LocalDate.ofInstant(now, zone);
		for (ApprovalStep step : steps) {
			if (step.state() == StepState.WAITING
					&& step.dependsOn().stream().map(byCode::get).allMatch(ApprovalCase::settled)) {
				step.open(now, today, calendar);
				opened.add(step);
			}
		}
		return opened;
	}

	/** A dependency is settled when approved, or, for an optional step, decided either way. */
	private static boolean settled(@Nullable ApprovalStep dependency) {
		return dependency == null || dependency.state().isApproval()
				|| (dependency.optional() && dependency.state() == StepState.REJECTED);
	}

	/** Closes the case when its required steps say so; returns the closing event, if any. */
	@Nullable
	Object settle(Instant now) {
		if (status != CaseStatus.OPEN) {
			return null;
		}
		for (ApprovalStep step : steps) {
			if (!step.optional() && step.state() == StepState.REJECTED) {
				status = CaseStatus.REJECTED;
				closedAt = now;
				return new CaseRejected(id(), subject(), templateKey, step.code(), now);
			}
		}
		if (steps.stream().filter(s -> !s.optional()).allMatch(s -> s.state().isApproval())) {
			status = CaseStatus.APPROVED;
			closedAt = now;
			return new CaseApproved(id(), subject(), templateKey, now);
		}
		return null;
	}

	ApprovalStep step(long stepId) {
		return steps.stream()
			.filter(s -> s.id() == stepId)
			.findFirst()
			.orElseThrow(() -> DomainProblem.notFound("Step", stepId + " of case " + id()));
	}

	void requireOpen() {
		if (status != CaseStatus.OPEN) {
			throw new DomainProblem(DomainProblem.Kind.CONFLICT, "case-closed", "Case closed",
					"Case " + id() + " is " + status + "; its steps can no longer change.");
		}
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("case not saved yet");
		}
		return id;
	}

	SubjectRef subject() {
		return new SubjectRef(subjectKind, subjectId);
	}

	long templateId() {
		return templateId;
	}

	String templateKey() {
		return templateKey;
	}

	CaseStatus status() {
		return status;
	}

	String openedBy() {
		return openedBy;
	}

	Instant openedAt() {
		return openedAt;
	}

	@Nullable
	Instant closedAt() {
		return closedAt;
	}

	List<ApprovalStep> steps() {
		return steps;
	}

	long version() {
		return version;
	}
}
