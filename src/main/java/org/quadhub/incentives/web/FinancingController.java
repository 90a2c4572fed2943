package org.quadhub.incentives.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.quadhub.incentives.DisbursementCommand;
import org.quadhub.incentives.Financing;
import org.quadhub.incentives.FinancingCommand;
import org.quadhub.incentives.FinancingDetails;
import org.quadhub.shared.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

@RestController
@RequestMapping("/api/v1/quads/{quadId}/financing")
@Tag(name = "Financing", description = "Concessional loans, training grants and export-credit guarantees per QUAD")
class FinancingController {

	private final Financing financing;

	FinancingController(Financing financing) {
		this.financing = financing;
	}

	@GetMapping
	@Operation(summary = "A QUAD's financing instruments with disbursements")
	List<FinancingDetails> list(@Parameter(hidden = true) Actor actor, @PathVariable long quadId) {
		return financing.ofQuad(actor, quadId);
	}

	@PostMapping
	@Operation(summary = "Record a financing instrument (AUTHORITY, ZONE_OFFICER)")
	ResponseEntity<FinancingDetails> add(@Parameter(hidden = true) Actor actor, @PathVariable long quadId,
			@RequestBody FinancingCommand command) {
		FinancingDetails created = financing.add(actor, quadId, command);
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri())
			.body(created);
	}

	@PostMapping("/{instrumentId}/disbursements")
	@Operation(summary = "Record a disbursement (AUTHORITY, ZONE_OFFICER)", description = "Beyond the amount gives 422 over-disbursed.")
	ResponseEntity<FinancingDetails> disburse(@Parameter(hidden = true) Actor actor, @PathVariable long quadId,
			@PathVariable long instrumentId, @RequestBody DisbursementCommand command) {
		return ResponseEntity.status(HttpStatus.CREATED).body(financing.disburse(actor, quadId, instrumentId, command));
	}
}
