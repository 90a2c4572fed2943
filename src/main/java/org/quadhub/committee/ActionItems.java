package org.quadhub.committee;

import jakarta.validation.Validator;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Checks;
import org.quadhub.shared.DomainProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The committee's action items: AUTHORITY records them (owner side and person, due date); AUTHORITY or COMMITTEE
 * move their status; everyone who reads the committee sees the tracker, where an item still open after its due
 * day (by the application clock, in Pakistan's calendar) is overdue.
 */
@Service
@Transactional
public class ActionItems {

	private final Records records;
	private final Validator validator;

	ActionItems(Records records, Validator validator) {
		this.records = records;
		this.validator = validator;
	}

	public ActionItemView create(Actor actor, long meetingId, ActionItemCommand command) {
		Access.requirePreparer(actor);
		Checks.valid(validator, command);
		Meeting meeting = records.meeting(meetingId);
		checkDecision(meetingId, command);
		ActionItem item = new ActionItem(meetingId, command, actor.username(), records.now());
		records.actions.saveAndFlush(item);
		return records.view(item, meeting.title());
	}

	public ActionItemView update(Actor actor, long id, ActionItemCommand command) {
		Access.requirePreparer(actor);
		Checks.valid(validator, command);
		ActionItem item = load(id);
		Access.requireVersion(command.version(), item.version(), "Action item", id);
		if (item.status().isFinal()) {
			throw new DomainProblem(DomainProblem.Kind.CONFLICT, "action-item-closed", "Action item closed",
					"Action item " + id + " is " + item.status() + " and can no longer be edited.");
		}
		checkDecision(item.meetingId(), command);
		item.apply(command);
		records.save(records.actions, item, "Action item", id);
		return records.view(item, records.meeting(item.meetingId()).title());
	}

	public ActionItemView changeStatus(Actor actor, long id, ActionStatusChange change) {
		Access.requireTracker(actor);
		Checks.valid(validator, change);
		ActionItem item = load(id);
		Access.requireVersion(change.version(), item.version(), "Action item", id);
		item.changeStatus(change.status(), change.note(), actor.username(), records.now());
		records.save(records.actions, item, "Action item", id);
		return records.view(item, records.meeting(item.meetingId()).title());
	}

	@Transactional(readOnly = true)
	public ActionItemView find(Actor actor, long id) {
		Access.requireReader(actor);
		ActionItem item = load(id);
		return records.view(item, records.meeting(item.meetingId()).title());
	}

	/** The tracker: items by due date, filtered by owner side, status, overdue flag and meeting. */
	@Transactional(readOnly = true)
	public List<ActionItemView> track(Actor actor, ActionItemFilter filter) {
		Access.requireReader(actor);
		LocalDate today = records.today();
		List<ActionItem> items = records.actions.findAllByOrderByDueOnAscIdAsc().stream()
			.filter(i -> filter.side() == null || i.ownerSide() == filter.side())
			.filter(i -> filter.status() == null || i.status() == filter.status())
			.filter(i -> filter.overdue() == null || i.overdueOn(today) == filter.overdue())
			.filter(i -> filter.meetingId() == null || i.meetingId() == filter.meetingId())
			.toList();
		Map<Long, String> titles = records.meetings.findAllById(items.stream().map(ActionItem::meetingId).distinct()
			.toList()).stream().collect(Collectors.toMap(Meeting::id, Meeting::title));
		return items.stream()
			.map(i -> records.view(i, titles.getOrDefault(i.meetingId(), "")))
			.sorted(Comparator.comparing(ActionItemView::dueDate).thenComparing(ActionItemView::id))
			.toList();
	}

	private ActionItem load(long id) {
		return records.actions.findById(id).orElseThrow(() -> DomainProblem.notFound("Action item", id));
	}

	private void checkDecision(long meetingId, ActionItemCommand command) {
		Long decisionId = command.decisionId();
		if (decisionId != null && records.decisions.findById(decisionId)
			.filter(d -> d.meetingId() == meetingId).isEmpty()) {
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "decision-not-found", "Decision not of this meeting",
					"Decision " + decisionId + " was not taken at meeting " + meetingId + ".",
					List.of(new DomainProblem.FieldProblem("decisionId", "is not a decision of this meeting")));
		}
	}
}
