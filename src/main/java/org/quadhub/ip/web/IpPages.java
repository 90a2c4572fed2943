package org.quadhub.ip.web;

import org.jspecify.annotations.Nullable;
import org.quadhub.ip.AgreementCommand;
import org.quadhub.ip.AgreementStatus;
import org.quadhub.ip.AgreementType;
import org.quadhub.ip.Agreements;
import org.quadhub.ip.DeadlineKind;
import org.quadhub.ip.Holder;
import org.quadhub.ip.IpReminders;
import org.quadhub.ip.MilestoneCommand;
import org.quadhub.ip.MilestoneStatus;
import org.quadhub.ip.PatentCommand;
import org.quadhub.ip.PatentOffice;
import org.quadhub.ip.PatentRegister;
import org.quadhub.ip.PatentStatus;
import org.quadhub.ip.TransferMilestones;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.Quads;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The IP page of a QUAD (agreements, patents, milestones, deadlines, reminders, figures) and the deadlines page. */
@Controller
class IpPages {

	private final Agreements agreements;
	private final PatentRegister patents;
	private final TransferMilestones milestones;
	private final IpReminders reminders;
	private final Quads quads;

	IpPages(Agreements agreements, PatentRegister patents, TransferMilestones milestones, IpReminders reminders,
			Quads quads) {
		this.agreements = agreements;
		this.patents = patents;
		this.milestones = milestones;
		this.reminders = reminders;
		this.quads = quads;
	}

	@GetMapping("/quads/{id}/ip")
	String quad(Actor actor, @PathVariable long id, Model model) {
		return page(actor, id, model, null);
	}

	@GetMapping("/ip/deadlines")
	String deadlines(Actor actor, @RequestParam(defaultValue = "90") int within, Model model) {
		int days = Math.max(0, Math.min(within, PatentRegister.MAX_WITHIN_DAYS));
		model.addAttribute("within", days);
		model.addAttribute("choices", List.of(30, 90, 180, 365, 1095));
		model.addAttribute("deadlines", patents.deadlines(actor, days));
		model.addAttribute("reminders", reminders.inbox(actor));
		model.addAttribute("rules", patents.officeRules());
		return "ip/deadlines";
	}

	@PostMapping("/quads/{id}/ip/agreements")
	String addAgreement(Actor actor, @PathVariable long id, @RequestParam Map<String, String> form, Model model) {
		try {
			QuadDetails quad = quads.find(actor, id);
			List<Holder> parties = new ArrayList<>();
			for (QuadDetails.Partner p : quad.partners().values()) {
				BigDecimal share = decimal(form.get("share-" + p.id()), "shares");
				if (share != null) {
					parties.add(new Holder(p.id(), null, share));
				}
			}
			for (int i = 1; i <= 2; i++) {
				String name = form.getOrDefault("otherName" + i, "").trim();
				BigDecimal share = decimal(form.get("otherShare" + i), "shares");
				if (!name.isEmpty() || share != null) {
					parties.add(new Holder(null, name, share));
				}
			}
			agreements.create(actor, id, new AgreementCommand(enumOf(AgreementType.class, form.get("type"), "type"),
					form.get("title"), parties, form.get("fieldOfUse"), form.get("territory"), form.get("royaltyTerms"),
					date(form.get("startDate"), "startDate"), date(form.get("endDate"), "endDate"),
					form.get("governingLaw"), enumOf(AgreementStatus.class, form.get("status"), "status"), null));
			return "redirect:/quads/" + id + "/ip?saved#agreements";
		}
		catch (DomainProblem problem) {
			return page(actor, id, model, problem);
		}
	}

	@PostMapping("/quads/{id}/ip/patents")
	String addPatent(Actor actor, @PathVariable long id, @RequestParam Map<String, String> form,
			@RequestParam(name = "designated", required = false) @Nullable List<String> designated, Model model) {
		try {
			Set<PatentOffice> offices = EnumSet.noneOf(PatentOffice.class);
			if (designated != null) {
				for (String o : designated) {
					offices.add(java.util.Objects.requireNonNull(enumOf(PatentOffice.class, o, "designatedOffices")));
				}
			}
			List<Holder> owners = new ArrayList<>();
			for (int i = 1; i <= 4; i++) {
				String name = form.getOrDefault("ownerName" + i, "").trim();
				BigDecimal share = decimal(form.get("ownerShare" + i), "shares");
				if (!name.isEmpty() || share != null) {
					owners.add(new Holder(null, name, share));
				}
			}
			patents.register(actor, id, new PatentCommand(form.get("title"),
					enumOf(PatentOffice.class, form.get("office"), "office"), form.get("officeName"),
					form.get("applicationNumber"), date(form.get("priorityDate"), "priorityDate"),
					date(form.get("filingDate"), "filingDate"), enumOf(PatentStatus.class, form.get("status"), "status"),
					form.get("grantNumber"), date(form.get("grantDate"), "grantDate"), owners, offices, null));
			return "redirect:/quads/" + id + "/ip?saved#patents";
		}
		catch (DomainProblem problem) {
			return page(actor, id, model, problem);
		}
	}

	@PostMapping("/quads/{id}/ip/milestones")
	String addMilestone(Actor actor, @PathVariable long id, @RequestParam Map<String, String> form, Model model) {
		try {
			milestones.create(actor, id, new MilestoneCommand(form.get("title"),
					date(form.get("plannedDate"), "plannedDate"), date(form.get("actualDate"), "actualDate"),
					form.get("evidence"), enumOf(MilestoneStatus.class, form.get("status"), "status"), null, null));
			return "redirect:/quads/" + id + "/ip?saved#milestones";
		}
		catch (DomainProblem problem) {
			return page(actor, id, model, problem);
		}
	}

	private String page(Actor actor, long id, Model model, @Nullable DomainProblem problem) {
		if (problem != null && (problem.kind() == DomainProblem.Kind.NOT_FOUND
				|| problem.kind() == DomainProblem.Kind.FORBIDDEN)) {
			throw problem;
		}
		QuadDetails quad = quads.find(actor, id);
		if (actor.isAnonymous()) {
			throw DomainProblem.forbidden("Sign in to read IP records.");
		}
		model.addAttribute("quad", quad);
		model.addAttribute("agreements", agreements.of(actor, id));
		model.addAttribute("patents", patents.of(actor, id));
		model.addAttribute("milestones", milestones.of(actor, id));
		model.addAttribute("deadlines", patents.deadlines(actor, id, 365));
		model.addAttribute("reminders", reminders.of(actor, id).stream().limit(20).toList());
		model.addAttribute("figures", patents.comparison(actor, id));
		model.addAttribute("mayWrite", actor.isAuthority() || (actor.has(Role.PARTNER) && actor.organisationId() != null
				&& quad.partners().values().stream().anyMatch(p -> p.id() == actor.organisationId())));
		model.addAttribute("agreementTypes", AgreementType.values());
		model.addAttribute("agreementStatuses", List.of(AgreementStatus.DRAFT, AgreementStatus.SIGNED,
				AgreementStatus.IN_FORCE));
		model.addAttribute("offices", PatentOffice.values());
		model.addAttribute("designatable", EnumSet.complementOf(EnumSet.of(PatentOffice.WIPO_PCT)));
		model.addAttribute("patentStatuses", PatentStatus.values());
		model.addAttribute("milestoneStatuses", MilestoneStatus.values());
		model.addAttribute("kinds", DeadlineKind.values());
		model.addAttribute("error", problem);
		return "ip/quad";
	}

	private static @Nullable BigDecimal decimal(@Nullable String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.trim().replace(',', '.'));
		}
		catch (NumberFormatException e) {
			throw DomainProblem.invalid(field, "must be a number, not " + text.trim());
		}
	}

	private static @Nullable LocalDate date(@Nullable String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException e) {
			throw DomainProblem.invalid(field, "must be a date (YYYY-MM-DD)");
		}
	}

	private static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, @Nullable String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.trim());
		}
		catch (IllegalArgumentException e) {
			throw DomainProblem.invalid(field, "is not one of the choices");
		}
	}
}
