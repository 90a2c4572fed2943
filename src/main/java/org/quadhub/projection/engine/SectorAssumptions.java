package org.quadhub.projection.engine;

/**
 * What one sector's QUADs are assumed to do.
 *
 * @param successProbability chance that a QUAD exports at all (a failed QUAD exports nothing)
 * @param launchDelayYears years between the planned and the actual launch, rounded to whole years
 * @param peakExportsUsd a QUAD's exports once fully ramped, in USD per year
 * @param yearsToTarget years from launch to the peak (T in the ramp)
 * @param ramp shape of the ramp
 * @param dvaStart domestic value added share of exports in operating year 1
 * @param dvaEnd domestic value added share reached after dvaYears more years
 * @param dvaYears years over which the share moves linearly from start to end
 * @param directJobsPerUsdBn direct jobs per USD 1 bn of annual exports
 * @param indirectJobsPerDirectJob indirect (supply-chain) jobs per direct job
 * @param profitMargin profit as a share of exports, used only for the fiscal cost
 */
public record SectorAssumptions(double successProbability, Distribution launchDelayYears, Distribution peakExportsUsd,
		Distribution yearsToTarget, Ramp ramp, double dvaStart, double dvaEnd, double dvaYears,
		double directJobsPerUsdBn, double indirectJobsPerDirectJob, double profitMargin) {

	/** Domestic value added share in operating year n (n at least 1). */
	public double dva(int n) {
		if (dvaYears <= 0) {
			return dvaEnd;
		}
		return dvaStart + (dvaEnd - dvaStart) * Math.min(1.0, (n - 1) / dvaYears);
	}
}
