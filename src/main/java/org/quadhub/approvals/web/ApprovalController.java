package org.quadhub.approvals.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.quadhub.approvals.Approvals;
import org.quadhub.approvals.CaseDetails;
import org.quadhub.approvals.Decision;
import org.quadhub.approvals.Holiday;
import org.quadhub.approvals.Holidays;
import org.quadhub.approvals.Inbox;
import org.quadhub.approvals.InertiaMetrics;
import org.quadhub.approvals.InertiaRow;
import org.quadhub.approvals.NewTemplate;
import org.quadhub.approvals.Notification;
import org.quadhub.approvals.OpenCase;
import org.quadhub.approvals.QueryResponse;
import org.quadhub.approvals.QueueItem;
import org.quadhub.approvals.SubjectRef;
import org.quadhub.approvals.TemplateDetails;
import org.quadhub.shared.Actor;
import org.springframework.format.annotation.DateTimeFormat;
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

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/v1/approvals")
@Tag(name = "Approvals", description = "Fast-track approval cases with deadlines, deemed approval and escalation")
class ApprovalController {

	private final Approvals approvals;
	private final InertiaMetrics metrics;
	private final Inbox inbox;
	private final Holidays holidays;

	ApprovalController(Approvals approvals, InertiaMetrics metrics, Inbox inbox, Holidays holidays) {
		this.approvals = approvals;
		this.metrics = metrics;
		this.inbox = inbox;
		this.holidays = holidays;
	}

	@GetMapping("/templates")
	@Operation(summary = "List route templates, every version, latest first per route")
	List<TemplateDetails> templates() {
		return approvals.templates();
	}

	@GetMapping("/templates/{id}")
	@Operation(summary = "Read one template version with its steps")
	TemplateDetails template(@PathVariable long id) {
		return approvals.template(id);
	}

	@PostMapping("/templates")
	@Operation(summary = "Add a route, or the next version of a route with the same key (AUTHORITY)",
			description = "Unknown agencies, unknown dependencies and dependency cycles give 422.")
	ResponseEntity<TemplateDetails> saveTemplate(@Parameter(hidden = true) Actor actor,
			@RequestBody NewTemplate command) {
		TemplateDetails saved = approvals.saveTemplate(actor, command);
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(saved.id()).toUri())
			.body(saved);
	}

	@GetMapping("/agencies")
	@Operation(summary = "Agencies that own steps, by code")
	Map<String, String> agencies() {
		return approvals.agencyNames();
	}

	@PostMapping("/agencies")
	@Operation(summary = "Add an agency {code, name} (AUTHORITY)")
	ResponseEntity<Map<String, String>> addAgency(@Parameter(hidden = true) Actor actor,
			@RequestBody Map<String, String> body) {
		return ResponseEntity.status(201).body(approvals.addAgency(actor, body.get("code"), body.get("name")));
	}

	@PostMapping("/cases")
	@Operation(summary = "Open a case for a subject on a template version",
			description = "subjectKind QUAD for a QUAD. AUTHORITY or a partner of the QUAD. A second live case on "
					+ "the same route gives 409.")
	ResponseEntity<CaseDetails> open(@Parameter(hidden = true) Actor actor, @RequestBody OpenCase command) {
		CaseDetails created = approvals.open(actor, command);
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri())
			.body(created);
	}

	@GetMapping("/cases")
	@Operation(summary = "Cases of one subject (subjectKind and subjectId), or the latest cases of all subjects")
	List<CaseDetails> cases(@Parameter(hidden = true) Actor actor,
			@RequestParam(required = false) @Nullable String subjectKind,
			@RequestParam(required = false) @Nullable Long subjectId) {
		if (subjectKind != null && subjectId != null) {
			return approvals.casesOf(actor, new SubjectRef(subjectKind, subjectId));
		}
		return approvals.recent(actor);
	}

	@GetMapping("/cases/{id}")
	@Operation(summary = "Read a case: every step with state, holder, due date and history")
	CaseDetails find(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return approvals.find(actor, id);
	}

	@PostMapping("/cases/{id}/steps/{stepId}/decision")
	@Operation(summary = "Decide a step: APPROVED, REJECTED or QUERIED (AGENCY officer of the step's agency)",
			description = "Another agency's step gives 403; a step already decided, or decided at the same moment "
					+ "by someone else, gives 409.")
	CaseDetails decide(@Parameter(hidden = true) Actor actor, @PathVariable long id, @PathVariable long stepId,
			@RequestBody Decision decision) {
		return approvals.decide(actor, id, stepId, decision);
	}

	@PostMapping("/cases/{id}/steps/{stepId}/response")
	@Operation(summary = "Answer an agency's query (a partner of the subject); the step's clock runs again")
	CaseDetails respond(@Parameter(hidden = true) Actor actor, @PathVariable long id, @PathVariable long stepId,
			@RequestBody QueryResponse response) {
		return approvals.respond(actor, id, stepId, response);
	}

	@PostMapping("/cases/{id}/steps/{stepId}/escalation")
	@Operation(summary = "Escalate an open step before its deadline (AUTHORITY)")
	CaseDetails escalate(@Parameter(hidden = true) Actor actor, @PathVariable long id, @PathVariable long stepId,
			@RequestBody(required = false) @Nullable Map<String, String> body) {
		return approvals.escalate(actor, id, stepId, body == null ? null : body.get("reason"));
	}

	@PostMapping("/cases/{id}/steps/{stepId}/assignee")
	@Operation(summary = "Take a step as its officer (AGENCY officer of the step's agency)")
	CaseDetails take(@Parameter(hidden = true) Actor actor, @PathVariable long id, @PathVariable long stepId) {
		return approvals.take(actor, id, stepId);
	}

	@GetMapping("/queue")
	@Operation(summary = "My queue: pending steps of my agency by due date (AUTHORITY: every agency)")
	List<QueueItem> queue(@Parameter(hidden = true) Actor actor) {
		return approvals.queue(actor);
	}

	@GetMapping("/metrics/agencies")
	@Operation(summary = "Inertia league table per agency: median and P90 working days to decision, share within "
			+ "SLA, overdue now, deemed approvals")
	List<InertiaRow> agencyMetrics(@Parameter(hidden = true) Actor actor) {
		return metrics.byAgency(actor);
	}

	@GetMapping("/metrics/steps")
	@Operation(summary = "The same figures per step type")
	List<InertiaRow> stepMetrics(@Parameter(hidden = true) Actor actor) {
		return metrics.byStepType(actor);
	}

	@GetMapping("/inbox")
	@Operation(summary = "My notifications, newest first")
	List<Notification> inbox(@Parameter(hidden = true) Actor actor) {
		return inbox.of(actor);
	}

	@PostMapping("/inbox/{id}/read")
	@Operation(summary = "Mark one of my notifications read")
	Notification read(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return inbox.markRead(actor, id);
	}

	@GetMapping("/holidays")
	@Operation(summary = "Public holidays of the working-day calendar, optionally of one year")
	List<Holiday> holidays(@RequestParam(required = false) @Nullable Integer year) {
		return holidays.list(year);
	}

	@PutMapping("/holidays/{date}")
	@Operation(summary = "Add or rename the holiday on a date (AUTHORITY)")
	Holiday putHoliday(@Parameter(hidden = true) Actor actor,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @RequestBody Holiday holiday) {
		return holidays.put(actor, new Holiday(date, holiday.name(), holiday.provisional()));
	}

	@PostMapping("/holidays")
	@Operation(summary = "Add a holiday (AUTHORITY)")
	ResponseEntity<Holiday> addHoliday(@Parameter(hidden = true) Actor actor, @RequestBody Holiday holiday) {
		Holiday saved = holidays.put(actor, holiday);
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{date}").buildAndExpand(saved.date()).toUri())
			.body(saved);
	}

	@DeleteMapping("/holidays/{date}")
	@Operation(summary = "Remove a holiday (AUTHORITY)")
	ResponseEntity<Void> removeHoliday(@Parameter(hidden = true) Actor actor,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		holidays.remove(actor, date);
		return ResponseEntity.noContent().build();
	}
}
