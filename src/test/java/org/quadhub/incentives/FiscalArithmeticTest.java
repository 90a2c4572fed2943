package org.quadhub.incentives;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The ledger's arithmetic on hand-computed numbers; no Spring, no database. */
class FiscalArithmeticTest {

	/** Electronics defaults of assumption set 1: DVA 10% in year 1 rising to 30% in year 5, 3,500 jobs per USD bn, margin 4.5%. */
	private static final AssumptionSet.SectorAssumption ELECTRONICS = new AssumptionSet.SectorAssumption(
			new BigDecimal("0.10"), new BigDecimal("0.30"), 3500, new BigDecimal("0.045"), "test");

	private static final BigDecimal CIT = new BigDecimal("0.29");

	private static BigDecimal usd(String amount) {
		return new BigDecimal(amount);
	}

	@Test
	void plannedExportsRampLinearlyToTheTargetAndStayThere() {
		// target 5 bn in 4 years: 1.25, 2.5, 3.75, 5, 5 bn
		BigDecimal target = usd("5000000000");
		assertThat(FiscalArithmetic.plannedExports(target, 4, 1)).isEqualByComparingTo("1250000000");
		assertThat(FiscalArithmetic.plannedExports(target, 4, 3)).isEqualByComparingTo("3750000000");
		assertThat(FiscalArithmetic.plannedExports(target, 4, 4)).isEqualByComparingTo("5000000000");
		assertThat(FiscalArithmetic.plannedExports(target, 4, 9)).isEqualByComparingTo("5000000000");
		// 1 bn over 3 years: 333,333,333.33 (to the cent), 666,666,666.67, 1 bn
		assertThat(FiscalArithmetic.plannedExports(usd("1000000000"), 3, 1)).isEqualByComparingTo("333333333.33");
		assertThat(FiscalArithmetic.plannedExports(usd("1000000000"), 3, 2)).isEqualByComparingTo("666666666.67");
	}

	@Test
	void domesticValueAddedRisesFromYearOneToYearFiveInEqualSteps() {
		// 10% + (30% - 10%) x (k - 1) / 4: 10, 15, 20, 25, 30, then 30
		assertThat(FiscalArithmetic.dvaShare(ELECTRONICS, 1)).isEqualByComparingTo("0.10");
		assertThat(FiscalArithmetic.dvaShare(ELECTRONICS, 2)).isEqualByComparingTo("0.15");
		assertThat(FiscalArithmetic.dvaShare(ELECTRONICS, 4)).isEqualByComparingTo("0.25");
		assertThat(FiscalArithmetic.dvaShare(ELECTRONICS, 5)).isEqualByComparingTo("0.30");
		assertThat(FiscalArithmetic.dvaShare(ELECTRONICS, 12)).isEqualByComparingTo("0.30");
	}

	@Test
	void convertsThroughRupees() {
		// 56,000,000 PKR at 280 PKR/USD = 200,000 USD; 1,000 CNY at 39 PKR/CNY and 280 PKR/USD = 139.29 USD
		assertThat(FiscalArithmetic.toUsd(usd("56000000"), Currency.PKR, BigDecimal.ONE, usd("280"))).isEqualByComparingTo("200000");
		assertThat(FiscalArithmetic.toUsd(usd("1000"), Currency.CNY, usd("39"), usd("280"))).isEqualByComparingTo("139.29");
		assertThat(FiscalArithmetic.toUsd(usd("1000"), Currency.CNY, null, usd("280"))).isNull();
		assertThat(FiscalArithmetic.toUsd(usd("12.345"), Currency.USD, null, null)).isEqualByComparingTo("12.34");
	}

	/**
	 * A three-year ledger worked by hand. Exports 500 m, 1,000 m, 1,000 m USD (target 1 bn in 2 years); tax
	 * exemption in the first two years; duty 200,000 USD and land 500,000 USD in year 1; utilities 500,000 USD a
	 * year; 280 PKR per USD throughout.
	 * <pre>
	 * net forex   = exports x DVA         = 500m x 10% = 50m;  1,000m x 15% = 150m;  1,000m x 20% = 200m  (total 400m)
	 * jobs        = exports x 3,500 / 1bn = 1,750;  3,500;  3,500  (peak 3,500)
	 * CIT forgone = exports x 4.5% x 29%  = 500m x 0.01305 = 6,525,000;  13,050,000;  0 (exemption over)
	 * cost        = 6,525,000 + 200,000 + 500,000 + 500,000 = 7,725,000;  13,550,000;  500,000  (total 21,775,000)
	 * cost in PKR = 21,775,000 x 280 = 6,097,000,000
	 * cost per direct job      = 21,775,000 / 3,500 = 6,221.43
	 * net forex per PKR        = 400,000,000 / 6,097,000,000 = 0.065606
	 * NPV at 10%               = 42,275,000 + 136,450,000 / 1.1 + 199,500,000 / 1.21 = 331,196,487.60
	 * with redundancy 0.5: benefits halved
	 * cost per job             = 21,775,000 / 1,750 = 12,442.86
	 * net forex per PKR        = 200,000,000 / 6,097,000,000 = 0.032803
	 * NPV                      = 17,275,000 + 61,450,000 / 1.1 + 99,500,000 / 1.21 = 155,370,041.32
	 * </pre>
	 */
	@Test
	void aThreeYearLedgerWorkedByHand() {
		BigDecimal rate = usd("280");
		BigDecimal none = usd("0.00");
		List<FiscalYear> years = List.of(
				FiscalArithmetic.year(new FiscalArithmetic.YearInput(2016, 1, usd("500000000.00"), Basis.PLANNED, null, true,
						usd("200000.00"), usd("500000.00"), usd("500000.00"), rate), ELECTRONICS, CIT),
				FiscalArithmetic.year(new FiscalArithmetic.YearInput(2017, 2, usd("1000000000.00"), Basis.PLANNED, null, true,
						none, none, usd("500000.00"), rate), ELECTRONICS, CIT),
				FiscalArithmetic.year(new FiscalArithmetic.YearInput(2018, 3, usd("1000000000.00"), Basis.PLANNED, null, false,
						none, none, usd("500000.00"), rate), ELECTRONICS, CIT));
		assertThat(years).extracting(FiscalYear::netForexUsd)
			.usingElementComparator(BigDecimal::compareTo).containsExactly(usd("50000000"), usd("150000000"), usd("200000000"));
		assertThat(years).extracting(FiscalYear::directJobs).containsExactly(1750L, 3500L, 3500L);
		assertThat(years).extracting(FiscalYear::corporateTaxForgoneUsd)
			.usingElementComparator(BigDecimal::compareTo).containsExactly(usd("6525000"), usd("13050000"), usd("0"));
		assertThat(years).extracting(FiscalYear::costUsd)
			.usingElementComparator(BigDecimal::compareTo).containsExactly(usd("7725000"), usd("13550000"), usd("500000"));
		FiscalTotals totals = FiscalArithmetic.totals(years);
		assertThat(totals.costUsd()).isEqualByComparingTo("21775000");
		assertThat(totals.costPkr()).isEqualByComparingTo("6097000000");
		assertThat(totals.netForexUsd()).isEqualByComparingTo("400000000");
		assertThat(totals.peakDirectJobs()).isEqualTo(3500);
		FiscalResults results = FiscalArithmetic.results(years, totals, usd("0.10"), usd("0.5"));
		assertThat(results.costPerDirectJobUsd()).isEqualByComparingTo("6221.43");
		assertThat(results.netForexUsdPerPkrForgone()).isEqualByComparingTo("0.065606");
		assertThat(results.npvUsd()).isEqualByComparingTo("331196487.60");
		assertThat(results.costPerDirectJobUsdAdjusted()).isEqualByComparingTo("12442.86");
		assertThat(results.netForexUsdPerPkrForgoneAdjusted()).isEqualByComparingTo("0.032803");
		assertThat(results.npvUsdAdjusted()).isEqualByComparingTo("155370041.32");
	}

	@Test
	void reportedJobsReplaceTheEstimateAndUndefinedRatiosStayEmpty() {
		FiscalYear year = FiscalArithmetic.year(new FiscalArithmetic.YearInput(2030, 1, usd("0.00"), Basis.REPORTED, 120L,
				false, usd("0.00"), usd("0.00"), usd("0.00"), null), ELECTRONICS, CIT);
		assertThat(year.directJobs()).isEqualTo(120);
		assertThat(year.jobsBasis()).isEqualTo(Basis.REPORTED);
		assertThat(year.costPkr()).isNull();
		FiscalTotals totals = FiscalArithmetic.totals(List.of(year));
		FiscalResults results = FiscalArithmetic.results(List.of(year), totals, usd("0.1"), BigDecimal.ONE);
		assertThat(results.netForexUsdPerPkrForgone()).isNull();
		assertThat(results.costPerDirectJobUsdAdjusted()).isNull();
		assertThat(results.costPerDirectJobUsd()).isEqualByComparingTo("0");
	}
}
