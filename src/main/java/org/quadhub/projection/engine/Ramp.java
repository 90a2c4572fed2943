package org.quadhub.projection.engine;

/**
 * How a QUAD's exports grow from launch to its peak P over T years, in operating year n (n = 1 in the launch year).
 */
public enum Ramp {
	/** P times min(1, n / T). */
	LINEAR,
	/** P / (1 + exp(-k (n - T/2))) with k = 2 ln 19 / T, so it reaches 95% of P at n = T. */
	LOGISTIC;

	/** Exports in operating year n (n at least 1). */
	public double value(double peak, double yearsToTarget, double n) {
		if (this == LINEAR) {
			return n >= yearsToTarget ? peak : peak * n / yearsToTarget;
		}
		return peak / (1 + 19 * Math.pow(19, -2 * n / yearsToTarget));
	}
}
