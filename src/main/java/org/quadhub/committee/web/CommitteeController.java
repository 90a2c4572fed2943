package org.quadhub.committee.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.quadhub.committee.ActionItemCommand;
import org.quadhub.committee.ActionItemFilter;
import org.quadhub.committee.ActionItemView;
import org.quadhub.committee.ActionItems;
import org.quadhub.committee.ActionStatus;
import org.quadhub.committee.ActionStatusChange;
import org.quadhub.committee.AgendaItemCommand;
import org.quadhub.committee.AgendaItemView;
import org.quadhub.committee.Committee;
import org.quadhub.committee.CommitteeMembers;
import org.quadhub.committee.CommitteeMinutes;
import org.quadhub.committee.DecisionCommand;
import org.quadhub.committee.DecisionView;
import org.quadhub.committee.MeetingCommand;
import org.quadhub.committee.MeetingDetails;
import org.quadhub.committee.MeetingSummary;
import org.quadhub.committee.MemberCommand;
import org.quadhub.committee.MemberView;
import org.quadhub.committee.MinutesCommand;
import org.quadhub.committee.MinutesView;
import org.quadhub.committee.SignMinutes;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Country;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.util.List;

@RestController
@RequestMapping("/api/v1/committee")
@Tag(name = "Joint committee", description = "Meetings, agenda, decisions, signed minutes and action items")
class CommitteeController {

	private final Committee committee;
	private final CommitteeMinutes minutes;
	private final ActionItems actions;
	private final CommitteeMembers members;

	CommitteeController(Committee committee, CommitteeMinutes minutes, ActionItems actions, CommitteeMembers members) {
		this.committee = committee;
		this.minutes = minutes;
		this.actions = actions;
		this.members = members;
	}

	private static URI location(String path, Object id) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/committee" + path)
			.buildAndExpand(id).toUri();
	}

	@GetMapping("/meetings")
	@Operation(summary = "List meetings, newest first",
			description = "With each meeting's minutes state and how many days the minutes have waited in it.")
	List<MeetingSummary> meetings(@Parameter(hidden = true) Actor actor) {
		return committee.meetings(actor);
	}

	@PostMapping("/meetings")
	@Operation(summary = "Create a meeting (AUTHORITY)", description = "A place or a video link is required.")
	ResponseEntity<MeetingDetails> createMeeting(@Parameter(hidden = true) Actor actor,
			@RequestBody MeetingCommand command) {
		MeetingDetails created = committee.createMeeting(actor, command);
		return ResponseEntity.created(location("/meetings/{id}", created.id())).body(created);
	}

	@GetMapping("/meetings/{id}")
	@Operation(summary = "Read a meeting with agenda, decisions, minutes and action items")
	MeetingDetails meeting(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return committee.meeting(actor, id);
	}

	@PutMapping("/meetings/{id}")
	@Operation(summary = "Change a meeting (AUTHORITY)", description = "Carries the version read; stale gives 409.")
	MeetingDetails updateMeeting(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@RequestBody MeetingCommand command) {
		return committee.updateMeeting(actor, id, command);
	}

	@DeleteMapping("/meetings/{id}")
	@Operation(summary = "Delete a meeting without decisions, minutes or action items (AUTHORITY)")
	ResponseEntity<Void> deleteMeeting(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		committee.deleteMeeting(actor, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/meetings/{id}/agenda")
	@Operation(summary = "Add an agenda item (AUTHORITY)",
			description = "Optionally linked to a subject: subjectKind QUAD (or another kind a directory supports) "
					+ "and subjectId. An unsupported kind or a missing subject gives 422.")
	ResponseEntity<AgendaItemView> addAgendaItem(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@RequestBody AgendaItemCommand command) {
		AgendaItemView created = committee.addAgendaItem(actor, id, command);
		return ResponseEntity.created(location("/meetings/" + id + "/agenda/{item}", created.id())).body(created);
	}

	@PutMapping("/meetings/{id}/agenda/{itemId}")
	@Operation(summary = "Change an agenda item (AUTHORITY)")
	AgendaItemView updateAgendaItem(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@PathVariable long itemId, @RequestBody AgendaItemCommand command) {
		return committee.updateAgendaItem(actor, id, itemId, command);
	}

	@DeleteMapping("/meetings/{id}/agenda/{itemId}")
	@Operation(summary = "Remove an agenda item without a decision (AUTHORITY)")
	ResponseEntity<Void> deleteAgendaItem(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@PathVariable long itemId) {
		committee.deleteAgendaItem(actor, id, itemId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/meetings/{id}/decisions")
	@Operation(summary = "Record a decision (COMMITTEE)",
			description = "English text with optional Chinese and Urdu; subject given or taken from the agenda item.")
	ResponseEntity<DecisionView> recordDecision(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@RequestBody DecisionCommand command) {
		DecisionView created = committee.recordDecision(actor, id, command);
		return ResponseEntity.created(location("/meetings/" + id + "/decisions/{d}", created.id())).body(created);
	}

	@PutMapping("/meetings/{id}/decisions/{decisionId}")
	@Operation(summary = "Change a decision while the minutes are unsigned (COMMITTEE)")
	DecisionView updateDecision(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@PathVariable long decisionId, @RequestBody DecisionCommand command) {
		return committee.updateDecision(actor, id, decisionId, command);
	}

	@GetMapping("/decisions")
	@Operation(summary = "List decisions, optionally about one subject",
			description = "A PARTNER sees only decisions about its own QUADs.")
	List<DecisionView> decisions(@Parameter(hidden = true) Actor actor,
			@RequestParam(required = false) @Nullable String subjectKind,
			@RequestParam(required = false) @Nullable Long subjectId) {
		return committee.decisions(actor, subjectKind, subjectId);
	}

	@GetMapping("/meetings/{id}/minutes")
	@Operation(summary = "Read a meeting's minutes with signature state and waiting time")
	MinutesView minutes(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return minutes.minutes(actor, id);
	}

	@PutMapping("/meetings/{id}/minutes")
	@Operation(summary = "Draft or change the minutes (AUTHORITY)",
			description = "Changing existing minutes needs the version read. Signed minutes are frozen: 409 minutes-frozen.")
	MinutesView draftMinutes(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@RequestBody MinutesCommand command) {
		return minutes.draft(actor, id, command);
	}

	@PostMapping("/meetings/{id}/minutes/sign")
	@Operation(summary = "Sign the minutes for your side (COMMITTEE member)",
			description = "Pakistan signs first, then China. Naming the other side gives 403 wrong-side; signing out "
					+ "of turn gives 409 signature-out-of-order.")
	MinutesView sign(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@RequestBody(required = false) @Nullable SignMinutes command) {
		return minutes.sign(actor, id, command == null ? new SignMinutes(null, null, null) : command);
	}

	@PostMapping("/meetings/{id}/minutes/finalise")
	@Operation(summary = "Issue minutes signed by both sides as final (AUTHORITY)")
	MinutesView finalise(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@RequestBody(required = false) @Nullable VersionBody body) {
		return minutes.finalise(actor, id, body == null ? null : body.version());
	}

	/** An optional version the caller read. */
	record VersionBody(@Nullable Long version) {
	}

	@PostMapping("/meetings/{id}/action-items")
	@Operation(summary = "Record an action item (AUTHORITY)")
	ResponseEntity<ActionItemView> createActionItem(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@RequestBody ActionItemCommand command) {
		ActionItemView created = actions.create(actor, id, command);
		return ResponseEntity.created(location("/action-items/{id}", created.id())).body(created);
	}

	@GetMapping("/action-items")
	@Operation(summary = "Action-item tracker",
			description = "Filter by owner side (PK, CN), status, overdue (true/false) and meeting.")
	List<ActionItemView> track(@Parameter(hidden = true) Actor actor,
			@RequestParam(required = false) @Nullable Country side,
			@RequestParam(required = false) @Nullable ActionStatus status,
			@RequestParam(required = false) @Nullable Boolean overdue,
			@RequestParam(required = false) @Nullable Long meetingId) {
		return actions.track(actor, new ActionItemFilter(side, status, overdue, meetingId));
	}

	@GetMapping("/action-items/{id}")
	@Operation(summary = "Read an action item")
	ActionItemView actionItem(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return actions.find(actor, id);
	}

	@PutMapping("/action-items/{id}")
	@Operation(summary = "Change an open action item (AUTHORITY)")
	ActionItemView updateActionItem(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@RequestBody ActionItemCommand command) {
		return actions.update(actor, id, command);
	}

	@PostMapping("/action-items/{id}/status")
	@Operation(summary = "Move an action item's status (AUTHORITY or COMMITTEE)",
			description = "DONE and CANCELLED are final; the version read is required.")
	ActionItemView changeStatus(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@RequestBody ActionStatusChange change) {
		return actions.changeStatus(actor, id, change);
	}

	@GetMapping("/members")
	@Operation(summary = "Committee seats: which COMMITTEE user signs for which side")
	List<MemberView> members(@Parameter(hidden = true) Actor actor) {
		return members.members(actor);
	}

	@PutMapping("/members/{username}")
	@Operation(summary = "Seat a COMMITTEE user for a side (AUTHORITY)")
	MemberView seat(@Parameter(hidden = true) Actor actor, @PathVariable String username,
			@RequestBody MemberCommand command) {
		return members.seat(actor, username, command);
	}

	@DeleteMapping("/members/{username}")
	@Operation(summary = "Remove a committee seat (AUTHORITY)")
	ResponseEntity<Void> unseat(@Parameter(hidden = true) Actor actor, @PathVariable String username) {
		members.unseat(actor, username);
		return ResponseEntity.noContent().build();
	}
}
