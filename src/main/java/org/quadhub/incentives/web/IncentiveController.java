package org.quadhub.incentives.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.quadhub.incentives.ImportEntries;
import org.quadhub.incentives.Incentives;
import org.quadhub.incentives.PackageCommand;
import org.quadhub.incentives.PackageDetails;
import org.quadhub.incentives.PolicyCommand;
import org.quadhub.incentives.PolicyDetails;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Incentives", description = "Incentive policy versions and per-QUAD incentive packages")
class IncentiveController {

	private final Incentives incentives;
	private final Clock clock;

	IncentiveController(Incentives incentives, Clock clock) {
		this.incentives = incentives;
		this.clock = clock;
	}

	@GetMapping("/incentives/policies")
	@Operation(summary = "List policy versions, newest effective first")
	List<PolicyDetails> policies(@Parameter(hidden = true) Actor actor) {
		return incentives.policies(actor);
	}

	@GetMapping("/incentives/policies/in-force")
	@Operation(summary = "The policy version in force on a day (default today)")
	PolicyDetails inForce(@Parameter(hidden = true) Actor actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on) {
		LocalDate day = on == null ? LocalDate.now(clock) : on;
		return incentives.policyInForce(actor, day)
			.orElseThrow(() -> DomainProblem.notFound("Policy version in force on", day));
	}

	@PostMapping("/incentives/policies")
	@Operation(summary = "Create a draft policy version (AUTHORITY)")
	ResponseEntity<PolicyDetails> createPolicy(@Parameter(hidden = true) Actor actor, @RequestBody PolicyCommand command) {
		PolicyDetails created = incentives.createPolicy(actor, command);
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri())
			.body(created);
	}

	@GetMapping("/incentives/policies/{id}")
	@Operation(summary = "Read a policy version")
	PolicyDetails policy(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return incentives.policy(actor, id);
	}

	@PutMapping("/incentives/policies/{id}")
	@Operation(summary = "Edit a draft policy version (AUTHORITY)", description = "A published version gives 409 policy-published.")
	PolicyDetails updatePolicy(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@RequestBody PolicyCommand command) {
		return incentives.updatePolicy(actor, id, command);
	}

	@PostMapping("/incentives/policies/{id}/publish")
	@Operation(summary = "Publish a policy version: immutable from now on (AUTHORITY)")
	PolicyDetails publish(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return incentives.publishPolicy(actor, id);
	}

	@GetMapping("/quads/{id}/package")
	@Operation(summary = "A QUAD's incentive package with its policy, import register and standing against the policy in force",
			description = "A PARTNER reads only its own QUADs' packages.")
	PackageDetails packageOf(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return incentives.packageOf(actor, id).orElseThrow(() -> DomainProblem.notFound("Package of QUAD", id));
	}

	@PutMapping("/quads/{id}/package")
	@Operation(summary = "Create or change a QUAD's draft package (AUTHORITY, ZONE_OFFICER)",
			description = "201 when created, 200 when changed. Terms beyond the policy give 422 package-exceeds-policy naming "
					+ "each term; a signed package gives 409 package-signed.")
	ResponseEntity<PackageDetails> savePackage(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@RequestBody PackageCommand command) {
		boolean existed = incentives.packageOf(actor, id).isPresent();
		PackageDetails saved = incentives.savePackage(actor, id, command);
		return ResponseEntity.status(existed ? HttpStatus.OK : HttpStatus.CREATED).body(saved);
	}

	/** Signing request: the day it was signed (default today) and the version read. */
	record SignPackage(@Nullable LocalDate signedOn, @Nullable Long version) {
	}

	@PostMapping("/quads/{id}/package/sign")
	@Operation(summary = "Sign a QUAD's package: its terms are frozen (AUTHORITY, ZONE_OFFICER)")
	PackageDetails sign(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@RequestBody(required = false) @Nullable SignPackage body) {
		return incentives.sign(actor, id, body == null ? null : body.signedOn(), body == null ? null : body.version());
	}

	@PostMapping("/quads/{id}/package/import-entries")
	@Operation(summary = "Register duty-free machinery imports, all or none (AUTHORITY, ZONE_OFFICER)",
			description = "Duty forgone = CIF value x duty rate. Repeated entry ids give 400 (within the request) or 409.")
	ResponseEntity<PackageDetails> imports(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@RequestBody ImportEntries entries) {
		return ResponseEntity.status(HttpStatus.CREATED).body(incentives.recordImports(actor, id, entries));
	}
}
