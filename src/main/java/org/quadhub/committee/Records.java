package org.quadhub.committee;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.DomainProblem;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Loading and presenting committee records; shared by the committee's services. */
@Component
class Records {

	final MeetingRepository meetings;
	final AgendaItemRepository agenda;
	final DecisionRepository decisions;
	final MinutesRepository minutes;
	final ActionItemRepository actions;
	final Subjects subjects;
	final Clock clock;

	Records(MeetingRepository meetings, AgendaItemRepository agenda, DecisionRepository decisions,
			MinutesRepository minutes, ActionItemRepository actions, Subjects subjects, Clock clock) {
		this.meetings = meetings;
		this.agenda = agenda;
		this.decisions = decisions;
		this.minutes = minutes;
		this.actions = actions;
		this.subjects = subjects;
		this.clock = clock;
	}

	Instant now() {
		return clock.instant();
	}

	/** Today in the programme's calendar (the clock's zone, Asia/Karachi). */
	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), clock.getZone());
	}

	Meeting meeting(long id) {
		return meetings.findById(id).orElseThrow(() -> DomainProblem.notFound("Meeting", id));
	}

	/** The meeting's agenda and decisions may change only while its minutes (if any) are unsigned. */
	void requireUnsigned(long meetingId) {
		minutes.findByMeetingIdForShare(meetingId).ifPresent(Minutes::requireDraft);
	}

	<T> T save(org.springframework.data.jpa.repository.JpaRepository<T, Long> repository, T entity, String what,
			Object id) {
		try {
			return repository.saveAndFlush(entity);
		}
		catch (ObjectOptimisticLockingFailureException e) {
			throw DomainProblem.staleVersion(what, id);
		}
	}

	AgendaItemView view(AgendaItem item) {
		SubjectRef subject = item.subject();
		return new AgendaItemView(item.id(), item.meetingId(), item.position(), item.title(), subject,
				subjects.label(subject), subjects.page(subject), item.version());
	}

	DecisionView view(Decision decision, Meeting meeting) {
		SubjectRef subject = decision.subject();
		return new DecisionView(decision.id(), decision.meetingId(), meeting.title(), meeting.heldOn(),
				decision.agendaItemId(), decision.textEn(), decision.textZh(), decision.textUr(), subject,
				subjects.label(subject), subjects.page(subject), decision.decidedBy(), decision.decidedAt(),
				decision.version());
	}

	MinutesView view(Minutes m) {
		MinutesState state = m.state();
		Long waiting = state == MinutesState.FINAL ? null : waitingDays(m.stateSince());
		return new MinutesView(m.id(), m.meetingId(), m.text(), state, m.stateSince(), waiting, state.waitingFor(),
				m.signatures(), m.preparedBy(), m.preparedAt(), m.finalisedBy(), m.finalisedAt(), m.version());
	}

	/** Whole calendar days from the day the state began to today, in Pakistan's calendar; never negative. */
	long waitingDays(Instant since) {
		LocalDate from = LocalDate.ofInstant(since, clock.getZone());
		return Math.max(0, ChronoUnit.DAYS.between(from, today()));
	}

	ActionItemView view(ActionItem item, String meetingTitle) {
		LocalDate today = today();
		return new ActionItemView(item.id(), item.meetingId(), meetingTitle, item.decisionId(), item.title(),
				item.ownerSide(), item.ownerName(), item.dueOn(), item.status(), item.statusNote(),
				item.overdueOn(today), item.daysOverdueOn(today), item.statusChangedBy(), item.statusChangedAt(),
				item.status().next(), item.version());
	}

	@Nullable
	MinutesView minutesOf(long meetingId) {
		return minutes.findByMeetingId(meetingId).map(this::view).orElse(null);
	}
}
