package org.quadhub.quads.web;

import org.jspecify.annotations.Nullable;
import org.quadhub.partners.OrganisationDetails;
import org.quadhub.partners.Partners;
import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.ProgrammeOverview;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.QuadStatus;
import org.quadhub.quads.Quads;
import org.quadhub.quads.TransitionQuad;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.KeptPage;
import org.quadhub.shared.Sector;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Programme overview, QUAD list and detail, forming a QUAD, and lifecycle transitions. */
@Controller
class QuadPages {

	private static final EnumMap<QuadStatus, Boolean> ESTABLISHED_OR_LATER = new EnumMap<>(Map.of(
			QuadStatus.ESTABLISHED, true, QuadStatus.PRODUCING, true, QuadStatus.EXPORTING, true));

	private final Quads quads;
	private final Partners partners;
	private final MessageSource messages;
	private final JsonMapper json;

	QuadPages(Quads quads, Partners partners, MessageSource messages, JsonMapper json) {
		this.quads = quads;
		this.partners = partners;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/")
	String overview(Model model) {
		ProgrammeOverview overview = quads.overview();
		List<String> labels = overview.byStatus().keySet().stream()
			.map(s -> messages.getMessage("status." + s, null, LocaleContextHolder.getLocale()))
			.toList();
		model.addAttribute("overview", overview);
		model.addAttribute("statusLabels", json.writeValueAsString(labels));
		model.addAttribute("statusValues", json.writeValueAsString(overview.byStatus().values()));
		model.addAttribute("established", overview.byStatus().entrySet().stream()
			.filter(e -> ESTABLISHED_OR_LATER.containsKey(e.getKey()))
			.mapToLong(Map.Entry::getValue)
			.sum());
		model.addAttribute("targetBn", overview.quads().stream()
			.filter(q -> !q.status().isFinal())
			.map(q -> q.exportTargetUsd())
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.movePointLeft(9));
		model.addAttribute(KeptPage.ATTRIBUTE, true); // the anonymous overview is a function of its model (ADR 0027)
		return "overview";
	}

	@GetMapping("/quads")
	String list(Actor actor, @RequestParam(required = false) @Nullable QuadStatus status,
			@RequestParam(required = false) @Nullable Sector sector, Model model) {
		model.addAttribute("quads", quads.search(actor, status, sector));
		model.addAttribute("statuses", QuadStatus.values());
		model.addAttribute("sectors", Sector.values());
		model.addAttribute("status", status);
		model.addAttribute("sector", sector);
		return "quads/list";
	}

	@GetMapping("/quads/{id}")
	String detail(Actor actor, @PathVariable long id, Model model) {
		return detailPage(model, quads.find(actor, id));
	}

	@PostMapping("/quads/{id}/transitions")
	String transition(Actor actor, @PathVariable long id, @RequestParam QuadStatus to,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable LocalDate establishedOn, Model model) {
		try {
			quads.transition(actor, id, new TransitionQuad(to, reason, establishedOn));
			return "redirect:/quads/" + id + "?moved";
		}
		catch (DomainProblem problem) {
			if (problem.kind() == DomainProblem.Kind.NOT_FOUND || problem.kind() == DomainProblem.Kind.FORBIDDEN) {
				throw problem;
			}
			model.addAttribute("transitionError", problem.detail());
			return detailPage(model, quads.find(actor, id));
		}
	}

	/** Query parameters (as partner matching sends them) prefill the form; ones that do not bind are ignored. */
	@GetMapping("/quads/new")
	String createForm(Actor actor, @ModelAttribute("form") QuadForm form, BindingResult ignored, Model model) {
		if (actor.organisationId() != null) {
			OrganisationDetails own = partners.lookup(List.of(actor.organisationId())).get(actor.organisationId());
			if (own != null) {
				for (PartnerRole role : PartnerRole.values()) {
					if (role.admits(own.country(), own.kind())) {
						form.getPartners().putIfAbsent(role, own.id());
					}
				}
			}
		}
		return form(model, form, Map.of());
	}

	@PostMapping("/quads")
	String create(Actor actor, @ModelAttribute("form") QuadForm form, BindingResult binding, Model model) {
		if (binding.hasErrors()) {
			Map<String, String> errors = new LinkedHashMap<>();
			String invalid = messages.getMessage("form.invalidValue", null, LocaleContextHolder.getLocale());
			binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), invalid));
			return form(model, form, errors);
		}
		try {
			QuadDetails created = quads.propose(actor, form.command());
			return "redirect:/quads/" + created.id() + "?created";
		}
		catch (DomainProblem problem) {
			Map<String, String> errors = new LinkedHashMap<>();
			problem.errors().forEach(e -> errors.putIfAbsent(e.field().startsWith("hsCodes") ? "hsCodes" : e.field(),
					e.message()));
			if (errors.isEmpty()) {
				errors.put("_", problem.detail());
			}
			return form(model, form, errors);
		}
	}

	private String detailPage(Model model, QuadDetails quad) {
		model.addAttribute("quad", quad);
		model.addAttribute("roles", PartnerRole.values());
		return "quads/detail";
	}

	private String form(Model model, QuadForm form, Map<String, String> errors) {
		Map<PartnerRole, List<OrganisationDetails>> pickers = new EnumMap<>(PartnerRole.class);
		for (PartnerRole role : PartnerRole.values()) {
			pickers.put(role, partners.directory(role.country(), role.kind()));
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("pickers", pickers);
		model.addAttribute("roles", PartnerRole.values());
		model.addAttribute("sectors", Sector.values());
		return "quads/form";
	}
}
