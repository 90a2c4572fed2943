package org.quadhub.projection.engine;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * What a run found. The JSON form is this record as it stands: {@code years[]} with {@code exports},
 * {@code netForex}, {@code directJobs} and {@code indirectJobs} (each a {@link Stats}) and {@code thresholds[]}.
 *
 * @param schemaVersion version of this result shape
 * @param scenarioName the scenario's name
 * @param horizonYears years simulated
 * @param trials trials run
 * @param seed seed used
 * @param quadCount QUADs simulated per trial
 * @param years one entry per year, year 1 first
 * @param thresholds probability of reaching each requested threshold
 * @param milestone how many QUADs reach the milestone (by default USD 5 bn within five years of launch)
 * @param tornado sensitivity of one year's exports to each uncertain parameter, largest swing first
 * @param method how the percentiles and the mean were computed, and their error
 */
public record ProjectionResult(int schemaVersion, String scenarioName, int horizonYears, int trials, long seed,
		int quadCount, List<Year> years, List<ThresholdProbability> thresholds, Milestone milestone, Tornado tornado,
		Method method) {

	/** Mean and percentiles of one quantity over all trials. */
	public record Stats(double mean, double p5, double p10, double p50, double p90, double p95) {

		static Stats of(QuantileSketch sketch) {
			return new Stats(sketch.mean(), sketch.quantile(0.05), sketch.quantile(0.10), sketch.quantile(0.50),
					sketch.quantile(0.90), sketch.quantile(0.95));
		}

		Stats dividedBy(double d) {
			return new Stats(mean / d, p5 / d, p10 / d, p50 / d, p90 / d, p95 / d);
		}
	}

	/**
	 * One year (1-based). Direct and indirect jobs are kept apart and never summed. {@code fiscalCost} is present
	 * only when the scenario carries fiscal terms.
	 *
	 * @param exportsMultipleOfToday total exports divided by today's national goods exports
	 * @param nationalExportsUsd national goods exports without the programme, grown at the baseline growth rate
	 */
	public record Year(int year, Stats exports, Stats netForex, Stats directJobs, Stats indirectJobs,
			Stats exportsMultipleOfToday, double nationalExportsUsd, @Nullable Stats fiscalCost) {
	}

	public record ThresholdProbability(int year, double usd, double probability) {
	}

	/**
	 * Distribution of the number of QUADs whose exports reach {@code usd} within {@code withinYears} of launch.
	 *
	 * @param probabilities probabilities[k] is the probability that exactly k QUADs do
	 */
	public record Milestone(double usd, int withinYears, int quads, Stats count, double[] probabilities) {
	}

	/**
	 * Tornado analysis: each uncertain parameter at its P10 and its P90 with every other at its median.
	 *
	 * @param year the year whose exports are reported
	 * @param baseExportsUsd exports that year with every parameter at its median
	 */
	public record Tornado(int year, double baseExportsUsd, List<Bar> bars) {
	}

	/**
	 * One parameter's effect.
	 *
	 * @param parameter the scenario path of the parameter, e.g. sectors.ELECTRONICS.peakExportsUsd
	 * @param lowInput the parameter's P10
	 * @param highInput the parameter's P90
	 * @param lowExportsUsd exports with the parameter at its P10
	 * @param highExportsUsd exports with the parameter at its P90
	 * @param swingUsd absolute difference of the two
	 */
	public record Bar(String parameter, double lowInput, double highInput, double lowExportsUsd, double highExportsUsd,
			double swingUsd) {
	}

	/** How the numbers were computed. */
	public record Method(String percentiles, double percentileRelativeError, String mean, String random) {
	}
}
