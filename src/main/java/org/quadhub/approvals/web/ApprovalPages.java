package org.quadhub.approvals.web;

import org.jspecify.annotations.Nullable;
import org.quadhub.approvals.Approvals;
import org.quadhub.approvals.CaseDetails;
import org.quadhub.approvals.CaseStatus;
import org.quadhub.approvals.Decision;
import org.quadhub.approvals.Holiday;
import org.quadhub.approvals.Holidays;
import org.quadhub.approvals.Inbox;
import org.quadhub.approvals.InertiaMetrics;
import org.quadhub.approvals.InertiaRow;
import org.quadhub.approvals.OpenCase;
import org.quadhub.approvals.Outcome;
import org.quadhub.approvals.QueryResponse;
import org.quadhub.approvals.SubjectRef;
import org.quadhub.approvals.TemplateDetails;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.Role;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Agency inbox, case pages with decision and answer forms, the league table, templates and holidays. */
@Controller
class ApprovalPages {

	private final Approvals approvals;
	private final InertiaMetrics metrics;
	private final Inbox inbox;
	private final Holidays holidays;
	private final JsonMapper json;
	private final Clock clock;

	ApprovalPages(Approvals approvals, InertiaMetrics metrics, Inbox inbox, Holidays holidays, JsonMapper json,
			Clock clock) {
		this.clock = clock;
		this.approvals = approvals;
		this.metrics = metrics;
		this.inbox = inbox;
		this.holidays = holidays;
		this.json = json;
	}

	@GetMapping("/approvals")
	String home() {
		return "redirect:/approvals/inbox";
	}

	@GetMapping("/approvals/inbox")
	String inbox(Actor actor, Model model) {
		boolean hasQueue = actor.isAuthority() || actor.has(Role.AGENCY);
		model.addAttribute("queue", hasQueue ? approvals.queue(actor) : List.of());
		model.addAttribute("hasQueue", hasQueue);
		model.addAttribute("myAgency", approvals.agencyOf(actor).orElse(null));
		model.addAttribute("notifications", inbox.of(actor));
		return "approvals/inbox";
	}

	@PostMapping("/approvals/inbox/{id}/read")
	String read(Actor actor, @PathVariable long id) {
		inbox.markRead(actor, id);
		return "redirect:/approvals/inbox";
	}

	@GetMapping("/approvals/cases")
	String cases(Actor actor, Model model) {
		model.addAttribute("cases", approvals.recent(actor));
		return "approvals/cases";
	}

	@GetMapping("/approvals/cases/{id}")
	String casePage(Actor actor, @PathVariable long id, Model model) {
		CaseDetails c = approvals.find(actor, id);
		model.addAttribute("c", c);
		model.addAttribute("myAgency", approvals.agencyOf(actor).orElse(null));
		model.addAttribute("mayRespond", c.status() == CaseStatus.OPEN && approvals.mayRespond(actor, c.subject()));
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("timeline", json.writeValueAsString(c.steps().stream()
			.map(s -> new TimelineBar(s.code(), s.name(), s.state().name(),
					s.openedAt() == null ? null : s.openedAt().toEpochMilli(),
					s.decidedAt() != null ? s.decidedAt().toEpochMilli() : null,
					s.dueOn() == null ? null : s.dueOn().plusDays(1).atStartOfDay(clock.getZone())
						.toInstant().toEpochMilli()))
			.toList()));
		return "approvals/case";
	}

	/** One bar of the case timeline chart: from opening to decision (or now), with the deadline marked. */
	record TimelineBar(String code, String name, String state, @Nullable Long opened, @Nullable Long decided,
			@Nullable Long due) {
	}

	@PostMapping("/approvals/cases/{id}/steps/{stepId}/decision")
	String decide(Actor actor, @PathVariable long id, @PathVariable long stepId, @RequestParam Outcome outcome,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		return act(redirect, id, stepId, () -> approvals.decide(actor, id, stepId, new Decision(outcome, reason)),
				"decided");
	}

	@PostMapping("/approvals/cases/{id}/steps/{stepId}/response")
	String respond(Actor actor, @PathVariable long id, @PathVariable long stepId, @RequestParam String message,
			RedirectAttributes redirect) {
		return act(redirect, id, stepId, () -> approvals.respond(actor, id, stepId, new QueryResponse(message)),
				"answered");
	}

	@PostMapping("/approvals/cases/{id}/steps/{stepId}/escalation")
	String escalate(Actor actor, @PathVariable long id, @PathVariable long stepId,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		return act(redirect, id, stepId, () -> approvals.escalate(actor, id, stepId, reason), "escalated");
	}

	@PostMapping("/approvals/cases/{id}/steps/{stepId}/assignee")
	String take(Actor actor, @PathVariable long id, @PathVariable long stepId, RedirectAttributes redirect) {
		return act(redirect, id, stepId, () -> approvals.take(actor, id, stepId), "taken");
	}

	/** Runs a change; a rule or conflict comes back as a message on the case page, anything else as an error page. */
	private static String act(RedirectAttributes redirect, long id, long stepId, Runnable change, String done) {
		try {
			change.run();
			redirect.addFlashAttribute("done", done);
		}
		catch (DomainProblem problem) {
			if (problem.kind() == DomainProblem.Kind.NOT_FOUND || problem.kind() == DomainProblem.Kind.FORBIDDEN) {
				throw problem;
			}
			redirect.addFlashAttribute("problem", problem.detail());
			redirect.addFlashAttribute("problemStep", stepId);
		}
		return "redirect:/approvals/cases/" + id + "#step-" + stepId;
	}

	@GetMapping("/approvals/subjects/{kind}/{id}")
	String subject(Actor actor, @PathVariable String kind, @PathVariable long id, Model model) {
		SubjectRef subject = new SubjectRef(kind, id);
		List<CaseDetails> cases = approvals.casesOf(actor, subject);
		if (!cases.isEmpty()) {
			return "redirect:/approvals/cases/" + cases.get(0).id();
		}
		model.addAttribute("subject", subject);
		model.addAttribute("mayOpen", actor.isAuthority() || approvals.mayRespond(actor, subject));
		model.addAttribute("templates", approvals.templates().stream().filter(TemplateDetails::latest).toList());
		return "approvals/no-case";
	}

	@PostMapping("/approvals/subjects/{kind}/{id}/case")
	String open(Actor actor, @PathVariable String kind, @PathVariable long id, @RequestParam long templateId) {
		CaseDetails c = approvals.open(actor, new OpenCase(kind, id, templateId));
		return "redirect:/approvals/cases/" + c.id();
	}

	@GetMapping("/approvals/agencies")
	String league(Actor actor, Model model) {
		List<InertiaRow> agencies = metrics.byAgency(actor);
		model.addAttribute("agencies", agencies);
		model.addAttribute("steps", metrics.byStepType(actor));
		model.addAttribute("chart", json.writeValueAsString(agencies));
		return "approvals/agencies";
	}

	@GetMapping("/approvals/templates")
	String templates(Model model) {
		model.addAttribute("templates", approvals.templates());
		return "approvals/templates";
	}

	@GetMapping("/approvals/templates/{id}")
	String template(@PathVariable long id, Model model) {
		model.addAttribute("t", approvals.template(id));
		return "approvals/template";
	}

	@GetMapping("/approvals/holidays")
	String holidays(@RequestParam(required = false) @Nullable Integer year, Model model) {
		model.addAttribute("holidays", holidays.list(year));
		model.addAttribute("year", year);
		return "approvals/holidays";
	}

	@PostMapping("/approvals/holidays")
	String addHoliday(Actor actor, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam String name, @RequestParam(required = false) @Nullable Boolean provisional,
			RedirectAttributes redirect) {
		try {
			holidays.put(actor, new Holiday(date, name, provisional));
		}
		catch (DomainProblem problem) {
			if (problem.kind() == DomainProblem.Kind.FORBIDDEN) {
				throw problem;
			}
			redirect.addFlashAttribute("problem", problem.detail());
		}
		return "redirect:/approvals/holidays";
	}

	@PostMapping("/approvals/holidays/{date}/delete")
	String removeHoliday(Actor actor, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		holidays.remove(actor, date);
		return "redirect:/approvals/holidays";
	}
}
