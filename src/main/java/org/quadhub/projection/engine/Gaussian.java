package org.quadhub.projection.engine;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.special.Erf;

import java.util.SplittableRandom;

/** Normal and gamma helpers for sampling by inversion ({@link #inverse} is public for the benchmark floor). */
public final class Gaussian {

	private Gaussian() {
	}

	// Acklam's rational approximation of the inverse normal CDF: relative error below 1.15e-9 over (0, 1),
	// far below any Monte Carlo error here, and about five times faster than an erf-based inversion.
	private static final double[] A = { -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
			1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00 };
	private static final double[] B = { -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
			6.680131188771972e+01, -1.328068155288572e+01 };
	private static final double[] C = { -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
			-2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00 };
	private static final double[] D = { 7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
			3.754408661907416e+00 };
	private static final double LOW = 0.02425;
	private static final double HIGH = 1 - LOW;

	public static double inverse(double p) {
		if (p <= 0) {
			return Double.NEGATIVE_INFINITY;
		}
		if (p >= 1) {
			return Double.POSITIVE_INFINITY;
		}
		if (p < LOW) {
			double q = Math.sqrt(-2 * Math.log(p));
			return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
					/ ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
		}
		if (p > HIGH) {
			double q = Math.sqrt(-2 * Math.log(1 - p));
			return -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
					/ ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
		}
		double q = p - 0.5;
		double r = q * q;
		return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
				/ (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
	}

	static double cdf(double z) {
		return 0.5 * Erf.erfc(-z / Math.sqrt(2));
	}

	/** Marsaglia and Tsang's gamma sampler (shape a, scale 1); shapes below 1 use the U^(1/a) boost. */
	static double gamma(double shape, SplittableRandom random) {
		if (shape < 1) {
			double u = random.nextDouble();
			return gamma(shape + 1, random) * Math.pow(u, 1 / shape);
		}
		double d = shape - 1.0 / 3;
		double c = 1 / Math.sqrt(9 * d);
		while (true) {
			double x;
			double v;
			do {
				x = inverse(random.nextDouble());
				v = 1 + c * x;
			}
			while (v <= 0);
			v = v * v * v;
			double u = random.nextDouble();
			if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
				return d * v;
			}
		}
	}

	static double betaQuantile(double p, double alpha, double beta) {
		return new BetaDistribution(null, alpha, beta).inverseCumulativeProbability(p);
	}
}
