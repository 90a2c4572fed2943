package org.quadhub.ip.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.quadhub.ip.AgreementCommand;
import org.quadhub.ip.AgreementDetails;
import org.quadhub.ip.Agreements;
import org.quadhub.ip.Deadline;
import org.quadhub.ip.FigureComparison;
import org.quadhub.ip.IpReminders;
import org.quadhub.ip.MilestoneCommand;
import org.quadhub.ip.MilestoneDetails;
import org.quadhub.ip.OfficeRule;
import org.quadhub.ip.PatentCommand;
import org.quadhub.ip.PatentDetails;
import org.quadhub.ip.PatentFigures;
import org.quadhub.ip.PatentOffice;
import org.quadhub.ip.PatentRegister;
import org.quadhub.ip.Reminder;
import org.quadhub.ip.TransferMilestones;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.springframework.http.ResponseEntity;
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
import java.util.Map;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "IP and technology transfer",
		description = "Agreements, the joint patent register with deadlines, technology-transfer milestones")
class IpController {

	private final Agreements agreements;
	private final PatentRegister patents;
	private final TransferMilestones milestones;
	private final IpReminders reminders;

	IpController(Agreements agreements, PatentRegister patents, TransferMilestones milestones, IpReminders reminders) {
		this.agreements = agreements;
		this.patents = patents;
		this.milestones = milestones;
		this.reminders = reminders;
	}

	private static URI created(long id) {
		return ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
	}

	@GetMapping("/quads/{id}/agreements")
	@Operation(summary = "A QUAD's IP agreements",
			description = "Royalty terms only for AUTHORITY and the QUAD's own partners (royaltyTermsWithheld otherwise).")
	List<AgreementDetails> agreements(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return agreements.of(actor, id);
	}

	@PostMapping("/quads/{id}/agreements")
	@Operation(summary = "Record an agreement (AUTHORITY or the QUAD's partners)",
			description = "Shares of the parties must total exactly 100 (422 shares-not-100 otherwise).")
	ResponseEntity<AgreementDetails> createAgreement(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@RequestBody AgreementCommand command) {
		AgreementDetails created = agreements.create(actor, id, command);
		return ResponseEntity.created(created(created.id())).body(created);
	}

	@GetMapping("/quads/{id}/agreements/{agreementId}")
	@Operation(summary = "One agreement")
	AgreementDetails agreement(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@PathVariable long agreementId) {
		return agreements.find(actor, id, agreementId);
	}

	@PutMapping("/quads/{id}/agreements/{agreementId}")
	@Operation(summary = "Replace an agreement", description = "Carries the version read; a stale one gives 409.")
	AgreementDetails updateAgreement(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@PathVariable long agreementId, @RequestBody AgreementCommand command) {
		return agreements.update(actor, id, agreementId, command);
	}

	@GetMapping("/quads/{id}/patents")
	@Operation(summary = "A QUAD's patent applications, with their next deadlines")
	List<PatentDetails> patents(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return patents.of(actor, id);
	}

	@PostMapping("/quads/{id}/patents")
	@Operation(summary = "Register a patent application (AUTHORITY or the QUAD's partners)",
			description = "Owner shares must total exactly 100; a duplicate office and number gives 409.")
	ResponseEntity<PatentDetails> registerPatent(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@RequestBody PatentCommand command) {
		PatentDetails created = patents.register(actor, id, command);
		return ResponseEntity.created(created(created.id())).body(created);
	}

	@GetMapping("/quads/{id}/patents/figures")
	@Operation(summary = "Patent figures per year: the register next to accepted reports")
	List<FigureComparison> figures(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return patents.comparison(actor, id);
	}

	@GetMapping("/quads/{id}/patents/{patentId}")
	@Operation(summary = "One patent application")
	PatentDetails patent(@Parameter(hidden = true) Actor actor, @PathVariable long id, @PathVariable long patentId) {
		return patents.find(actor, id, patentId);
	}

	@PutMapping("/quads/{id}/patents/{patentId}")
	@Operation(summary = "Replace a patent application", description = "Carries the version read; a stale one gives 409.")
	PatentDetails updatePatent(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@PathVariable long patentId, @RequestBody PatentCommand command) {
		return patents.update(actor, id, patentId, command);
	}

	@GetMapping("/quads/{id}/milestones")
	@Operation(summary = "A QUAD's technology-transfer milestones")
	List<MilestoneDetails> milestones(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return milestones.of(actor, id);
	}

	@PostMapping("/quads/{id}/milestones")
	@Operation(summary = "Add a technology-transfer milestone (AUTHORITY or the QUAD's partners)")
	ResponseEntity<MilestoneDetails> createMilestone(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@RequestBody MilestoneCommand command) {
		MilestoneDetails created = milestones.create(actor, id, command);
		return ResponseEntity.created(created(created.id())).body(created);
	}

	@PutMapping("/quads/{id}/milestones/{milestoneId}")
	@Operation(summary = "Replace a milestone", description = "Carries the version read; a stale one gives 409.")
	MilestoneDetails updateMilestone(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@PathVariable long milestoneId, @RequestBody MilestoneCommand command) {
		return milestones.update(actor, id, milestoneId, command);
	}

	@GetMapping("/quads/{id}/ip/deadlines")
	@Operation(summary = "A QUAD's IP deadlines due within the given number of days")
	List<Deadline> quadDeadlines(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@RequestParam(defaultValue = "365") int within) {
		if (within < 0 || within > PatentRegister.MAX_WITHIN_DAYS) {
			throw DomainProblem.invalid("within", "must be between 0 and " + PatentRegister.MAX_WITHIN_DAYS + " days");
		}
		return patents.deadlines(actor, id, within);
	}

	@GetMapping("/quads/{id}/ip/reminders")
	@Operation(summary = "A QUAD's IP reminders, newest first")
	List<Reminder> quadReminders(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return reminders.of(actor, id);
	}

	@GetMapping("/patents/deadlines")
	@Operation(summary = "Programme-wide IP deadlines due within the given number of days",
			description = "National-phase entry per designated office, annuities, open milestones, agreement ends; "
					+ "a PARTNER sees its own QUADs' deadlines.")
	List<Deadline> deadlines(@Parameter(hidden = true) Actor actor, @RequestParam(defaultValue = "90") int within) {
		return patents.deadlines(actor, within);
	}

	@GetMapping("/patents/reminders")
	@Operation(summary = "The IP inbox: reminders of the QUADs the caller may read, newest first")
	List<Reminder> inbox(@Parameter(hidden = true) Actor actor) {
		return reminders.inbox(actor);
	}

	@PostMapping("/patents/reminders/run")
	@Operation(summary = "Run the daily reminder job now (AUTHORITY)")
	Map<String, Integer> run(@Parameter(hidden = true) Actor actor) {
		return Map.of("created", reminders.runNow(actor));
	}

	@GetMapping("/patents/figures")
	@Operation(summary = "Programme-wide register figures per year: applications filed, patents granted")
	List<PatentFigures> programmeFigures(@Parameter(hidden = true) Actor actor) {
		if (!actor.readsEverything()) {
			throw DomainProblem.forbidden("Programme-wide figures are for the authority, committee and agencies.");
		}
		return patents.figures();
	}

	@GetMapping("/patents/offices")
	@Operation(summary = "Deadline rules per office: national-phase months, annuity years")
	List<OfficeRule> offices(@Parameter(hidden = true) Actor actor) {
		if (actor.isAnonymous()) {
			throw DomainProblem.forbidden("Sign in to read office rules.");
		}
		return patents.officeRules();
	}

	@PutMapping("/patents/offices/{office}")
	@Operation(summary = "Change an office's deadline rule (AUTHORITY)")
	OfficeRule office(@Parameter(hidden = true) Actor actor, @PathVariable PatentOffice office,
			@RequestBody OfficeRuleBody body) {
		return patents.updateOfficeRule(actor,
				new OfficeRule(office, body.nationalPhaseMonths() == null ? 0 : body.nationalPhaseMonths(),
						body.firstAnnuityYear(), body.lastAnnuityYear() == null ? 20 : body.lastAnnuityYear()));
	}

	record OfficeRuleBody(@org.jspecify.annotations.Nullable Integer nationalPhaseMonths,
			@org.jspecify.annotations.Nullable Integer firstAnnuityYear,
			@org.jspecify.annotations.Nullable Integer lastAnnuityYear) {
	}
}
