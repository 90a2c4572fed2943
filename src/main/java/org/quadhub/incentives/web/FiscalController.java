package org.quadhub.incentives.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.quadhub.incentives.AssumptionSet;
import org.quadhub.incentives.Assumptions;
import org.quadhub.incentives.AssumptionsCommand;
import org.quadhub.incentives.ExchangeRate;
import org.quadhub.incentives.FiscalLedger;
import org.quadhub.incentives.ProgrammeFiscal;
import org.quadhub.incentives.QuadFiscal;
import org.quadhub.incentives.RecordExchangeRate;
import org.quadhub.shared.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Fiscal ledger", description = "Revenue forgone against net foreign exchange and jobs, per QUAD and programme")
class FiscalController {

	private final FiscalLedger ledger;
	private final Assumptions assumptions;

	FiscalController(FiscalLedger ledger, Assumptions assumptions) {
		this.ledger = ledger;
		this.assumptions = assumptions;
	}

	@GetMapping("/quads/{id}/fiscal")
	@Operation(summary = "A QUAD's fiscal ledger and cost-benefit results",
			description = "discountRate and redundancy are fractions (0.1, 0.5); defaults from the current assumptions. "
					+ "assumptionsVersion and horizonYears pick another assumptions version or horizon.")
	QuadFiscal quad(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@RequestParam(required = false) @Nullable BigDecimal discountRate,
			@RequestParam(required = false) @Nullable BigDecimal redundancy,
			@RequestParam(required = false) @Nullable Integer assumptionsVersion,
			@RequestParam(required = false) @Nullable Integer horizonYears) {
		return ledger.ofQuad(actor, id, new FiscalLedger.Parameters(discountRate, redundancy, assumptionsVersion, horizonYears));
	}

	@GetMapping("/fiscal")
	@Operation(summary = "The programme's fiscal ledger: every established QUAD, summed by year")
	ProgrammeFiscal programme(@Parameter(hidden = true) Actor actor,
			@RequestParam(required = false) @Nullable BigDecimal discountRate,
			@RequestParam(required = false) @Nullable BigDecimal redundancy,
			@RequestParam(required = false) @Nullable Integer assumptionsVersion,
			@RequestParam(required = false) @Nullable Integer horizonYears) {
		return ledger.programme(actor, new FiscalLedger.Parameters(discountRate, redundancy, assumptionsVersion, horizonYears));
	}

	@GetMapping("/fiscal/assumptions")
	@Operation(summary = "The current fiscal assumptions with source notes")
	AssumptionSet current(@Parameter(hidden = true) Actor actor) {
		return assumptions.current(actor);
	}

	@GetMapping("/fiscal/assumptions/versions")
	@Operation(summary = "Every assumptions version, newest first")
	List<AssumptionSet> history(@Parameter(hidden = true) Actor actor) {
		return assumptions.history(actor);
	}

	@GetMapping("/fiscal/assumptions/versions/{version}")
	@Operation(summary = "One assumptions version")
	AssumptionSet version(@Parameter(hidden = true) Actor actor, @PathVariable int version) {
		return assumptions.version(actor, version);
	}

	@PostMapping("/fiscal/assumptions/versions")
	@Operation(summary = "Make a new assumptions version from the one read (AUTHORITY)",
			description = "basedOnVersion must be the current version; otherwise 409 stale-version.")
	ResponseEntity<AssumptionSet> revise(@Parameter(hidden = true) Actor actor, @RequestBody AssumptionsCommand command) {
		return ResponseEntity.status(HttpStatus.CREATED).body(assumptions.revise(actor, command));
	}

	@GetMapping("/fiscal/exchange-rates")
	@Operation(summary = "The dated exchange-rate table (PKR per unit of USD or CNY)")
	List<ExchangeRate> rates(@Parameter(hidden = true) Actor actor) {
		return assumptions.exchangeRates(actor);
	}

	@PostMapping("/fiscal/exchange-rates")
	@Operation(summary = "Record an exchange rate (AUTHORITY)")
	ResponseEntity<ExchangeRate> record(@Parameter(hidden = true) Actor actor, @RequestBody RecordExchangeRate command) {
		return ResponseEntity.status(HttpStatus.CREATED).body(assumptions.recordRate(actor, command));
	}
}
