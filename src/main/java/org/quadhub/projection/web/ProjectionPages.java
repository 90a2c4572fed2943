package org.quadhub.projection.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.quadhub.projection.ProjectionJson;
import org.quadhub.projection.ProjectionPresets;
import org.quadhub.projection.ProjectionPresets.Preset;
import org.quadhub.projection.Projections;
import org.quadhub.projection.RunSummary;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.DomainProblem.FieldProblem;
import org.quadhub.shared.Sector;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Projection pages: runs, the scenario editor, a run with its charts, and runs compared. */
@Controller
class ProjectionPages {

	private final Projections projections;

	ProjectionPages(Projections projections) {
		this.projections = projections;
	}

	@GetMapping("/projections")
	String list(Actor actor, Model model) {
		model.addAttribute("runs", projections.list(actor));
		model.addAttribute("presets", ProjectionPresets.all());
		model.addAttribute("mayRun", Projections.mayRun(actor));
		return "projections/list";
	}

	@GetMapping("/projections/new")
	String editor(Actor actor, @RequestParam(required = false) @Nullable String preset,
			@RequestParam(required = false) @Nullable Long from, Model model) {
		if (!Projections.mayRun(actor)) {
			throw DomainProblem.forbidden("Only the coordinating authority and the joint committee run projections.");
		}
		Map<String, Object> base;
		String presetId;
		if (from != null) {
			base = asMap(projections.scenario(actor, from));
			presetId = null;
		}
		else {
			Preset chosen = ProjectionPresets.find(preset == null ? "benchmarked" : preset)
				.orElseThrow(() -> DomainProblem.notFound("Preset", preset));
			base = chosen.scenario();
			presetId = chosen.id();
		}
		fill(model, base, ScenarioForm.inputs(base), List.of(), presetId);
		return "projections/editor";
	}

	@PostMapping("/projections")
	String submit(Actor actor, @RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
		Map<String, Object> base = base(params);
		Map<String, Object> scenario = ScenarioForm.scenario(base, params);
		List<FieldProblem> errors = projections.validate(actor, scenario);
		if (!errors.isEmpty()) {
			response.setStatus(422);
			fill(model, base, params, errors, params.get("preset"));
			return "projections/editor";
		}
		Projections.Accepted accepted = projections.submit(actor, scenario);
		return "redirect:/projections/" + accepted.id();
	}

	/**
	 * Inline validation while editing (htmx): each input's error list and the summary as out-of-band swaps, so the
	 * inputs the analyst is typing in are never replaced.
	 */
	@PostMapping("/projections/editor")
	String validate(Actor actor, @RequestParam Map<String, String> params, Model model) {
		Map<String, Object> base = base(params);
		List<FieldProblem> errors = projections.validate(actor, ScenarioForm.scenario(base, params));
		fill(model, base, params, errors, params.get("preset"));
		model.addAttribute("inputNames", ScenarioForm.inputNames());
		return "projections/editor-errors";
	}

	@GetMapping("/projections/{id}")
	String run(Actor actor, @PathVariable long id, Model model) {
		Map<String, Object> run = projections.find(actor, id);
		model.addAttribute("run", run);
		model.addAttribute("summary", projections.status(actor, id));
		model.addAttribute("mayRun", Projections.mayRun(actor));
		return "projections/run";
	}

	/** The progress bar (htmx polls it); once the run is finished the page reloads to show the charts. */
	@GetMapping("/projections/{id}/progress")
	String progress(Actor actor, @PathVariable long id, Model model, HttpServletResponse response) {
		RunSummary summary = projections.status(actor, id);
		if (summary.status().finished()) {
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("summary", summary);
		return "projections/run :: progress";
	}

	@GetMapping(path = "/projections/{id}/data", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> data(Actor actor, @PathVariable long id) {
		Map<String, Object> run = new LinkedHashMap<>(projections.find(actor, id));
		run.remove("scenario");
		return run;
	}

	@GetMapping("/projections/compare")
	String compare(Actor actor, @RequestParam(required = false) @Nullable List<Long> ids, Model model) {
		List<Long> chosen = ids == null ? List.of() : ids;
		model.addAttribute("runs", chosen.isEmpty() ? List.of() : projections.compare(actor, chosen));
		model.addAttribute("ids", chosen);
		return "projections/compare";
	}

	@GetMapping(path = "/projections/compare/data", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<Map<String, Object>> compareData(Actor actor, @RequestParam List<Long> ids) {
		return projections.compare(actor, ids);
	}

	private void fill(Model model, Map<String, Object> base, Map<String, String> inputs, List<FieldProblem> errors,
			@Nullable String presetId) {
		Map<String, List<String>> byInput = ScenarioForm.errorsByInput(errors);
		Set<String> used = new java.util.TreeSet<>();
		for (Sector s : Sector.values()) {
			String launches = inputs.getOrDefault("launches", "");
			boolean edited = ScenarioForm.SECTOR_FIELDS.stream()
				.anyMatch(f -> !inputs.getOrDefault("sectors." + s + "." + f, "").isBlank());
			if (launches.contains(s.name()) || edited) {
				used.add(s.name());
			}
		}
		for (String key : byInput.keySet()) {
			if (key.startsWith("sectors.")) {
				used.add(key.split("\\.")[1]);
			}
		}
		model.addAttribute("inputs", inputs);
		model.addAttribute("errors", byInput);
		Map<String, String> errorIds = new LinkedHashMap<>();
		for (String name : ScenarioForm.inputNames()) {
			errorIds.put(name, "errs-" + name.replaceAll("[^A-Za-z0-9]", "_"));
		}
		model.addAttribute("errorIds", errorIds);
		model.addAttribute("errorCount", errors.size());
		model.addAttribute("sectors", Sector.values());
		model.addAttribute("usedSectors", used);
		model.addAttribute("sectorFields", ScenarioForm.SECTOR_FIELDS);
		model.addAttribute("base", ProjectionJson.write(base));
		model.addAttribute("preset", presetId == null ? null : ProjectionPresets.find(presetId).orElse(null));
		model.addAttribute("presets", ProjectionPresets.all());
		model.addAttribute("programme", "true".equals(inputs.get("programme")) || "on".equals(inputs.get("programme")));
	}

	private static Map<String, Object> base(Map<String, String> params) {
		String raw = params.getOrDefault("base", "{}");
		try {
			return asMap(ProjectionJson.parse(raw.isBlank() ? "{}" : raw));
		}
		catch (IllegalArgumentException e) {
			throw DomainProblem.invalid("base", "is not a scenario JSON object");
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object json) {
		if (json instanceof Map<?, ?> map) {
			return new LinkedHashMap<>((Map<String, Object>) map);
		}
		throw DomainProblem.invalid("base", "is not a scenario JSON object");
	}
}
