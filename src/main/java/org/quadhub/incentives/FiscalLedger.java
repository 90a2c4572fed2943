package org.quadhub.incentives;

import org.jspecify.annotations.Nullable;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.QuadSummary;
import org.quadhub.quads.Quads;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.DomainProblem.FieldProblem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The fiscal ledger per QUAD and for the programme: per calendar year from the QUAD's establishment, over the
 * assumptions' horizon, the revenue forgone under its package (corporate tax, duty, land, utilities) against the
 * net foreign exchange and direct jobs its exports bring. Exports are the reported ones where a
 * {@link ReportedResults} bean has them, else planned on a linear ramp to the QUAD's target. Whoever may read the
 * QUAD reads its ledger; the programme total is for roles that read everything.
 */
@Service
@Transactional(readOnly = true)
public class FiscalLedger {

	public static final String BASE_CURRENCY = "USD";

	private final Quads quads;
	private final Incentives incentives;
	private final Assumptions assumptions;
	private final ObjectProvider<ReportedResults> reported;

	FiscalLedger(Quads quads, Incentives incentives, Assumptions assumptions, ObjectProvider<ReportedResults> reported) {
		this.quads = quads;
		this.incentives = incentives;
		this.assumptions = assumptions;
		this.reported = reported;
	}

	/** Parameters a caller may override; null means the assumptions' default. */
	public record Parameters(@Nullable BigDecimal discountRate, @Nullable BigDecimal redundancy,
			@Nullable Integer assumptionsVersion, @Nullable Integer horizonYears) {

		public static Parameters defaults() {
			return new Parameters(null, null, null, null);
		}
	}

	public QuadFiscal ofQuad(Actor actor, long quadId, Parameters parameters) {
		QuadDetails quad = quads.find(actor, quadId);
		AssumptionSet set = assumptionSet(parameters);
		Resolved p = resolve(parameters, set);
		return compute(quad, set, assumptions.rateTable(), p);
	}

	public ProgrammeFiscal programme(Actor actor, Parameters parameters) {
		if (!actor.readsEverything()) {
			throw DomainProblem.forbidden("The programme's fiscal ledger is for the authority, the committee, agencies and zone officers.");
		}
		AssumptionSet set = assumptionSet(parameters);
		Resolved p = resolve(parameters, set);
		Assumptions.RateTable rates = assumptions.rateTable();
		List<ProgrammeFiscal.QuadLine> lines = new ArrayList<>();
		Map<Integer, List<FiscalYear>> byYear = new TreeMap<>();
		for (QuadSummary summary : quads.search(actor, null, null)) {
			if (summary.establishedOn() == null) {
				continue;
			}
			QuadFiscal fiscal = compute(quads.find(actor, summary.id()), set, rates, p);
			lines.add(new ProgrammeFiscal.QuadLine(fiscal.quadId(), fiscal.quadName(), fiscal.totals(), fiscal.results()));
			fiscal.years().forEach(y -> byYear.computeIfAbsent(y.year(), k -> new ArrayList<>()).add(y));
		}
		List<FiscalYear> years = new ArrayList<>();
		byYear.forEach((year, list) -> years.add(FiscalArithmetic.combine(year, list)));
		FiscalTotals totals = FiscalArithmetic.totals(years);
		return new ProgrammeFiscal(BASE_CURRENCY, set.version(), years, totals,
				FiscalArithmetic.results(years, totals, p.discountRate(), p.redundancy()), lines);
	}

	private record Resolved(BigDecimal discountRate, BigDecimal redundancy, int horizonYears) {
	}

	private AssumptionSet assumptionSet(Parameters p) {
		if (p.assumptionsVersion() == null) {
			return assumptions.current();
		}
		try {
			return assumptions.version(p.assumptionsVersion());
		}
		catch (DomainProblem problem) {
			throw DomainProblem.invalid("assumptionsVersion", "no assumptions version " + p.assumptionsVersion());
		}
	}

	private static Resolved resolve(Parameters p, AssumptionSet set) {
		List<FieldProblem> problems = new ArrayList<>();
		BigDecimal rate = p.discountRate() == null ? set.discountRate() : p.discountRate();
		BigDecimal redundancy = p.redundancy() == null ? set.redundancyShare() : p.redundancy();
		int horizon = p.horizonYears() == null ? set.horizonYears() : p.horizonYears();
		if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
			problems.add(new FieldProblem("discountRate", "must be a fraction between 0 and 1 (0.1 = 10%)"));
		}
		if (redundancy.signum() < 0 || redundancy.compareTo(BigDecimal.ONE) > 0) {
			problems.add(new FieldProblem("redundancy", "must be a share between 0 and 1"));
		}
		if (horizon < 1 || horizon > 50) {
			problems.add(new FieldProblem("horizonYears", "must be between 1 and 50"));
		}
		if (!problems.isEmpty()) {
			throw DomainProblem.invalid(problems);
		}
		return new Resolved(rate, redundancy, horizon);
	}

	private QuadFiscal compute(QuadDetails quad, AssumptionSet set, Assumptions.RateTable rates, Resolved p) {
		Set<String> notes = new LinkedHashSet<>();
		PackageTerms terms = incentives.termsOf(List.of(quad.id())).get(quad.id());
		List<ImportEntry> entries = incentives.importsOf(quad.id());
		AssumptionSet.SectorAssumption sector = set.sectors().get(quad.productCategory());
		ReportedResults results = reported.getIfAvailable();
		Map<Integer, BigDecimal> reportedExports = results == null ? Map.of() : results.exportsByYear(quad.id());
		Map<Integer, Long> reportedJobs = results == null ? Map.of() : results.directJobsByYear(quad.id());
		if (results == null) {
			notes.add("No reported results are connected: exports are planned and jobs estimated from them.");
		}
		if (terms == null) {
			notes.add("The QUAD has no incentive package: nothing is forgone.");
		}
		List<FiscalYear> years = new ArrayList<>();
		if (quad.establishedOn() == null) {
			notes.add("The QUAD is not established yet: its ledger starts in the year of establishment.");
		}
		else {
			int first = quad.establishedOn().getYear();
			int last = first + p.horizonYears() - 1;
			for (int k = 1; k <= p.horizonYears(); k++) {
				int year = first + k - 1;
				BigDecimal pkrPerUsd = rates.pkrPerUnit(Currency.USD, year);
				if (pkrPerUsd == null) {
					notes.add("No USD rate on or before 31 December " + year + ": that year's PKR figures are missing.");
				}
				BigDecimal exports = reportedExports.get(year);
				Basis basis = Basis.REPORTED;
				if (exports == null) {
					exports = FiscalArithmetic.plannedExports(quad.exportTargetUsd(), quad.targetYears(), k);
					basis = Basis.PLANNED;
				}
				BigDecimal duty = BigDecimal.ZERO.setScale(2);
				BigDecimal land = BigDecimal.ZERO.setScale(2);
				BigDecimal utility = BigDecimal.ZERO.setScale(2);
				boolean exempt = false;
				if (terms != null) {
					exempt = terms.taxExemptionYears() > 0 && terms.taxExemptionStart() != null
							&& year >= terms.taxExemptionStart().getYear()
							&& year < terms.taxExemptionStart().getYear() + terms.taxExemptionYears();
					for (ImportEntry entry : entries) {
						int entryYear = Math.max(entry.enteredOn().getYear(), first);
						if (entryYear == year) {
							duty = duty.add(usd(entry.dutyForgone(), entry.currency(), entry.enteredOn().getYear(), rates, notes));
						}
						else if (entry.enteredOn().getYear() > last && k == p.horizonYears()) {
							notes.add("Imports after " + last + " are outside the horizon.");
						}
					}
					if (k == 1) {
						// land subsidy: one-off, booked in the year of establishment
						land = usd(FiscalArithmetic.percentOf(terms.landMarketValue(), terms.landSubsidyPercent()),
								terms.landCurrency(), year, rates, notes);
					}
					for (PackageDetails.UtilityLine line : terms.utilities()) {
						utility = utility.add(usd(FiscalArithmetic.percentOf(line.annualBill(), line.discountPercent()),
								line.currency(), year, rates, notes));
					}
				}
				years.add(FiscalArithmetic.year(new FiscalArithmetic.YearInput(year, k, exports, basis,
						reportedJobs.get(year), exempt, duty, land, utility, pkrPerUsd), sector, set.citRate()));
			}
		}
		FiscalTotals totals = FiscalArithmetic.totals(years);
		return new QuadFiscal(quad.id(), quad.name(), quad.productCategory(), quad.establishedOn(), BASE_CURRENCY,
				set.version(), terms != null, incentives.signed(quad.id()), years, totals,
				FiscalArithmetic.results(years, totals, p.discountRate(), p.redundancy()), List.copyOf(notes));
	}

	private static BigDecimal usd(BigDecimal amount, Currency currency, int year, Assumptions.RateTable rates,
			Set<String> notes) {
		BigDecimal converted = FiscalArithmetic.toUsd(amount, currency, rates.pkrPerUnit(currency, year),
				rates.pkrPerUnit(Currency.USD, year));
		if (converted == null) {
			notes.add("No " + (currency == Currency.PKR ? "USD" : currency + " or USD") + " rate for " + year
					+ ": an amount of " + amount.toPlainString() + " " + currency + " is left out.");
			return BigDecimal.ZERO.setScale(2);
		}
		return converted;
	}
}
