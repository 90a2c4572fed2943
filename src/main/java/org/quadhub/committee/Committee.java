package org.quadhub.committee;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Checks;
import org.quadhub.shared.Constraints;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.DomainProblem.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Optional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Joint committee meetings with their agenda and decisions. AUTHORITY prepares meetings and agenda items;
 * COMMITTEE members record decisions; other signed-in roles except PARTNER read; a PARTNER reads the decisions
 * about its own QUADs. Once a meeting's minutes carry a signature, its agenda and decisions are frozen.
 */
@Service
@Transactional
public class Committee {

	private final Records records;
	private final Validator validator;

	Committee(Records records, Validator validator) {
		this.records = records;
		this.validator = validator;
	}

	public MeetingDetails createMeeting(Actor actor, MeetingCommand command) {
		Access.requirePreparer(actor);
		checkMeeting(command);
		if (records.meetings.existsByTitleIgnoreCase(command.title().trim())) {
			throw duplicateTitle(command.title());
		}
		Meeting meeting = new Meeting(command, actor.username(), records.now());
		Constraints.writeOrConflict(() -> records.meetings.saveAndFlush(meeting), () -> duplicateTitle(command.title()));
		return details(meeting);
	}

	public MeetingDetails updateMeeting(Actor actor, long id, MeetingCommand command) {
		Access.requirePreparer(actor);
		checkMeeting(command);
		Meeting meeting = records.meeting(id);
		Access.requireVersion(command.version(), meeting.version(), "Meeting", id);
		records.requireUnsigned(id);
		records.meetings.findByTitleIgnoreCase(command.title().trim())
			.filter(other -> other.id() != id)
			.ifPresent(other -> {
				throw duplicateTitle(command.title());
			});
		meeting.apply(command);
		Constraints.writeOrConflict(() -> records.save(records.meetings, meeting, "Meeting", id),
				() -> duplicateTitle(command.title()));
		return details(meeting);
	}

	/** Deletes a meeting that holds no decisions, minutes or action items (its agenda goes with it). */
	public void deleteMeeting(Actor actor, long id) {
		Access.requirePreparer(actor);
		Meeting meeting = records.meeting(id);
		if (records.decisions.countByMeetingId(id) > 0 || records.minutes.findByMeetingId(id).isPresent()
				|| records.actions.countByMeetingId(id) > 0) {
			throw new DomainProblem(DomainProblem.Kind.CONFLICT, "meeting-has-records", "Meeting has records",
					"Meeting " + id + " has decisions, minutes or action items; it stays on the record.");
		}
		records.agenda.deleteAll(records.agenda.findByMeetingIdOrderByPositionAsc(id));
		records.meetings.delete(meeting);
		records.meetings.flush();
	}

	@Transactional(readOnly = true)
	public MeetingDetails meeting(Actor actor, long id) {
		Access.requireReader(actor);
		return details(records.meeting(id));
	}

	/** Every meeting, newest first, with its minutes' signature state and waiting time. */
	@Transactional(readOnly = true)
	public List<MeetingSummary> meetings(Actor actor) {
		Access.requireReader(actor);
		List<Meeting> all = records.meetings.findAllByOrderByHeldOnDescIdDesc();
		Map<Long, Minutes> minutes = records.minutes.findByMeetingIdIn(all.stream().map(Meeting::id).toList())
			.stream().collect(Collectors.toMap(Minutes::meetingId, Function.identity()));
		Map<Long, List<ActionItem>> actions = records.actions.findAllByOrderByDueOnAscIdAsc().stream()
			.collect(Collectors.groupingBy(ActionItem::meetingId));
		Map<Long, Long> decisions = records.decisions.findAll().stream()
			.collect(Collectors.groupingBy(Decision::meetingId, Collectors.counting()));
		LocalDate today = records.today();
		return all.stream().map(m -> {
			Minutes mm = minutes.get(m.id());
			MinutesView view = mm == null ? null : records.view(mm);
			List<ActionItem> items = actions.getOrDefault(m.id(), List.of());
			return new MeetingSummary(m.id(), m.title(), m.heldOn(), m.place(), m.videoLink(),
					m.heldOn().isAfter(today), view == null ? null : view.state(),
					view == null ? null : view.waitingDays(), view == null ? null : view.waitingFor(),
					decisions.getOrDefault(m.id(), 0L).intValue(),
					(int) items.stream().filter(i -> !i.status().isFinal()).count(),
					(int) items.stream().filter(i -> i.overdueOn(today)).count());
		}).toList();
	}

	public AgendaItemView addAgendaItem(Actor actor, long meetingId, AgendaItemCommand command) {
		Access.requirePreparer(actor);
		Checks.valid(validator, command);
		records.meeting(meetingId);
		records.requireUnsigned(meetingId);
		SubjectRef subject = records.subjects.check(command.subjectKind(), command.subjectId());
		AgendaItem item = new AgendaItem(meetingId, records.agenda.maxPosition(meetingId) + 1, command.title(), subject);
		records.agenda.saveAndFlush(item);
		return records.view(item);
	}

	public AgendaItemView updateAgendaItem(Actor actor, long meetingId, long itemId, AgendaItemCommand command) {
		Access.requirePreparer(actor);
		Checks.valid(validator, command);
		AgendaItem item = agendaItem(meetingId, itemId);
		Access.requireVersion(command.version(), item.version(), "Agenda item", itemId);
		records.requireUnsigned(meetingId);
		SubjectRef subject = records.subjects.check(command.subjectKind(), command.subjectId());
		item.apply(command.title(), subject);
		records.save(records.agenda, item, "Agenda item", itemId);
		return records.view(item);
	}

	public void deleteAgendaItem(Actor actor, long meetingId, long itemId) {
		Access.requirePreparer(actor);
		AgendaItem item = agendaItem(meetingId, itemId);
		records.requireUnsigned(meetingId);
		boolean answered = records.decisions.findByMeetingIdOrderByIdAsc(meetingId).stream()
			.anyMatch(d -> d.agendaItemId() != null && d.agendaItemId() == itemId);
		if (answered) {
			throw new DomainProblem(DomainProblem.Kind.CONFLICT, "agenda-item-decided", "Agenda item has a decision",
					"Agenda item " + itemId + " has a decision recorded against it and stays on the agenda.");
		}
		records.agenda.delete(item);
		records.agenda.flush();
	}

	public DecisionView recordDecision(Actor actor, long meetingId, DecisionCommand command) {
		Access.requireCommittee(actor, "record decisions");
		Checks.valid(validator, command);
		Meeting meeting = records.meeting(meetingId);
		records.requireUnsigned(meetingId);
		Decision decision = new Decision(meetingId, actor.username(), records.now());
		decision.apply(command, decisionSubject(meetingId, command));
		records.decisions.saveAndFlush(decision);
		return records.view(decision, meeting);
	}

	public DecisionView updateDecision(Actor actor, long meetingId, long decisionId, DecisionCommand command) {
		Access.requireCommittee(actor, "record decisions");
		Checks.valid(validator, command);
		Meeting meeting = records.meeting(meetingId);
		Decision decision = records.decisions.findById(decisionId)
			.filter(d -> d.meetingId() == meetingId)
			.orElseThrow(() -> DomainProblem.notFound("Decision", decisionId));
		Access.requireVersion(command.version(), decision.version(), "Decision", decisionId);
		records.requireUnsigned(meetingId);
		decision.apply(command, decisionSubject(meetingId, command));
		records.save(records.decisions, decision, "Decision", decisionId);
		return records.view(decision, meeting);
	}

	/**
	 * Decisions, newest first, optionally about one subject. A PARTNER gets only those about subjects it may read
	 * (its own QUADs); the other signed-in roles get all.
	 */
	@Transactional(readOnly = true)
	public List<DecisionView> decisions(Actor actor, @Nullable String subjectKind, @Nullable Long subjectId) {
		if (actor.isAnonymous()) {
			Access.requireReader(actor);
		}
		List<Decision> found;
		if (subjectKind != null && subjectId != null) {
			found = records.decisions.findBySubjectKindAndSubjectIdOrderByDecidedAtDesc(
					subjectKind.trim().toUpperCase(Locale.ROOT), subjectId);
		}
		else if (subjectKind != null || subjectId != null) {
			throw DomainProblem.invalid(subjectKind == null ? "subjectKind" : "subjectId",
					"is required together with " + (subjectKind == null ? "subjectId" : "subjectKind"));
		}
		else {
			found = records.decisions.findAllByOrderByDecidedAtDesc();
		}
		Map<Long, Meeting> meetings = records.meetings.findAllById(found.stream().map(Decision::meetingId).distinct()
			.toList()).stream().collect(Collectors.toMap(Meeting::id, Function.identity()));
		Map<Optional<SubjectRef>, Boolean> readable = new HashMap<>();
		return found.stream()
			.filter(d -> readable.computeIfAbsent(Optional.ofNullable(d.subject()),
					s -> records.subjects.readableBy(actor, s.orElse(null))))
			.map(d -> records.view(d, meetings.get(d.meetingId())))
			.toList();
	}

	private @Nullable SubjectRef decisionSubject(long meetingId, DecisionCommand command) {
		SubjectRef given = records.subjects.check(command.subjectKind(), command.subjectId());
		if (command.agendaItemId() == null) {
			return given;
		}
		AgendaItem item = records.agenda.findById(command.agendaItemId())
			.filter(a -> a.meetingId() == meetingId)
			.orElseThrow(() -> new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "agenda-item-not-found",
					"Agenda item not on this meeting",
					"Agenda item " + command.agendaItemId() + " is not on the agenda of meeting " + meetingId + ".",
					List.of(new FieldProblem("agendaItemId", "is not on this meeting's agenda"))));
		if (given != null && item.subject() != null && !given.equals(item.subject())) {
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "subject-mismatch", "Subject mismatch",
					"The decision names " + given + " but its agenda item is about " + item.subject() + ".",
					List.of(new FieldProblem("subjectId", "differs from the agenda item's subject")));
		}
		return given != null ? given : item.subject();
	}

	private AgendaItem agendaItem(long meetingId, long itemId) {
		records.meeting(meetingId);
		return records.agenda.findById(itemId)
			.filter(a -> a.meetingId() == meetingId)
			.orElseThrow(() -> DomainProblem.notFound("Agenda item", itemId));
	}

	private void checkMeeting(MeetingCommand command) {
		Checks.valid(validator, command);
		boolean noPlace = command.place() == null || command.place().isBlank();
		boolean noLink = command.videoLink() == null || command.videoLink().isBlank();
		if (noPlace && noLink) {
			throw DomainProblem.invalid(List.of(new FieldProblem("place", "give a place or a video link"),
					new FieldProblem("videoLink", "give a place or a video link")));
		}
	}

	private MeetingDetails details(Meeting meeting) {
		long id = meeting.id();
		List<AgendaItemView> agenda = records.agenda.findByMeetingIdOrderByPositionAsc(id).stream()
			.map(records::view).toList();
		List<DecisionView> decisions = records.decisions.findByMeetingIdOrderByIdAsc(id).stream()
			.map(d -> records.view(d, meeting)).toList();
		List<ActionItemView> actions = records.actions.findByMeetingIdOrderByDueOnAscIdAsc(id).stream()
			.map(a -> records.view(a, meeting.title()))
			.sorted(Comparator.comparing(ActionItemView::dueDate))
			.toList();
		return new MeetingDetails(id, meeting.title(), meeting.heldOn(), meeting.place(), meeting.videoLink(),
				meeting.coChairPakistan(), meeting.coChairChina(), meeting.attendees(),
				meeting.heldOn().isAfter(records.today()), meeting.createdBy(), meeting.createdAt(), agenda, decisions,
				records.minutesOf(id), actions, meeting.version());
	}

	private static DomainProblem duplicateTitle(String title) {
		return new DomainProblem(DomainProblem.Kind.CONFLICT, "duplicate-meeting", "Meeting title taken",
				"A meeting titled '" + title.trim() + "' already exists.",
				List.of(new FieldProblem("title", "is already used by another meeting")));
	}
}
