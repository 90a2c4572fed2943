package org.quadhub.projection.engine;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Sector;

import java.util.List;
import java.util.Map;

/**
 * Everything a projection run needs, with every default already applied ({@link ScenarioReader} builds it from
 * the scenario JSON and documents the defaults).
 *
 * @param horizonYears years simulated; year 1 starts now
 * @param trials Monte Carlo trials
 * @param seed random seed: the same scenario and seed give the same result on any number of threads
 * @param quads every QUAD simulated, from the launch plan, the explicit list and the programme as it is
 * @param sectors assumptions per sector (defaults filled in for every sector)
 * @param climate one programme-wide factor per trial that scales every QUAD's peak (common shocks)
 * @param baselineExportsUsd national goods exports today, for the exports-as-a-multiple output
 * @param baselineGrowth yearly growth of national exports without the programme
 * @param thresholds year and USD pairs whose probability of being reached is reported
 * @param milestoneUsd a QUAD reaches the milestone when its exports reach this within milestoneYears of launch
 * @param milestoneYears see milestoneUsd
 * @param tornadoYear year whose exports the sensitivity analysis reports
 * @param fiscal tax terms for the fiscal cost, or null when no such assumptions are present
 */
public record Scenario(int schemaVersion, String name, int horizonYears, int trials, long seed, List<PlannedQuad> quads,
		Map<Sector, SectorAssumptions> sectors, Distribution climate, double baselineExportsUsd,
		double baselineGrowth, List<Threshold> thresholds, double milestoneUsd, int milestoneYears, int tornadoYear,
		@Nullable FiscalTerms fiscal) {

	public Scenario {
		quads = List.copyOf(quads);
		sectors = Map.copyOf(sectors);
		thresholds = List.copyOf(thresholds);
	}

	/** The same scenario with another number of trials and seed (the command line overrides these). */
	public Scenario withTrialsAndSeed(int trials, long seed) {
		return new Scenario(schemaVersion, name, horizonYears, trials, seed, quads, sectors, climate,
				baselineExportsUsd, baselineGrowth, thresholds, milestoneUsd, milestoneYears, tornadoYear, fiscal);
	}

	/**
	 * One QUAD to simulate.
	 *
	 * @param sector its sector, whose assumptions apply
	 * @param launchYear planned launch year (1 = this year; 0 or less = launched that many years ago)
	 * @param launched true when it has already launched: no launch delay is drawn
	 * @param exporting true when it already exports (accepted exports so far): it cannot fail
	 * @param minPeakUsd its peak is at least this (its latest yearly exports), 0 when unknown
	 * @param label a name for reports, e.g. the QUAD's name
	 */
	public record PlannedQuad(Sector sector, int launchYear, boolean launched, boolean exporting, double minPeakUsd,
			String label) {
	}

	/** Probability that exports in this year reach this many USD. */
	public record Threshold(int year, double usd) {
	}

	/**
	 * Revenue foregone: corporateTaxRate times the sector's profit margin times exports, for the first holidayYears
	 * operating years of each QUAD.
	 */
	public record FiscalTerms(double corporateTaxRate, int holidayYears, String source) {
	}
}
