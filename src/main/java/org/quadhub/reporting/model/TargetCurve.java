package org.quadhub.reporting.model;

/**
 * A QUAD's target trajectory: the annual export rate it should have reached {@code t} years after establishment.
 * A logistic S-curve rescaled to start at zero at establishment and to reach the export target exactly at the
 * horizon; flat at the target after it.
 *
 * @param targetUsd export target a year at the horizon
 * @param years the horizon in years
 * @param steepness logistic growth rate per year (larger: a sharper S)
 * @param midpointFraction inflection point as a fraction of the horizon (0.5: halfway)
 */
public record TargetCurve(double targetUsd, double years, double steepness, double midpointFraction) {

	public TargetCurve {
		if (!(targetUsd > 0) || !(years > 0) || !(steepness > 0) || !(midpointFraction > 0 && midpointFraction < 1)) {
			throw new IllegalArgumentException("target, years and steepness must be positive, midpoint in (0, 1)");
		}
	}

	/** Expected annual export rate {@code t} years after establishment (0 before it). */
	public double annualRate(double t) {
		if (t <= 0) {
			return 0;
		}
		if (t >= years) {
			return targetUsd;
		}
		double l0 = logistic(0);
		return targetUsd * (logistic(t) - l0) / (logistic(years) - l0);
	}

	/** Expected exports of one month whose middle is {@code t} years after establishment. */
	public double monthly(double t) {
		return annualRate(t) / 12;
	}

	private double logistic(double t) {
		return 1 / (1 + Math.exp(-steepness * (t - midpointFraction * years)));
	}
}
