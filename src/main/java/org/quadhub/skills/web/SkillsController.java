package org.quadhub.skills.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.quadhub.skills.DemandRow;
import org.quadhub.skills.GapRow;
import org.quadhub.skills.ProgrammeCommand;
import org.quadhub.skills.ProgrammeDetails;
import org.quadhub.skills.SkillsPipeline;
import org.quadhub.skills.SkillsView;
import org.quadhub.shared.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

@RestController
@RequestMapping("/api/v1/quads/{id}/skills")
@Tag(name = "Skills pipeline", description = "Skills demand, university programmes and the gap per year and category")
class SkillsController {

	private final SkillsPipeline skills;

	SkillsController(SkillsPipeline skills) {
		this.skills = skills;
	}

	@GetMapping
	@Operation(summary = "A QUAD's skills pipeline: demand, programmes and gap")
	SkillsView view(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return skills.view(actor, id);
	}

	@GetMapping("/gap")
	@Operation(summary = "The gap per year and category (demand minus graduates; positive is a shortfall)")
	List<GapRow> gap(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return skills.gap(actor, id);
	}

	@PutMapping(path = "/demand", consumes = "application/json")
	@Operation(summary = "Replace the plan's demand (AUTHORITY or the QUAD's partners)",
			description = "Rows of {year, category, headcount}, one per year and category; all or nothing.")
	List<DemandRow> demand(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@RequestBody List<DemandRow> rows) {
		return skills.replaceDemand(actor, id, rows);
	}

	@PutMapping(path = "/demand", consumes = "text/csv")
	@Operation(summary = "Replace the plan's demand from CSV (year,category,headcount)")
	List<DemandRow> demandCsv(@Parameter(hidden = true) Actor actor, @PathVariable long id, @RequestBody String csv) {
		return skills.importDemand(actor, id, csv);
	}

	@PostMapping("/programmes")
	@Operation(summary = "Add a university programme (AUTHORITY or the QUAD's partners)")
	ResponseEntity<ProgrammeDetails> add(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@RequestBody ProgrammeCommand command) {
		ProgrammeDetails created = skills.addProgramme(actor, id, command);
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{pid}").buildAndExpand(created.id()).toUri())
			.body(created);
	}

	@PutMapping("/programmes/{programmeId}")
	@Operation(summary = "Replace a programme", description = "Carries the version read; a stale one gives 409.")
	ProgrammeDetails update(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@PathVariable long programmeId, @RequestBody ProgrammeCommand command) {
		return skills.updateProgramme(actor, id, programmeId, command);
	}
}
