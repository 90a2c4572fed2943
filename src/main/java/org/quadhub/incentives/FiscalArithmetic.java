package org.quadhub.incentives;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * The fiscal ledger's arithmetic, plain Java on exact decimals. Money is rounded to the cent (half-even) once per
 * ledger line; discounting and ratios are computed at 34 significant digits and rounded at the end.
 */
final class FiscalArithmetic {

	static final BigDecimal BILLION = new BigDecimal("1000000000");
	private static final MathContext PRECISE = MathContext.DECIMAL128;
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private FiscalArithmetic() {
	}

	/** Inputs of one ledger year, all money already in USD. */
	record YearInput(int year, int yearOfOperation, BigDecimal exportsUsd, Basis exportsBasis,
			@Nullable Long reportedJobs, boolean exempt, BigDecimal dutyUsd, BigDecimal landUsd, BigDecimal utilityUsd,
			@Nullable BigDecimal pkrPerUsd) {
	}

	/** The planned ramp: year k of operation exports target x min(k, targetYears) / targetYears, then flat. */
	static BigDecimal plannedExports(BigDecimal targetUsd, int targetYears, int yearOfOperation) {
		return targetUsd.multiply(BigDecimal.valueOf(Math.min(yearOfOperation, targetYears)))
			.divide(BigDecimal.valueOf(targetYears), 2, RoundingMode.HALF_EVEN);
	}

	/** DVA share rises linearly from the year-1 to the year-5 value, and stays there. */
	static BigDecimal dvaShare(AssumptionSet.SectorAssumption sector, int yearOfOperation) {
		int steps = Math.min(Math.max(yearOfOperation, 1), 5) - 1;
		return sector.dvaYear1()
			.add(sector.dvaYear5().subtract(sector.dvaYear1()).multiply(BigDecimal.valueOf(steps)).divide(BigDecimal.valueOf(4)));
	}

	/** Converts to USD through PKR: amount x PKR per unit / PKR per USD; null when a rate is missing. */
	@Nullable
	static BigDecimal toUsd(BigDecimal amount, Currency currency, @Nullable BigDecimal pkrPerUnit,
			@Nullable BigDecimal pkrPerUsd) {
		if (currency == Currency.USD) {
			return amount.setScale(2, RoundingMode.HALF_EVEN);
		}
		if (pkrPerUnit == null || pkrPerUsd == null) {
			return null;
		}
		return amount.multiply(pkrPerUnit).divide(pkrPerUsd, 2, RoundingMode.HALF_EVEN);
	}

	/** A percentage of an amount, to the cent. */
	static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
		return amount.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_EVEN);
	}

	static FiscalYear year(YearInput in, AssumptionSet.SectorAssumption sector, BigDecimal citRate) {
		BigDecimal dva = dvaShare(sector, in.yearOfOperation());
		BigDecimal netForex = cents(in.exportsUsd().multiply(dva));
		long jobs;
		Basis jobsBasis;
		if (in.reportedJobs() != null) {
			jobs = in.reportedJobs();
			jobsBasis = Basis.REPORTED;
		}
		else {
			jobs = in.exportsUsd().multiply(BigDecimal.valueOf(sector.jobsPerUsdBn()))
				.divide(BILLION, 0, RoundingMode.HALF_UP).longValueExact();
			jobsBasis = Basis.ESTIMATED;
		}
		// corporate tax forgone = CIT rate x profit margin x exports, in the exemption's years only
		BigDecimal cit = in.exempt() ? cents(in.exportsUsd().multiply(sector.profitMargin()).multiply(citRate)) : zero();
		BigDecimal cost = cit.add(in.dutyUsd()).add(in.landUsd()).add(in.utilityUsd());
		BigDecimal costPkr = in.pkrPerUsd() == null ? null : cents(cost.multiply(in.pkrPerUsd()));
		return new FiscalYear(in.year(), in.yearOfOperation(), in.exportsUsd(), in.exportsBasis(), dva, netForex, jobs,
				jobsBasis, cit, in.dutyUsd(), in.landUsd(), in.utilityUsd(), cost, in.pkrPerUsd(), costPkr,
				netForex.subtract(cost));
	}

	static FiscalTotals totals(List<FiscalYear> years) {
		BigDecimal costPkr = years.stream().anyMatch(y -> y.costPkr() == null) ? null
				: years.stream().map(FiscalYear::costPkr).reduce(zero(), BigDecimal::add);
		return new FiscalTotals(sum(years, FiscalYear::exportsUsd), sum(years, FiscalYear::netForexUsd),
				sum(years, FiscalYear::corporateTaxForgoneUsd), sum(years, FiscalYear::dutyForgoneUsd),
				sum(years, FiscalYear::landSubsidyUsd), sum(years, FiscalYear::utilitySubsidyUsd),
				sum(years, FiscalYear::costUsd), costPkr,
				years.stream().mapToLong(FiscalYear::directJobs).max().orElse(0));
	}

	/**
	 * Results with discount rate r and redundancy share s. NPV = sum over years t = 0, 1, ... of
	 * (benefit_t - cost_t) / (1 + r)^t, where benefit is net forex, times (1 - s) in the adjusted variant; the cost
	 * is the whole revenue forgone in both (the treasury forgoes it whether or not the investment was redundant).
	 */
	static FiscalResults results(List<FiscalYear> years, FiscalTotals totals, BigDecimal discountRate,
			BigDecimal redundancy) {
		BigDecimal kept = BigDecimal.ONE.subtract(redundancy);
		BigDecimal costPerJob = totals.peakDirectJobs() == 0 ? null
				: totals.costUsd().divide(BigDecimal.valueOf(totals.peakDirectJobs()), 2, RoundingMode.HALF_EVEN);
		BigDecimal adjustedJobs = BigDecimal.valueOf(totals.peakDirectJobs()).multiply(kept);
		BigDecimal costPerJobAdjusted = adjustedJobs.signum() == 0 ? null
				: totals.costUsd().divide(adjustedJobs, 2, RoundingMode.HALF_EVEN);
		boolean ratio = totals.costPkr() != null && totals.costPkr().signum() != 0;
		BigDecimal perRupee = ratio ? totals.netForexUsd().divide(totals.costPkr(), 6, RoundingMode.HALF_EVEN) : null;
		BigDecimal perRupeeAdjusted = ratio
				? totals.netForexUsd().multiply(kept).divide(totals.costPkr(), 6, RoundingMode.HALF_EVEN) : null;
		return new FiscalResults(discountRate, redundancy, costPerJob, perRupee, npv(years, discountRate, BigDecimal.ONE),
				costPerJobAdjusted, perRupeeAdjusted, npv(years, discountRate, kept));
	}

	private static BigDecimal npv(List<FiscalYear> years, BigDecimal rate, BigDecimal benefitShare) {
		if (years.isEmpty()) {
			return zero();
		}
		int first = years.get(0).year();
		BigDecimal growth = BigDecimal.ONE.add(rate);
		BigDecimal total = BigDecimal.ZERO;
		for (FiscalYear y : years) {
			BigDecimal net = y.netForexUsd().multiply(benefitShare).subtract(y.costUsd());
			total = total.add(net.divide(growth.pow(y.year() - first, PRECISE), PRECISE));
		}
		return cents(total);
	}

	/** Adds up several QUADs' lines of the same calendar year (for the programme ledger). */
	static FiscalYear combine(int year, List<FiscalYear> lines) {
		BigDecimal exports = sum(lines, FiscalYear::exportsUsd);
		BigDecimal netForex = sum(lines, FiscalYear::netForexUsd);
		BigDecimal cost = sum(lines, FiscalYear::costUsd);
		BigDecimal rate = lines.stream().map(FiscalYear::pkrPerUsd).filter(r -> r != null).findFirst().orElse(null);
		BigDecimal costPkr = lines.stream().anyMatch(l -> l.costPkr() == null) ? null
				: lines.stream().map(FiscalYear::costPkr).reduce(zero(), BigDecimal::add);
		Basis exportsBasis = lines.stream().allMatch(l -> l.exportsBasis() == Basis.REPORTED) ? Basis.REPORTED : Basis.PLANNED;
		Basis jobsBasis = lines.stream().allMatch(l -> l.jobsBasis() == Basis.REPORTED) ? Basis.REPORTED : Basis.ESTIMATED;
		BigDecimal dva = exports.signum() == 0 ? BigDecimal.ZERO : netForex.divide(exports, 4, RoundingMode.HALF_EVEN);
		return new FiscalYear(year, 0, exports, exportsBasis, dva, netForex,
				lines.stream().mapToLong(FiscalYear::directJobs).sum(), jobsBasis, sum(lines, FiscalYear::corporateTaxForgoneUsd),
				sum(lines, FiscalYear::dutyForgoneUsd), sum(lines, FiscalYear::landSubsidyUsd),
				sum(lines, FiscalYear::utilitySubsidyUsd), cost, rate, costPkr, netForex.subtract(cost));
	}

	private static BigDecimal sum(List<FiscalYear> years, java.util.function.Function<FiscalYear, BigDecimal> field) {
		return years.stream().map(field).reduce(zero(), BigDecimal::add);
	}

	static BigDecimal cents(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_EVEN);
	}

	private static BigDecimal zero() {
		return BigDecimal.ZERO.setScale(2);
	}
}
