package org.quadhub.approvals;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.DomainProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The state changes of a case at a given instant, shared by the API ({@link Approvals}) and the deadline sweep.
 * Callers hold a transaction and have already checked who may act; every change locks the case row first.
 */
@Component
class CaseWork {

	private final CaseRepository cases;
	private final Holidays holidays;
	private final ApplicationEventPublisher events;

	CaseWork(CaseRepository cases, Holidays holidays, ApplicationEventPublisher events) {
		this.cases = cases;
		this.holidays = holidays;
		this.events = events;
	}

	ApprovalCase locked(long caseId) {
		return cases.lockById(caseId).orElseThrow(() -> DomainProblem.notFound("Case", caseId));
	}

	ApprovalCase open(SubjectRef subject, ApprovalTemplate template, String actor, Instant now, ZoneId zone) {
		ApprovalCase created = new ApprovalCase(subject, template, actor, now);
		cases.saveAndFlush(created);
		List<Object> happened = new ArrayList<>();
		happened.add(new CaseOpened(created.id(), subject, template.key(), actor, now));
		advance(created, now, zone, happened);
		save(created);
		happened.forEach(events::publishEvent);
		return created;
	}

	void decide(ApprovalCase c, ApprovalStep step, Outcome outcome, @Nullable String reason,
			List<Attachment> attachments, String actor, Instant now, ZoneId zone) {
		requirePending(c, step);
		WorkingCalendar calendar = holidays.calendar();
		LocalDate today = LocalDate.ofInstant(now, zone);
		List<Object> happened = new ArrayList<>();
		step.assign(actor);
		step.attach(attachments, actor, now);
		if (outcome == Outcome.QUERIED) {
			step.query(actor, reason == null ? "" : reason, now, today, calendar, zone);
		}
		else {
			step.decide(outcome == Outcome.APPROVED ? StepState.APPROVED : StepState.REJECTED, actor, reason, now,
					today, calendar, zone);
		}
		happened.add(new StepDecided(c.id(), step.id(), c.subject(), step.code(), step.agency(), outcome, actor,
				reason, now));
		advance(c, now, zone, happened);
		save(c);
		happened.forEach(events::publishEvent);
	}

	void respond(ApprovalCase c, ApprovalStep step, String answer, List<Attachment> attachments, String actor,
			Instant now, ZoneId zone) {
		if (step.state() != StepState.QUERIED) {
			throw new DomainProblem(DomainProblem.Kind.CONFLICT, "step-not-queried", "No open query",
					"Step " + step.code() + " is " + step.state() + ": there is no query to answer.");
		}
		c.requireOpen();
		step.attach(attachments, actor, now);
		step.resume(actor, answer, now, LocalDate.ofInstant(now, zone), holidays.calendar());
		save(c);
		events.publishEvent(new QueryAnswered(c.id(), step.id(), c.subject(), step.code(), step.agency(), actor,
				step.dueOn(), now));
	}

	void escalate(ApprovalCase c, ApprovalStep step, String actor, @Nullable String reason, Instant now) {
		if (step.state() != StepState.OPEN) {
			throw new DomainProblem(DomainProblem.Kind.CONFLICT, "step-not-escalatable", "Cannot escalate",
					"Step " + step.code() + " is " + step.state() + "; only an open step can be escalated.");
		}
		c.requireOpen();
		step.escalate(actor, reason, now);
		save(c);
		events.publishEvent(new StepEscalated(c.id(), step.id(), c.subject(), step.code(), step.agency(), actor,
				reason, now));
	}

	/** Applies the lapse rule to every open step of the case whose deadline has passed; returns what it did. */
	SweepReport lapse(long caseId, Instant now, ZoneId zone) {
		ApprovalCase c = locked(caseId);
		if (c.status() != CaseStatus.OPEN) {
			return SweepReport.NOTHING;
		}
		LocalDate today = LocalDate.ofInstant(now, zone);
		WorkingCalendar calendar = holidays.calendar();
		List<Object> happened = new ArrayList<>();
		int deemed = 0;
		int escalated = 0;
		for (ApprovalStep step : c.steps()) {
			if (step.state() != StepState.OPEN || step.dueOn() == null || !today.isAfter(step.dueOn())) {
				continue;
			}
			if (step.lapseRule() == LapseRule.DEEMED_APPROVED) {
				String silent = step.agency() + (step.assignee() == null ? "" : " (" + step.assignee() + ")");
				// Silent through the end of the day before the sweep noticed: the deadline lapsed at midnight.
				int days = step.heldWorkingDays(today.minusDays(1), calendar, zone);
				step.decide(StepState.DEEMED_APPROVED, "system", "Deemed approved: " + silent + " was silent for "
						+ days + " working days; the deadline was " + step.dueOn() + ".", now, today.minusDays(1),
						calendar, zone);
				happened.add(new StepDeemedApproved(c.id(), step.id(), c.subject(), step.code(), step.agency(), silent,
						days, step.dueOn(), now));
				deemed++;
			}
			else {
				step.escalate("system", "Deadline " + step.dueOn() + " passed without a decision.", now);
				happened.add(new StepEscalated(c.id(), step.id(), c.subject(), step.code(), step.agency(), "system",
						"Deadline " + step.dueOn() + " passed without a decision.", now));
				escalated++;
			}
		}
		advance(c, now, zone, happened);
		save(c);
		happened.forEach(events::publishEvent);
		return new SweepReport(true, deemed, escalated);
	}

	private void advance(ApprovalCase c, Instant now, ZoneId zone, List<Object> happened) {
		WorkingCalendar calendar = holidays.calendar();
		// Opening steps can never close the case and closing it stops openings, so one pass of each suffices.
		Object closing = c.settle(now);
		if (closing == null) {
			for (ApprovalStep opened : c.advance(now, zone, calendar)) {
				cases.flush();
				happened.add(new StepOpened(c.id(), opened.id(), c.subject(), opened.code(), opened.agency(),
						opened.dueOn(), now));
			}
		}
		else {
			happened.add(closing);
		}
	}

	private void save(ApprovalCase c) {
		try {
			cases.saveAndFlush(c);
		}
		catch (ObjectOptimisticLockingFailureException e) {
			throw DomainProblem.staleVersion("Case", c.id());
		}
	}

	private static void requirePending(ApprovalCase c, ApprovalStep step) {
		if (step.state().isDecided()) {
			throw new DomainProblem(DomainProblem.Kind.CONFLICT, "step-already-decided", "Already decided",
					"Step " + step.code() + " was already decided (" + step.state() + ") by " + step.decidedBy() + ".");
		}
		if (step.state() == StepState.QUERIED) {
			throw new DomainProblem(DomainProblem.Kind.CONFLICT, "step-queried", "Waiting for the applicant",
					"Step " + step.code() + " waits for the applicant's answer to a query.");
		}
		if (step.state() == StepState.WAITING) {
			throw new DomainProblem(DomainProblem.Kind.CONFLICT, "step-not-open", "Step not open yet",
					"Step " + step.code() + " waits for " + String.join(", ", step.dependsOn()) + ".");
		}
		c.requireOpen();
	}
}
