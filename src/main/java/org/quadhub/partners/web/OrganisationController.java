package org.quadhub.partners.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.quadhub.partners.OrganisationCommand;
import org.quadhub.partners.OrganisationDetails;
import org.quadhub.partners.OrganisationFilter;
import org.quadhub.partners.OrganisationKind;
import org.quadhub.partners.Partners;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Country;
import org.quadhub.shared.PageOf;
import org.quadhub.shared.Sector;
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

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "The partner registry")
class OrganisationController {

	private final Partners partners;

	OrganisationController(Partners partners) {
		this.partners = partners;
	}

	@PostMapping
	@Operation(summary = "Register an organisation (AUTHORITY)")
	ResponseEntity<OrganisationDetails> register(@Parameter(hidden = true) Actor actor,
			@RequestBody OrganisationCommand command) {
		OrganisationDetails created = partners.register(actor, command);
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri())
			.body(created);
	}

	@GetMapping
	@Operation(summary = "List organisations", description = "A PARTNER sees only its own organisation.")
	PageOf<OrganisationDetails> search(@Parameter(hidden = true) Actor actor,
			@RequestParam(required = false) @Nullable Country country,
			@RequestParam(required = false) @Nullable OrganisationKind kind,
			@RequestParam(required = false) @Nullable Sector sector,
			@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Boolean active,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return partners.search(actor, new OrganisationFilter(country, kind, sector, q, active), page, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read one organisation")
	OrganisationDetails find(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return partners.find(actor, id);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Update an organisation", description = "Send the version you read; a stale version gives 409.")
	OrganisationDetails update(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@RequestBody OrganisationCommand command) {
		return partners.update(actor, id, command);
	}
}
