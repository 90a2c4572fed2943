package org.quadhub.projection.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.quadhub.projection.ProjectionPresets.Preset;
import org.quadhub.projection.Projections;
import org.quadhub.projection.RunSummary;
import org.quadhub.shared.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/v1/projections")
@Tag(name = "Projections", description = "Monte Carlo projection of the programme's exports, net forex and jobs")
class ProjectionController {

	private final Projections projections;

	ProjectionController(Projections projections) {
		this.projections = projections;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Start a projection run (AUTHORITY, COMMITTEE)",
			description = "Body: a scenario (see docs/modules/projection.md). 202 with the run id; poll GET "
					+ "/api/v1/projections/{id} until status is COMPLETED or FAILED. An invalid scenario gives 422 "
					+ "with errors[] naming each field by its JSON path.")
	ResponseEntity<Map<String, Object>> submit(@Parameter(hidden = true) Actor actor, @RequestBody Object scenario) {
		Projections.Accepted accepted = projections.submit(actor, scenario);
		URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(accepted.id())
			.toUri();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", accepted.id());
		body.put("status", accepted.status());
		body.put("name", accepted.name());
		body.put("progress", 0.0);
		body.put("location", location.getPath());
		return ResponseEntity.status(HttpStatus.ACCEPTED).location(location).body(body);
	}

	@PostMapping(path = "/validation", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Check a scenario without running it (AUTHORITY, COMMITTEE)",
			description = "Always 200: errors[] is empty when the scenario is valid.")
	Map<String, Object> validate(@Parameter(hidden = true) Actor actor, @RequestBody Object scenario) {
		return Map.of("errors", projections.validate(actor, scenario));
	}

	@GetMapping
	@Operation(summary = "List runs, newest first: who ran what, when, and the headline probability")
	List<RunSummary> list(@Parameter(hidden = true) Actor actor) {
		return projections.list(actor);
	}

	@GetMapping("/presets")
	@Operation(summary = "Preset scenarios with their source notes",
			description = "Op-ed as written, Benchmarked, IMF-constrained; each scenario can be posted as it is.")
	List<Preset> presets(@Parameter(hidden = true) Actor actor) {
		return projections.presets(actor);
	}

	@GetMapping("/compare")
	@Operation(summary = "Compare runs side by side", description = "ids=1,2,3 (at most 10).")
	List<Map<String, Object>> compare(@Parameter(hidden = true) Actor actor, @RequestParam List<Long> ids) {
		return projections.compare(actor, ids);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A run: status, progress, who ran it, the scenario and, once COMPLETED, the result",
			description = "The result fields (years[], thresholds[], milestone, tornado) are at the top level.")
	Map<String, Object> find(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return projections.find(actor, id);
	}

	@GetMapping("/{id}/status")
	@Operation(summary = "Status and progress only (cheap polling)")
	RunSummary status(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return projections.status(actor, id);
	}

	@GetMapping(path = "/{id}/result", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The result JSON exactly as the command line writes it", description = "409 until COMPLETED.")
	String result(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return projections.resultJson(actor, id);
	}

	@GetMapping("/{id}/scenario")
	@Operation(summary = "The scenario as it was run (programme QUADs written out)")
	Object scenario(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return projections.scenario(actor, id);
	}
}
