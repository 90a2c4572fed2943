package org.quadhub.partners.web;

import org.jspecify.annotations.Nullable;
import org.quadhub.partners.OrganisationDetails;
import org.quadhub.partners.OrganisationFilter;
import org.quadhub.partners.OrganisationKind;
import org.quadhub.partners.Partners;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Country;
import org.quadhub.shared.DomainProblem;
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

import java.util.LinkedHashMap;
import java.util.Map;

/** Registry pages: list with filters, detail, register and edit with inline errors. */
@Controller
class OrganisationPages {

	private static final int PAGE_SIZE = 50;

	private final Partners partners;
	private final MessageSource messages;

	OrganisationPages(Partners partners, MessageSource messages) {
		this.partners = partners;
		this.messages = messages;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("countries", Country.values());
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("sectors", Sector.values());
	}

	@GetMapping("/organisations")
	String list(Actor actor, @RequestParam(required = false) @Nullable Country country,
			@RequestParam(required = false) @Nullable OrganisationKind kind,
			@RequestParam(required = false) @Nullable Sector sector, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		OrganisationFilter filter = new OrganisationFilter(country, kind, sector, q, null);
		model.addAttribute("filter", filter);
		model.addAttribute("page", partners.search(actor, filter, Math.max(0, page), PAGE_SIZE));
		return "organisations/list";
	}

	@GetMapping("/organisations/{id}")
	String detail(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("org", partners.find(actor, id));
		return "organisations/detail";
	}

	@GetMapping("/organisations/new")
	String createForm(Model model) {
		return form(model, null, new OrganisationForm(), Map.of());
	}

	@PostMapping("/organisations")
	String create(Actor actor, @ModelAttribute("form") OrganisationForm form, BindingResult binding, Model model) {
		if (binding.hasErrors()) {
			return form(model, null, form, bindingErrors(binding));
		}
		try {
			OrganisationDetails created = partners.register(actor, form.command());
			return "redirect:/organisations/" + created.id() + "?saved";
		}
		catch (DomainProblem problem) {
			return form(model, null, form, errors(problem));
		}
	}

	@GetMapping("/organisations/{id}/edit")
	String editForm(Actor actor, @PathVariable long id, Model model) {
		return form(model, id, OrganisationForm.of(partners.find(actor, id)), Map.of());
	}

	@PostMapping("/organisations/{id}")
	String update(Actor actor, @PathVariable long id, @ModelAttribute("form") OrganisationForm form,
			BindingResult binding, Model model) {
		if (binding.hasErrors()) {
			return form(model, id, form, bindingErrors(binding));
		}
		try {
			partners.update(actor, id, form.command());
			return "redirect:/organisations/" + id + "?saved";
		}
		catch (DomainProblem problem) {
			if (problem.kind() == DomainProblem.Kind.FORBIDDEN || problem.kind() == DomainProblem.Kind.NOT_FOUND) {
				throw problem;
			}
			return form(model, id, form, errors(problem));
		}
	}

	private static String form(Model model, @Nullable Long id, OrganisationForm form, Map<String, String> errors) {
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "organisations/form";
	}

	static Map<String, String> errors(DomainProblem problem) {
		Map<String, String> errors = new LinkedHashMap<>();
		problem.errors().forEach(e -> errors.putIfAbsent(e.field(), e.message()));
		if (errors.isEmpty()) {
			errors.put("_", problem.detail());
		}
		return errors;
	}

	private Map<String, String> bindingErrors(BindingResult binding) {
		String invalid = messages.getMessage("form.invalidValue", null, LocaleContextHolder.getLocale());
		Map<String, String> errors = new LinkedHashMap<>();
		binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), invalid));
		return errors;
	}
}
