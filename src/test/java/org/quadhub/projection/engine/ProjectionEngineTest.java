package org.quadhub.projection.engine;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.quadhub.projection.engine.ProjectionResult.Stats;
import org.quadhub.projection.engine.ProjectionResult.Year;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Golden values and statistical checks of the engine, without Spring. */
class ProjectionEngineTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static Scenario scenario(String json) {
		return ScenarioReader.read(JSON.readValue(json, Object.class));
	}

	private static final String DEGENERATE_SECTOR = """
			"sectors": { "ELECTRONICS": { "successProbability": 1,
			    "peakExportsUsd": { "type": "fixed", "value": 5e9 },
			    "yearsToTarget": { "type": "fixed", "value": 5 }, "ramp": "LINEAR" } }""";

	private static void assertExactly(Stats stats, double value) {
		assertThat(stats.mean()).isEqualTo(value);
		assertThat(stats.p5()).isEqualTo(value);
		assertThat(stats.p10()).isEqualTo(value);
		assertThat(stats.p50()).isEqualTo(value);
		assertThat(stats.p90()).isEqualTo(value);
		assertThat(stats.p95()).isEqualTo(value);
	}

	@Test
	void theOpEdsArithmeticGivesExactly250BnInYear10And150BnInYear3() {
		ProjectionResult result = ProjectionEngine.run(scenario("""
				{ "horizonYears": 10, "trials": 3000, "seed": 11,
				  "launches": [ { "year": 1, "count": 50, "sector": "ELECTRONICS" } ],
				""" + DEGENERATE_SECTOR + "}"), 2, null, null);

		assertExactly(result.years().get(9).exports(), 250e9);
		assertExactly(result.years().get(2).exports(), 150e9);
		assertExactly(result.years().get(0).exports(), 50e9);
		assertThat(result.thresholds()).singleElement().satisfies(t -> {
			assertThat(t.year()).isEqualTo(10);
			assertThat(t.usd()).isEqualTo(2e11);
			assertThat(t.probability()).isEqualTo(1.0);
		});
		assertThat(result.milestone().probabilities()[50]).isEqualTo(1.0);
	}

	@Test
	void fiveLaunchesAYearForTenYearsGiveExactly200BnInYear10() {
		StringBuilder launches = new StringBuilder();
		for (int year = 1; year <= 10; year++) {
			launches.append(year > 1 ? "," : "").append("{ \"year\": ").append(year)
				.append(", \"count\": 5, \"sector\": \"ELECTRONICS\" }");
		}
		ProjectionResult result = ProjectionEngine.run(scenario("""
				{ "horizonYears": 10, "trials": 2000, "seed": 3, "launches": [ %s ], %s }"""
			.formatted(launches, DEGENERATE_SECTOR)));

		assertExactly(result.years().get(9).exports(), 200e9);
		assertThat(result.thresholds().get(0).probability()).isEqualTo(1.0);
		assertThat(result.quadCount()).isEqualTo(50);
	}

	@Test
	void lognormalPeaksWithFailuresHaveTheAnalyticMean() {
		int quads = 50;
		double p = 0.6;
		double median = 2e9;
		double sigma = 0.8;
		int trials = 40_000;
		ProjectionResult result = ProjectionEngine.run(scenario("""
				{ "horizonYears": 10, "trials": %d, "seed": 7,
				  "launches": [ { "year": 1, "count": %d, "sector": "ELECTRIC_VEHICLES_AND_BATTERIES" } ],
				  "sectors": { "ELECTRIC_VEHICLES_AND_BATTERIES": { "successProbability": %s,
				    "peakExportsUsd": { "type": "lognormal", "median": %s, "sigma": %s },
				    "yearsToTarget": { "type": "fixed", "value": 5 }, "ramp": "LINEAR" } } }"""
			.formatted(trials, quads, p, median, sigma)), 2, null, null);

		double meanPeak = median * Math.exp(sigma * sigma / 2);
		double meanSquare = median * median * Math.exp(2 * sigma * sigma);
		double expected = quads * p * meanPeak;
		double variancePerTrial = quads * (p * meanSquare - p * p * meanPeak * meanPeak);
		double standardError = Math.sqrt(variancePerTrial / trials);
		// 4.5 standard errors: a correct engine fails this with probability 6.8e-6 (two-sided, normal approximation).
		assertThat(result.years().get(9).exports().mean()).isCloseTo(expected, within(4.5 * standardError));
		assertThat(result.years().get(5).exports().mean()).isCloseTo(expected, within(4.5 * standardError));
	}

	@Test
	void percentilesOfOneLognormalQuadMatchTheAnalyticOnes() {
		double median = 1e9;
		double sigma = 0.5;
		int trials = 100_000;
		ProjectionResult result = ProjectionEngine.run(scenario("""
				{ "horizonYears": 3, "trials": %d, "seed": 99,
				  "quads": [ { "sector": "SEMICONDUCTORS", "launchYear": 1 } ],
				  "sectors": { "SEMICONDUCTORS": {
				    "peakExportsUsd": { "type": "lognormal", "median": %s, "sigma": %s },
				    "yearsToTarget": 1 } } }""".formatted(trials, median, sigma)), 2, null, null);

		Stats stats = result.years().get(2).exports();
		NormalDistribution z = new NormalDistribution();
		double[] ps = { 0.05, 0.10, 0.50, 0.90, 0.95 };
		double[] found = { stats.p5(), stats.p10(), stats.p50(), stats.p90(), stats.p95() };
		for (int i = 0; i < ps.length; i++) {
			double q = median * Math.exp(sigma * z.inverseCumulativeProbability(ps[i]));
			double density = Math.exp(-Math.pow(Math.log(q / median) / sigma, 2) / 2) / (q * sigma * Math.sqrt(2 * Math.PI));
			double standardError = Math.sqrt(ps[i] * (1 - ps[i]) / trials) / density;
			// 4 standard errors of the sample quantile (false failure 6.3e-5 each, 3.2e-4 for all five) plus the
			// sketch's bucket width.
			assertThat(found[i]).as("P%s", (int) (ps[i] * 100))
				.isCloseTo(q, within(4 * standardError + q * Math.scalb(1.0, -10)));
		}
	}

	@Test
	void percentilesOfAUniformSumOfTwoQuadsMatchTheTriangularLaw() {
		// Two QUADs with uniform(0, 1e9) peaks: their sum has the triangular law on [0, 2e9] with mode 1e9.
		int trials = 50_000;
		ProjectionResult result = ProjectionEngine.run(scenario("""
				{ "horizonYears": 2, "trials": %d, "seed": 5,
				  "launches": [ { "year": 1, "count": 2, "sector": "AGRI_TECH" } ],
				  "sectors": { "AGRI_TECH": { "peakExportsUsd": { "type": "uniform", "min": 0, "max": 1e9 },
				    "yearsToTarget": 1 } } }""".formatted(trials)));
		Stats stats = result.years().get(1).exports();
		Distribution law = new Distribution.Triangular(0, 1e9, 2e9);
		double[] ps = { 0.10, 0.50, 0.90 };
		double[] found = { stats.p10(), stats.p50(), stats.p90() };
		for (int i = 0; i < ps.length; i++) {
			double q = law.quantile(ps[i]);
			double density = q < 1e9 ? q / 1e18 : (2e9 - q) / 1e18;
			double standardError = Math.sqrt(ps[i] * (1 - ps[i]) / trials) / density;
			assertThat(found[i]).isCloseTo(q, within(4 * standardError + q * Math.scalb(1.0, -10)));
		}
	}

	@Test
	void sameSeedGivesBitIdenticalResultsOnOneOrManyThreads() {
		Scenario s = scenario("""
				{ "horizonYears": 15, "trials": 10000, "seed": 42,
				  "launches": [ { "year": 1, "count": 20, "sectorMix": { "ELECTRONICS": 1, "SEMICONDUCTORS": 1 } },
				                { "year": 3, "count": 30, "sector": "BIOTECH_AND_PHARMA" } ],
				  "climate": { "type": "lognormal", "median": 1, "sigma": 0.2 },
				  "sectors": {
				    "ELECTRONICS": { "successProbability": 0.5, "ramp": "LOGISTIC",
				      "peakExportsUsd": { "type": "lognormal", "median": 1e9, "sigma": 1 },
				      "launchDelayYears": { "type": "triangular", "min": 0, "mode": 1, "max": 4 },
				      "yearsToTarget": { "type": "normal", "mean": 4, "sd": 1.5 } },
				    "SEMICONDUCTORS": { "peakExportsUsd": { "type": "beta", "alpha": 2, "beta": 5 } },
				    "BIOTECH_AND_PHARMA": { "successProbability": 0.4,
				      "peakExportsUsd": { "type": "uniform", "min": 1e8, "max": 3e9 } } },
				  "fiscal": { "corporateTaxRate": 0.29, "holidayYears": 10 } }""");
		String one = JSON.writeValueAsString(ProjectionEngine.run(s, 1, null, null));
		String two = JSON.writeValueAsString(ProjectionEngine.run(s, 2, null, null));
		String five = JSON.writeValueAsString(ProjectionEngine.run(s, 5, null, null));
		assertThat(two).isEqualTo(one);
		assertThat(five).isEqualTo(one);
		String otherSeed = JSON.writeValueAsString(ProjectionEngine.run(s.withTrialsAndSeed(10000, 43), 2, null, null));
		assertThat(otherSeed).isNotEqualTo(one);
	}

	@Test
	void netForexUsesTheDomesticValueAddedPathAndJobsStayApart() {
		ProjectionResult result = ProjectionEngine.run(scenario("""
				{ "horizonYears": 6, "trials": 10, "seed": 1,
				  "launches": [ { "year": 1, "count": 2, "sector": "ELECTRONICS" } ],
				  "sectors": { "ELECTRONICS": { "peakExportsUsd": 1e9, "yearsToTarget": 1,
				    "dva": { "start": 0.1, "end": 0.3, "years": 4 },
				    "directJobsPerUsdBn": 3500, "indirectJobsPerDirectJob": 2 } } }"""));
		Year first = result.years().get(0);
		Year fifth = result.years().get(4);
		assertThat(first.netForex().p50()).isCloseTo(0.2e9, within(1.0));
		assertThat(result.years().get(2).netForex().p50()).isCloseTo(0.4e9, within(1.0));
		assertThat(fifth.netForex().p50()).isCloseTo(0.6e9, within(1.0));
		assertThat(fifth.directJobs().mean()).isCloseTo(7000, within(1e-6));
		assertThat(fifth.indirectJobs().mean()).isCloseTo(14000, within(1e-6));
		assertThat(first.exportsMultipleOfToday().p50()).isCloseTo(2e9 / 32.106e9, within(1e-12));
		assertThat(first.fiscalCost()).isNull();
	}

	@Test
	void fiscalCostIsTaxTimesMarginTimesExportsDuringTheHoliday() {
		ProjectionResult result = ProjectionEngine.run(scenario("""
				{ "horizonYears": 4, "trials": 10, "seed": 1,
				  "quads": [ { "sector": "ELECTRIC_VEHICLES_AND_BATTERIES", "launchYear": 1 } ],
				  "sectors": { "ELECTRIC_VEHICLES_AND_BATTERIES": { "peakExportsUsd": 1e9, "yearsToTarget": 1,
				    "profitMargin": 0.075 } },
				  "fiscal": { "corporateTaxRate": 0.29, "holidayYears": 2 } }"""));
		assertThat(result.years().get(0).fiscalCost().p50()).isCloseTo(1e9 * 0.29 * 0.075, within(1.0));
		assertThat(result.years().get(1).fiscalCost().mean()).isCloseTo(21.75e6, within(1.0));
		assertThat(result.years().get(2).fiscalCost().p95()).isZero();
	}

	@Test
	void logisticRampReaches95PercentOfThePeakInYearsToTarget() {
		assertThat(Ramp.LOGISTIC.value(5e9, 4, 4)).isCloseTo(0.95 * 5e9, within(1.0));
		assertThat(Ramp.LOGISTIC.value(5e9, 4, 2)).isCloseTo(2.5e9, within(1.0));
		assertThat(Ramp.LINEAR.value(5e9, 5, 3)).isEqualTo(3e9);
	}

	@Test
	void laterLaunchesAndDelaysExportNothingBeforeLaunch() {
		ProjectionResult result = ProjectionEngine.run(scenario("""
				{ "horizonYears": 5, "trials": 100, "seed": 1,
				  "launches": [ { "year": 2, "count": 3, "sector": "ELECTRONICS" } ],
				  "sectors": { "ELECTRONICS": { "launchDelayYears": 1, "peakExportsUsd": 1e9, "yearsToTarget": 1 } } }"""));
		assertExactly(result.years().get(0).exports(), 0);
		assertExactly(result.years().get(1).exports(), 0);
		assertExactly(result.years().get(2).exports(), 3e9);
	}

	@Test
	void tornadoRanksThePeakAboveLessUncertainParameters() {
		ProjectionResult result = ProjectionEngine.run(scenario("""
				{ "horizonYears": 10, "trials": 1000, "seed": 1,
				  "launches": [ { "year": 1, "count": 50, "sector": "ELECTRONICS" } ],
				  "sectors": { "ELECTRONICS": { "successProbability": 0.5,
				    "peakExportsUsd": { "type": "lognormal", "median": 2e9, "sigma": 1 },
				    "yearsToTarget": { "type": "uniform", "min": 3, "max": 6 } } } }"""));
		ProjectionResult.Tornado tornado = result.tornado();
		assertThat(tornado.year()).isEqualTo(10);
		assertThat(tornado.baseExportsUsd()).isCloseTo(50 * 0.5 * 2e9, within(1.0));
		assertThat(tornado.bars()).extracting(ProjectionResult.Bar::parameter)
			.containsExactly("sectors.ELECTRONICS.peakExportsUsd", "sectors.ELECTRONICS.successProbability",
					"sectors.ELECTRONICS.yearsToTarget");
		// By year 10 every QUAD has reached its peak whatever its years to target: no swing.
		assertThat(tornado.bars().get(2).swingUsd()).isZero();
		assertThat(tornado.bars().get(0).highExportsUsd()).isGreaterThan(tornado.baseExportsUsd());
	}

	@Test
	void acceptsTheIssuesMinimalScenarioWithDefaults() {
		Scenario s = scenario("""
				{ "horizonYears": 10, "trials": 20000, "seed": 7,
				  "launches": [ { "year": 1, "count": 50, "sector": "ELECTRIC_VEHICLES_AND_BATTERIES" } ],
				  "sectors": { "ELECTRIC_VEHICLES_AND_BATTERIES": {
				      "successProbability": 0.6,
				      "peakExportsUsd": { "type": "lognormal", "median": 2e9, "sigma": 0.8 },
				      "yearsToTarget": { "type": "fixed", "value": 5 },
				      "ramp": "LINEAR" } },
				  "thresholds": [ { "year": 10, "usd": 2e11 } ] }""");
		assertThat(s.climate()).isEqualTo(Distribution.fixed(1));
		SectorAssumptions ev = s.sectors().get(org.quadhub.shared.Sector.ELECTRIC_VEHICLES_AND_BATTERIES);
		assertThat(ev.launchDelayYears()).isEqualTo(Distribution.fixed(0));
		assertThat(ev.dvaStart()).isEqualTo(0.20);
		assertThat(s.baselineExportsUsd()).isEqualTo(32.106e9);
		ProjectionResult result = ProjectionEngine.run(s, 2, null, null);
		assertThat(result.years()).hasSize(10);
		assertThat(result.thresholds().get(0).probability()).isBetween(0.0, 0.05);
	}

	@Test
	void badDistributionParametersAreNamedByTheirPath() {
		assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(ScenarioInvalid.class, () -> scenario("""
				{ "launches": [ { "year": 1, "count": 5, "sector": "ELECTRIC_VEHICLES_AND_BATTERIES" } ],
				  "sectors": { "ELECTRIC_VEHICLES_AND_BATTERIES": {
				    "peakExportsUsd": { "type": "lognormal", "median": 2e9, "sigma": -0.8 },
				    "yearsToTarget": { "type": "triangular", "min": 2, "mode": 9, "max": 5 },
				    "launchDelayYears": { "type": "gamma", "k": 2 } },
				    "SPACESHIPS": {} },
				  "climate": { "type": "beta", "alpha": 0, "beta": 2 },
				  "thresholds": [ { "year": 11, "usd": 2e11 } ] }""")).errors())
			.extracting(ScenarioInvalid.FieldError::field)
			.containsExactlyInAnyOrder("sectors.ELECTRIC_VEHICLES_AND_BATTERIES.peakExportsUsd.sigma",
					"sectors.ELECTRIC_VEHICLES_AND_BATTERIES.yearsToTarget.mode",
					"sectors.ELECTRIC_VEHICLES_AND_BATTERIES.launchDelayYears.type", "sectors.SPACESHIPS",
					"climate.alpha", "thresholds[0].year");
	}

	@Test
	void sectorMixSplitsLaunchesByLargestRemainder() {
		Scenario s = scenario("""
				{ "launches": [ { "year": 1, "count": 10,
				    "sectorMix": { "ELECTRONICS": 0.5, "SEMICONDUCTORS": 0.3, "RENEWABLE_ENERGY": 0.2 } } ] }""");
		Map<org.quadhub.shared.Sector, Long> counts = s.quads().stream().collect(java.util.stream.Collectors
			.groupingBy(Scenario.PlannedQuad::sector, java.util.stream.Collectors.counting()));
		assertThat(counts).containsEntry(org.quadhub.shared.Sector.ELECTRONICS, 5L)
			.containsEntry(org.quadhub.shared.Sector.SEMICONDUCTORS, 3L)
			.containsEntry(org.quadhub.shared.Sector.RENEWABLE_ENERGY, 2L);
	}
}
