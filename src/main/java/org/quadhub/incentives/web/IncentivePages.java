package org.quadhub.incentives.web;

import org.jspecify.annotations.Nullable;
import org.quadhub.incentives.Currency;
import org.quadhub.incentives.Financing;
import org.quadhub.incentives.FiscalLedger;
import org.quadhub.incentives.FiscalYear;
import org.quadhub.incentives.ImportEntries;
import org.quadhub.incentives.Incentives;
import org.quadhub.incentives.LandTerms;
import org.quadhub.incentives.PackageCommand;
import org.quadhub.incentives.PackageDetails;
import org.quadhub.incentives.PolicyDetails;
import org.quadhub.incentives.PolicyStatus;
import org.quadhub.incentives.ProgrammeFiscal;
import org.quadhub.incentives.QuadFiscal;
import org.quadhub.incentives.Utility;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.Quads;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A QUAD's incentives (package editor with policy limits, import register, financing), its fiscal tab, and the programme's. */
@Controller
class IncentivePages {

	private static final BigDecimal MILLION = new BigDecimal("1000000");

	private final Incentives incentives;
	private final Financing financing;
	private final FiscalLedger ledger;
	private final Quads quads;
	private final JsonMapper json;
	private final Clock clock;

	IncentivePages(Incentives incentives, Financing financing, FiscalLedger ledger, Quads quads, JsonMapper json, Clock clock) {
		this.incentives = incentives;
		this.financing = financing;
		this.ledger = ledger;
		this.quads = quads;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping("/quads/{id}/incentives")
	String page(Actor actor, @PathVariable long id, Model model) {
		Optional<PackageDetails> pkg = incentives.packageOf(actor, id);
		return page(actor, id, model, values(pkg.orElse(null)), Map.of(), null);
	}

	@PostMapping("/quads/{id}/incentives/package")
	String save(Actor actor, @PathVariable long id, @RequestParam Map<String, String> params, Model model) {
		try {
			incentives.savePackage(actor, id, command(params));
			return "redirect:/quads/" + id + "/incentives?saved";
		}
		catch (DomainProblem problem) {
			if (problem.kind() == DomainProblem.Kind.FORBIDDEN || problem.kind() == DomainProblem.Kind.NOT_FOUND) {
				throw problem;
			}
			return page(actor, id, model, params, errors(problem), problem.detail());
		}
	}

	@PostMapping("/quads/{id}/incentives/package/sign")
	String sign(Actor actor, @PathVariable long id, @RequestParam(required = false) @Nullable Long version, Model model) {
		try {
			incentives.sign(actor, id, null, version);
			return "redirect:/quads/" + id + "/incentives?signed";
		}
		catch (DomainProblem problem) {
			if (problem.kind() == DomainProblem.Kind.FORBIDDEN || problem.kind() == DomainProblem.Kind.NOT_FOUND) {
				throw problem;
			}
			return page(actor, id, model, values(incentives.packageOf(actor, id).orElse(null)), Map.of(), problem.detail());
		}
	}

	@PostMapping("/quads/{id}/incentives/imports")
	String addImport(Actor actor, @PathVariable long id, @RequestParam Map<String, String> params, Model model) {
		try {
			ImportEntries.Entry entry = new ImportEntries.Entry(params.getOrDefault("entryId", ""),
					date(params.get("date"), "date"), params.getOrDefault("description", ""),
					decimal(params.get("cifValue"), "cifValue"), params.get("currency"),
					decimal(params.get("dutyRatePercent"), "dutyRatePercent"));
			incentives.recordImports(actor, id, new ImportEntries(List.of(entry)));
			return "redirect:/quads/" + id + "/incentives?imported";
		}
		catch (DomainProblem problem) {
			if (problem.kind() == DomainProblem.Kind.FORBIDDEN || problem.kind() == DomainProblem.Kind.NOT_FOUND) {
				throw problem;
			}
			return page(actor, id, model, values(incentives.packageOf(actor, id).orElse(null)), Map.of(), problem.detail());
		}
	}

	@GetMapping("/quads/{id}/fiscal")
	String fiscal(Actor actor, @PathVariable long id, @RequestParam(required = false) @Nullable BigDecimal discountRate,
			@RequestParam(required = false) @Nullable BigDecimal redundancy, Model model) {
		QuadFiscal fiscal;
		String error = null;
		try {
			fiscal = ledger.ofQuad(actor, id, new FiscalLedger.Parameters(discountRate, redundancy, null, null));
		}
		catch (DomainProblem problem) {
			if (problem.kind() != DomainProblem.Kind.INVALID) {
				throw problem;
			}
			error = problem.detail();
			fiscal = ledger.ofQuad(actor, id, FiscalLedger.Parameters.defaults());
		}
		model.addAttribute("quad", quads.find(actor, id));
		model.addAttribute("fiscal", fiscal);
		model.addAttribute("parameterError", error);
		chart(model, fiscal.years());
		return "incentives/fiscal";
	}

	@GetMapping("/fiscal")
	String programme(Actor actor, @RequestParam(required = false) @Nullable BigDecimal discountRate,
			@RequestParam(required = false) @Nullable BigDecimal redundancy, Model model) {
		ProgrammeFiscal fiscal;
		String error = null;
		try {
			fiscal = ledger.programme(actor, new FiscalLedger.Parameters(discountRate, redundancy, null, null));
		}
		catch (DomainProblem problem) {
			if (problem.kind() != DomainProblem.Kind.INVALID) {
				throw problem;
			}
			error = problem.detail();
			fiscal = ledger.programme(actor, FiscalLedger.Parameters.defaults());
		}
		model.addAttribute("fiscal", fiscal);
		model.addAttribute("parameterError", error);
		chart(model, fiscal.years());
		return "incentives/programme";
	}

	private void chart(Model model, List<FiscalYear> years) {
		model.addAttribute("chartYears", json.writeValueAsString(years.stream().map(FiscalYear::year).toList()));
		model.addAttribute("chartCost", json.writeValueAsString(years.stream()
			.map(y -> y.costUsd().divide(MILLION, 2, RoundingMode.HALF_EVEN)).toList()));
		model.addAttribute("chartForex", json.writeValueAsString(years.stream()
			.map(y -> y.netForexUsd().divide(MILLION, 2, RoundingMode.HALF_EVEN)).toList()));
	}

	private String page(Actor actor, long id, Model model, Map<String, String> values, Map<String, String> errors,
			@Nullable String error) {
		QuadDetails quad = quads.find(actor, id);
		Optional<PackageDetails> pkg = incentives.packageOf(actor, id);
		LocalDate today = LocalDate.now(clock);
		PolicyDetails limits = selectedPolicy(actor, values.get("policyVersionId"))
			.or(() -> pkg.map(PackageDetails::policy))
			.orElseGet(() -> incentives.policyInForce(today).orElse(null));
		model.addAttribute("quad", quad);
		model.addAttribute("pkg", pkg.orElse(null));
		model.addAttribute("limits", limits);
		model.addAttribute("policies", incentives.policies(actor).stream()
			.filter(p -> p.status() == PolicyStatus.PUBLISHED).toList());
		model.addAttribute("financing", financing.ofQuad(actor, id));
		model.addAttribute("mayAdminister", Incentives.mayAdminister(actor));
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("pageError", error);
		model.addAttribute("landTerms", LandTerms.values());
		model.addAttribute("currencies", Currency.values());
		model.addAttribute("utilities", Utility.values());
		return "incentives/quad";
	}

	/** The policy the editor names, so that the limits beside each field are the ones the package is checked against. */
	private Optional<PolicyDetails> selectedPolicy(Actor actor, @Nullable String id) {
		if (id == null || !id.matches("\\d{1,18}")) {
			return Optional.empty();
		}
		return incentives.policies(actor).stream().filter(p -> p.id() == Long.parseLong(id)).findFirst();
	}

	private static Map<String, String> values(@Nullable PackageDetails pkg) {
		Map<String, String> v = new LinkedHashMap<>();
		if (pkg == null) {
			v.put("landTerms", "MARKET");
			v.put("landCurrency", "PKR");
			v.put("taxExemptionYears", "0");
			return v;
		}
		v.put("policyVersionId", String.valueOf(pkg.policy().id()));
		v.put("appliedOn", pkg.appliedOn().toString());
		v.put("landTerms", pkg.landTerms().name());
		v.put("landSubsidyPercent", pkg.landSubsidyPercent().toPlainString());
		v.put("landMarketValue", pkg.landMarketValue().toPlainString());
		v.put("landCurrency", pkg.landCurrency().name());
		v.put("taxExemptionYears", String.valueOf(pkg.taxExemptionYears()));
		v.put("taxExemptionStart", pkg.taxExemptionStart() == null ? "" : pkg.taxExemptionStart().toString());
		if (pkg.dutyFreeMachinery()) {
			v.put("dutyFreeMachinery", "true");
		}
		v.put("solarMw", pkg.solarMw().toPlainString());
		for (PackageDetails.UtilityLine line : pkg.utilityDiscounts()) {
			v.put("discount_" + line.utility(), line.discountPercent().toPlainString());
			v.put("bill_" + line.utility(), line.annualBill().toPlainString());
			v.put("currency_" + line.utility(), line.currency().name());
		}
		v.put("version", String.valueOf(pkg.version()));
		return v;
	}

	@SuppressWarnings("NullAway")
	private static PackageCommand command(Map<String, String> p) {
		List<PackageCommand.UtilityDiscount> discounts = new ArrayList<>();
		for (Utility utility : Utility.values()) {
			BigDecimal discount = decimal(p.get("discount_" + utility), "discount_" + utility);
			if (discount != null && discount.signum() > 0) {
				BigDecimal bill = decimal(p.get("bill_" + utility), "bill_" + utility);
				discounts.add(new PackageCommand.UtilityDiscount(utility, discount, bill == null ? BigDecimal.ZERO : bill,
						p.get("currency_" + utility)));
			}
		}
		String years = p.get("taxExemptionYears");
		Integer exemptionYears;
		try {
			exemptionYears = years == null || years.isBlank() ? 0 : Integer.valueOf(years.trim());
		}
		catch (NumberFormatException e) {
			throw DomainProblem.invalid("taxExemptionYears", "must be a whole number of years");
		}
		LandTerms land;
		try {
			land = LandTerms.valueOf(p.getOrDefault("landTerms", "MARKET"));
		}
		catch (IllegalArgumentException e) {
			throw DomainProblem.invalid("landTerms", "is not one of the allowed values");
		}
		String policy = p.get("policyVersionId");
		String version = p.get("version");
		return new PackageCommand(policy == null || policy.isBlank() ? null : Long.valueOf(policy),
				date(p.get("appliedOn"), "appliedOn"), land, decimal(p.get("landSubsidyPercent"), "landSubsidyPercent"),
				decimal(p.get("landMarketValue"), "landMarketValue"), p.get("landCurrency"), exemptionYears,
				date(p.get("taxExemptionStart"), "taxExemptionStart"), p.containsKey("dutyFreeMachinery"),
				decimal(p.get("solarMw"), "solarMw"), discounts,
				version == null || version.isBlank() ? null : Long.valueOf(version));
	}

	private static @Nullable BigDecimal decimal(@Nullable String value, String field) {
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
		catch (DateTimeParseException e) {
			throw DomainProblem.invalid(field, "must be a date like 2024-06-30");
		}
	}

	private static Map<String, String> errors(DomainProblem problem) {
		Map<String, String> errors = new LinkedHashMap<>();
		problem.errors().forEach(e -> errors.putIfAbsent(e.field(), e.message()));
		return errors;
	}
}
