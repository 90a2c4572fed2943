package org.quadhub.quads.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.quadhub.quads.ProgrammeOverview;
import org.quadhub.quads.ProposeQuad;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.QuadStatus;
import org.quadhub.quads.QuadSummary;
import org.quadhub.quads.Quads;
import org.quadhub.quads.TransitionQuad;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Sector;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "QUADs", description = "QUAD formation and lifecycle")
class QuadController {

	private final Quads quads;

	QuadController(Quads quads) {
		this.quads = quads;
	}

	@PostMapping("/quads")
	@Operation(summary = "Propose a QUAD", description = "AUTHORITY, or a PARTNER whose organisation is one of the four.")
	ResponseEntity<QuadDetails> propose(@Parameter(hidden = true) Actor actor, @RequestBody ProposeQuad proposal) {
		QuadDetails created = quads.propose(actor, proposal);
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri())
			.body(created);
	}

	@GetMapping("/quads")
	@Operation(summary = "List QUADs", description = "A PARTNER sees only the QUADs its organisation belongs to.")
	List<QuadSummary> search(@Parameter(hidden = true) Actor actor,
			@RequestParam(required = false) @Nullable QuadStatus status,
			@RequestParam(required = false) @Nullable Sector sector) {
		return quads.search(actor, status, sector);
	}

	@GetMapping("/quads/{id}")
	@Operation(summary = "Read one QUAD with partners, status and history")
	QuadDetails find(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return quads.find(actor, id);
	}

	@PostMapping("/quads/{id}/transitions")
	@Operation(summary = "Move a QUAD to another status (AUTHORITY)", description = "Illegal transitions give 409.")
	QuadDetails transition(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@RequestBody TransitionQuad command) {
		return quads.transition(actor, id, command);
	}

	@GetMapping("/public/overview")
	@Operation(summary = "Programme overview (public)", description = "QUADs by status and sector; no partner details.")
	ProgrammeOverview overview() {
		return quads.overview();
	}
}
