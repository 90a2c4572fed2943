package org.quadhub.zones.web;

import org.jspecify.annotations.Nullable;

import org.quadhub.quads.QuadSummary;
import org.quadhub.quads.Quads;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.quadhub.zones.AllocatePlot;
import org.quadhub.zones.Province;
import org.quadhub.zones.ZoneCommand;
import org.quadhub.zones.ZoneDetails;
import org.quadhub.zones.ZoneStatus;
import org.quadhub.zones.Zones;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Zone list, designation form, zone detail with its area bar, plot allocation and release. */
@Controller
class ZonePages {

	private final Zones zones;
	private final Quads quads;

	ZonePages(Zones zones, Quads quads) {
		this.zones = zones;
		this.quads = quads;
	}

	@GetMapping("/zones")
	String list(Actor actor, Model model) {
		model.addAttribute("zones", zones.list(actor));
		model.addAttribute("mayWrite", Zones.mayWrite(actor));
		return "zones/list";
	}

	@GetMapping("/zones/new")
	String createForm(Actor actor, Model model) {
		requireWriter(actor);
		return form(model, new LinkedHashMap<>(), Map.of());
	}

	@PostMapping("/zones")
	String create(Actor actor, @RequestParam Map<String, String> params, Model model) {
		requireWriter(actor);
		try {
			ZoneDetails created = zones.create(actor, command(params));
			return "redirect:/zones/" + created.id() + "?created";
		}
		catch (DomainProblem problem) {
			if (problem.kind() == DomainProblem.Kind.FORBIDDEN) {
				throw problem;
			}
			return form(model, params, errors(problem));
		}
	}

	@GetMapping("/zones/{id}")
	String detail(Actor actor, @PathVariable long id, Model model) {
		return detailPage(actor, zones.find(actor, id), model, null);
	}

	@PostMapping("/zones/{id}/allocations")
	String allocate(Actor actor, @PathVariable long id, @RequestParam(required = false) @Nullable Long quadId,
			@RequestParam(required = false) @Nullable String acres, Model model) {
		try {
			zones.allocate(actor, id, new AllocatePlot(quadId, decimal(acres, "acres"), null));
			return "redirect:/zones/" + id + "?allocated";
		}
		catch (DomainProblem problem) {
			if (problem.kind() == DomainProblem.Kind.FORBIDDEN || problem.kind() == DomainProblem.Kind.NOT_FOUND) {
				throw problem;
			}
			return detailPage(actor, zones.find(actor, id), model, problem.detail());
		}
	}

	@PostMapping("/zones/{id}/allocations/{allocationId}/release")
	String release(Actor actor, @PathVariable long id, @PathVariable long allocationId, Model model) {
		try {
			zones.release(actor, id, allocationId);
			return "redirect:/zones/" + id + "?released";
		}
		catch (DomainProblem problem) {
			if (problem.kind() != DomainProblem.Kind.CONFLICT) {
				throw problem;
			}
			return detailPage(actor, zones.find(actor, id), model, problem.detail());
		}
	}

	private String detailPage(Actor actor, ZoneDetails zone, Model model, @Nullable String error) {
		model.addAttribute("zone", zone);
		model.addAttribute("mayWrite", Zones.mayWrite(actor));
		model.addAttribute("allocationError", error);
		List<QuadSummary> candidates = Zones.mayWrite(actor)
				? quads.search(actor, null, null).stream().filter(q -> !q.status().isFinal()).toList() : List.of();
		model.addAttribute("candidates", candidates);
		return "zones/detail";
	}

	private String form(Model model, Map<String, String> values, Map<String, String> errors) {
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("provinces", Province.values());
		model.addAttribute("statuses", ZoneStatus.values());
		return "zones/form";
	}

	private static ZoneCommand command(Map<String, String> p) {
		return new ZoneCommand(text(p, "name"), enumOf(Province.class, p.get("province"), "province"), text(p, "district"),
				decimal(p.get("totalAcres"), "totalAcres"), decimal(p.get("allocatableAcres"), "allocatableAcres"),
				enumOf(ZoneStatus.class, p.get("status"), "status"), p.get("developer"), decimal(p.get("powerMw"), "powerMw"),
				decimal(p.get("solarMw"), "solarMw"), p.containsKey("gas"), p.containsKey("water"),
				date(p.get("notifiedOn"), "notifiedOn"),
				p.get("notes"), null);
	}

	private static String text(Map<String, String> p, String key) {
		String value = p.get(key);
		return value == null ? "" : value;
	}

	@SuppressWarnings("NullAway")
	private static <E extends Enum<E>> E enumOf(Class<E> type, @Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException e) {
			throw DomainProblem.invalid(field, "is not one of the allowed values");
		}
	}

	@SuppressWarnings("NullAway")
	static BigDecimal decimal(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.trim().replace(",", ""));
		}
		catch (NumberFormatException e) {
			throw DomainProblem.invalid(field, "'" + value + "' is not a number");
		}
	}

	private static @Nullable LocalDate date(@Nullable String value, String field) {
		try {
			return value == null || value.isBlank() ? null : LocalDate.parse(value);
		}
		catch (java.time.format.DateTimeParseException e) {
			throw DomainProblem.invalid(field, "must be a date like 2024-06-30");
		}
	}

	private static Map<String, String> errors(DomainProblem problem) {
		Map<String, String> errors = new LinkedHashMap<>();
		problem.errors().forEach(e -> errors.putIfAbsent(e.field(), e.message()));
		if (errors.isEmpty()) {
			errors.put("_", problem.detail());
		}
		return errors;
	}

	private static void requireWriter(Actor actor) {
		if (!Zones.mayWrite(actor)) {
			throw DomainProblem.forbidden("Only the coordinating authority or a zone officer may designate zones.");
		}
	}

}
