package org.quadhub.zones.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.quadhub.shared.Actor;
import org.quadhub.zones.AllocatePlot;
import org.quadhub.zones.AllocationDetails;
import org.quadhub.zones.ZoneCommand;
import org.quadhub.zones.ZoneDetails;
import org.quadhub.zones.ZoneSummary;
import org.quadhub.zones.Zones;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@RequestMapping("/api/v1/zones")
@Tag(name = "Zones", description = "Special economic zones and plot allocations")
class ZoneController {

	private final Zones zones;

	ZoneController(Zones zones) {
		this.zones = zones;
	}

	@PostMapping
	@Operation(summary = "Designate a zone (AUTHORITY, ZONE_OFFICER)")
	ResponseEntity<ZoneDetails> create(@Parameter(hidden = true) Actor actor, @RequestBody ZoneCommand command) {
		ZoneDetails created = zones.create(actor, command);
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri())
			.body(created);
	}

	@GetMapping
	@Operation(summary = "List zones with their area accounts")
	List<ZoneSummary> list(@Parameter(hidden = true) Actor actor) {
		return zones.list(actor);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a zone with its plots")
	ZoneDetails find(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return zones.find(actor, id);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Edit a zone (AUTHORITY, ZONE_OFFICER)", description = "Carries the version read; a stale one gives 409.")
	ZoneDetails update(@Parameter(hidden = true) Actor actor, @PathVariable long id, @RequestBody ZoneCommand command) {
		return zones.update(actor, id, command);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a zone without plots (AUTHORITY, ZONE_OFFICER)")
	ResponseEntity<Void> delete(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		zones.delete(actor, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/allocations")
	@Operation(summary = "Allocate acres to a QUAD (AUTHORITY, ZONE_OFFICER)",
			description = "More than the free area gives 409 plot-over-allocated, also under concurrent requests.")
	ResponseEntity<AllocationDetails> allocate(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@RequestBody AllocatePlot command) {
		AllocationDetails created = zones.allocate(actor, id, command);
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{allocationId}")
				.buildAndExpand(created.id()).toUri())
			.body(created);
	}

	@DeleteMapping("/{id}/allocations/{allocationId}")
	@Operation(summary = "Release a plot; its acres return to the free area (AUTHORITY, ZONE_OFFICER)")
	AllocationDetails release(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@PathVariable long allocationId) {
		return zones.release(actor, id, allocationId);
	}
}
