package org.quadhub.committee.web;

import org.jspecify.annotations.Nullable;
import org.quadhub.committee.ActionItemCommand;
import org.quadhub.committee.ActionItemFilter;
import org.quadhub.committee.AgendaItemCommand;
import org.quadhub.committee.DecisionCommand;
import org.quadhub.committee.MinutesCommand;
import org.quadhub.committee.MeetingCommand;
import org.quadhub.committee.SubjectRef;
import org.quadhub.quads.Quads;
import org.quadhub.committee.ActionItems;
import org.quadhub.committee.ActionStatus;
import org.quadhub.committee.ActionStatusChange;
import org.quadhub.committee.Committee;
import org.quadhub.committee.CommitteeMembers;
import org.quadhub.committee.CommitteeMinutes;
import org.quadhub.committee.MeetingDetails;
import org.quadhub.committee.MeetingSummary;
import org.quadhub.committee.MinutesState;
import org.quadhub.committee.SignMinutes;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Country;
import org.quadhub.shared.DomainProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** Committee overview, meeting detail with minutes signing, the action-item tracker, and decisions about a subject. */
@Controller
class CommitteePages {

	private final Committee committee;
	private final CommitteeMinutes minutes;
	private final ActionItems actions;
	private final CommitteeMembers members;
	private final Quads quads;

	CommitteePages(Committee committee, CommitteeMinutes minutes, ActionItems actions, CommitteeMembers members,
			Quads quads) {
		this.committee = committee;
		this.minutes = minutes;
		this.actions = actions;
		this.members = members;
		this.quads = quads;
	}

	@GetMapping("/committee/meetings/new")
	String newMeeting(Actor actor, Model model) {
		if (!actor.isAuthority()) {
			throw DomainProblem.forbidden("Only the coordinating authority prepares meetings.");
		}
		return "committee/new";
	}

	@PostMapping("/committee/meetings")
	String createMeeting(Actor actor, @RequestParam String title, @RequestParam(required = false) @Nullable LocalDate date,
			@RequestParam(required = false) @Nullable String place,
			@RequestParam(required = false) @Nullable String videoLink, @RequestParam String coChairPakistan,
			@RequestParam String coChairChina, Model model) {
		MeetingCommand command = new MeetingCommand(title, date, place, blankToNull(videoLink), coChairPakistan,
				coChairChina, List.of(), null);
		try {
			return "redirect:/committee/meetings/" + committee.createMeeting(actor, command).id() + "?saved";
		}
		catch (DomainProblem problem) {
			if (problem.kind() == DomainProblem.Kind.FORBIDDEN) {
				throw problem;
			}
			model.addAttribute("formError", describe(problem));
			model.addAttribute("command", command);
			return "committee/new";
		}
	}

	@PostMapping("/committee/meetings/{id}/agenda")
	String addAgendaItem(Actor actor, @PathVariable long id, @RequestParam String title,
			@RequestParam(required = false) @Nullable Long quadId, Model model) {
		return prepare(actor, id, model, () -> committee.addAgendaItem(actor, id,
				new AgendaItemCommand(title, quadId == null ? null : SubjectRef.QUAD, quadId, null)));
	}

	@PostMapping("/committee/meetings/{id}/decisions")
	String recordDecision(Actor actor, @PathVariable long id, @RequestParam String textEn,
			@RequestParam(required = false) @Nullable String textZh,
			@RequestParam(required = false) @Nullable String textUr,
			@RequestParam(required = false) @Nullable Long agendaItemId, Model model) {
		return prepare(actor, id, model, () -> committee.recordDecision(actor, id,
				new DecisionCommand(textEn, textZh, textUr, agendaItemId, null, null, null)));
	}

	@PostMapping("/committee/meetings/{id}/minutes")
	String draftMinutes(Actor actor, @PathVariable long id, @RequestParam String text,
			@RequestParam(required = false) @Nullable Long version, Model model) {
		return prepare(actor, id, model, () -> minutes.draft(actor, id, new MinutesCommand(text, version)));
	}

	@PostMapping("/committee/meetings/{id}/action-items")
	String addActionItem(Actor actor, @PathVariable long id, @RequestParam String title,
			@RequestParam(required = false) @Nullable Country ownerSide, @RequestParam String ownerName,
			@RequestParam(required = false) @Nullable LocalDate dueDate, Model model) {
		return prepare(actor, id, model, () -> actions.create(actor, id,
				new ActionItemCommand(title, ownerSide, ownerName, dueDate, null, null)));
	}

	/** Runs a change from a form on the meeting page; a rejected change comes back as an inline error. */
	private String prepare(Actor actor, long id, Model model, Supplier<?> change) {
		try {
			change.get();
			return "redirect:/committee/meetings/" + id + "?saved";
		}
		catch (DomainProblem problem) {
			if (problem.kind() == DomainProblem.Kind.NOT_FOUND || problem.kind() == DomainProblem.Kind.FORBIDDEN) {
				throw problem;
			}
			model.addAttribute("formError", describe(problem));
			return meetingPage(actor, committee.meeting(actor, id), model);
		}
	}

	private static String describe(DomainProblem problem) {
		if (problem.errors().isEmpty()) {
			return problem.detail();
		}
		return String.join("; ", problem.errors().stream().map(e -> e.field() + ": " + e.message()).toList());
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	@GetMapping("/committee")
	String overview(Actor actor, Model model) {
		List<MeetingSummary> meetings = committee.meetings(actor);
		model.addAttribute("meetings", meetings);
		model.addAttribute("awaiting", meetings.stream()
			.filter(m -> m.minutesState() != null && m.minutesState() != MinutesState.FINAL)
			.toList());
		model.addAttribute("overdue", actions.track(actor, new ActionItemFilter(null, null, true, null)).size());
		return "committee/overview";
	}

	@GetMapping("/committee/meetings/{id}")
	String meeting(Actor actor, @PathVariable long id, Model model) {
		return meetingPage(actor, committee.meeting(actor, id), model);
	}

	@PostMapping("/committee/meetings/{id}/minutes/sign")
	String sign(Actor actor, @PathVariable long id, @RequestParam(required = false) @Nullable Long version,
			Model model, RedirectAttributes redirect) {
		try {
			minutes.sign(actor, id, new SignMinutes(null, null, version));
			return "redirect:/committee/meetings/" + id + "?signed";
		}
		catch (DomainProblem problem) {
			return inlineError(actor, id, problem, model);
		}
	}

	@PostMapping("/committee/meetings/{id}/minutes/finalise")
	String finalise(Actor actor, @PathVariable long id, @RequestParam(required = false) @Nullable Long version,
			Model model) {
		try {
			minutes.finalise(actor, id, version);
			return "redirect:/committee/meetings/" + id + "?finalised";
		}
		catch (DomainProblem problem) {
			return inlineError(actor, id, problem, model);
		}
	}

	@GetMapping("/committee/actions")
	String tracker(Actor actor, @RequestParam(required = false) @Nullable Country side,
			@RequestParam(required = false) @Nullable ActionStatus status,
			@RequestParam(required = false) @Nullable Boolean overdue, Model model) {
		model.addAttribute("items", actions.track(actor, new ActionItemFilter(side, status, overdue, null)));
		model.addAttribute("sides", Country.values());
		model.addAttribute("statuses", ActionStatus.values());
		model.addAttribute("side", side);
		model.addAttribute("status", status);
		model.addAttribute("overdue", overdue);
		return "committee/actions";
	}

	@PostMapping("/committee/actions/{id}/status")
	String changeStatus(Actor actor, @PathVariable long id, @RequestParam ActionStatus status,
			@RequestParam long version, @RequestParam(required = false) @Nullable String note,
			RedirectAttributes redirect) {
		try {
			actions.changeStatus(actor, id, new ActionStatusChange(status, note, version));
			redirect.addFlashAttribute("updated", id);
		}
		catch (DomainProblem problem) {
			if (problem.kind() == DomainProblem.Kind.NOT_FOUND || problem.kind() == DomainProblem.Kind.FORBIDDEN) {
				throw problem;
			}
			redirect.addFlashAttribute("actionError", problem.detail());
		}
		return "redirect:/committee/actions";
	}

	@GetMapping("/committee/decisions")
	String decisions(Actor actor, @RequestParam(required = false) @Nullable String subjectKind,
			@RequestParam(required = false) @Nullable Long subjectId, Model model) {
		model.addAttribute("decisions", committee.decisions(actor, subjectKind, subjectId));
		model.addAttribute("subjectKind", subjectKind);
		model.addAttribute("subjectId", subjectId);
		return "committee/decisions";
	}

	private String inlineError(Actor actor, long id, DomainProblem problem, Model model) {
		if (problem.kind() == DomainProblem.Kind.NOT_FOUND) {
			throw problem;
		}
		model.addAttribute("minutesError", problem.detail());
		return meetingPage(actor, committee.meeting(actor, id), model);
	}

	private String meetingPage(Actor actor, MeetingDetails meeting, Model model) {
		model.addAttribute("meeting", meeting);
		Country mySide = members.sideOf(actor.username()).orElse(null);
		model.addAttribute("mySide", mySide);
		boolean maySign = meeting.minutes() != null && mySide != null && !meeting.upcoming()
				&& actor.has(org.quadhub.shared.Role.COMMITTEE) && meeting.minutes().state().signatureDue() == mySide;
		model.addAttribute("maySign", maySign);
		model.addAttribute("mayFinalise", actor.isAuthority() && meeting.minutes() != null
				&& meeting.minutes().state() == MinutesState.SIGNED_BY_CHINA);
		model.addAttribute("sides", Country.values());
		model.addAttribute("quads", actor.isAuthority() ? quads.search(actor, null, null) : List.of());
		return "committee/meeting";
	}
}
