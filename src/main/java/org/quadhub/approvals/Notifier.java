package org.quadhub.approvals;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Role;
import org.quadhub.users.UserInfo;
import org.quadhub.users.Users;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns workflow events into inbox entries, in the same transaction as the change (so an inbox never shows a step
 * that was rolled back): the agency's officers hear of new, overdue, deemed and answered steps; the applicant's
 * users of queries and of the outcome; the coordinating authority of escalations, deemed approvals and outcomes.
 */
@Component
class Notifier {

	private final NotificationRepository notifications;
	private final StepRepository steps;
	private final Users users;
	private final Subjects subjects;
	private final ApplicationEventPublisher events;

	Notifier(NotificationRepository notifications, StepRepository steps, Users users, Subjects subjects,
			ApplicationEventPublisher events) {
		this.notifications = notifications;
		this.steps = steps;
		this.users = users;
		this.subjects = subjects;
		this.events = events;
	}

	@EventListener
	void on(StepOpened event) {
		send(agencyOfficers(event.agency()), Notification.Kind.STEP_OPENED, event.caseId(), event.stepId(),
				event.subject(), event.agency(), event.at());
	}

	@EventListener
	void on(StepDecided event) {
		if (event.outcome() == Outcome.QUERIED) {
			send(applicants(event.subject()), Notification.Kind.STEP_QUERIED, event.caseId(), event.stepId(),
					event.subject(), event.agency(), event.at());
		}
	}

	@EventListener
	void on(QueryAnswered event) {
		send(agencyOfficers(event.agency()), Notification.Kind.QUERY_ANSWERED, event.caseId(), event.stepId(),
				event.subject(), event.agency(), event.at());
	}

	@EventListener
	void on(StepEscalated event) {
		send(authority(), Notification.Kind.STEP_ESCALATED, event.caseId(), event.stepId(), event.subject(),
				event.agency(), event.at());
		send(agencyOfficers(event.agency()), Notification.Kind.STEP_OVERDUE, event.caseId(), event.stepId(),
				event.subject(), event.agency(), event.at());
	}

	@EventListener
	void on(StepDeemedApproved event) {
		Set<String> everyone = new LinkedHashSet<>(agencyOfficers(event.agency()));
		everyone.addAll(authority());
		send(everyone, Notification.Kind.STEP_DEEMED_APPROVED, event.caseId(), event.stepId(), event.subject(),
				event.agency(), event.at());
	}

	@EventListener
	void on(CaseApproved event) {
		Set<String> everyone = new LinkedHashSet<>(applicants(event.subject()));
		everyone.addAll(authority());
		send(everyone, Notification.Kind.CASE_APPROVED, event.caseId(), null, event.subject(), null, event.at());
	}

	@EventListener
	void on(CaseRejected event) {
		Set<String> everyone = new LinkedHashSet<>(applicants(event.subject()));
		everyone.addAll(authority());
		send(everyone, Notification.Kind.CASE_REJECTED, event.caseId(), null, event.subject(), null, event.at());
	}

	private void send(Set<String> recipients, Notification.Kind kind, long caseId, @Nullable Long stepId,
			SubjectRef subject, @Nullable String agency, Instant at) {
		if (recipients.isEmpty()) {
			return;
		}
		String subjectName = subjects.describe(subject);
		String stepName = stepId == null ? null : steps.findById(stepId).map(ApprovalStep::name).orElse(null);
		for (String recipient : recipients) {
			NotificationEntry entry = notifications.save(
					new NotificationEntry(recipient, kind, caseId, stepId, subjectName, stepName, agency, at));
			events.publishEvent(new NotificationQueued(entry.id(), recipient));
		}
	}

	private Set<String> agencyOfficers(String agency) {
		return usernames(u -> u.roles().contains(Role.AGENCY) && agency.equals(u.agency()));
	}

	private Set<String> authority() {
		return usernames(u -> u.roles().contains(Role.AUTHORITY));
	}

	private Set<String> applicants(SubjectRef subject) {
		Set<Long> organisations = subjects.of(subject.kind()).applicantOrganisations(subject);
		return usernames(u -> u.roles().contains(Role.PARTNER) && u.organisationId() != null
				&& organisations.contains(u.organisationId()));
	}

	private Set<String> usernames(Predicate<UserInfo> who) {
		List<UserInfo> directory = users.directory();
		Set<String> names = new LinkedHashSet<>();
		directory.stream().filter(who).map(UserInfo::username).forEach(names::add);
		return names;
	}
}
