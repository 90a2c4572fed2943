package org.quadhub.reporting.model;

import java.util.Optional;

/**
 * Least-squares fit of a logistic ramp {@code y(t) = K / (1 + exp(-r (t - t0)))} to observed points, by
 * Levenberg–Marquardt from a grid of starting points (the fit surface has flat valleys; one start is not enough).
 * Works on data scaled to a maximum of 1 so the three parameters are of similar size. Plain Java: three
 * parameters need no library.
 */
public final class LogisticFit {

	/** 95% two-sided normal quantile for the band. */
	public static final double Z95 = 1.959964;
	private static final int MIN_POINTS = 6;
	private static final int MAX_ITERATIONS = 400;

	private LogisticFit() {
	}

	/**
	 * A fitted curve.
	 *
	 * @param plateau K, the level the ramp approaches
	 * @param rate r, growth rate per unit of t
	 * @param midpoint t0, where the ramp is at half its plateau
	 * @param residualSd standard deviation of the residuals (n - 3 degrees of freedom)
	 * @param covariance covariance of (K, r, t0), from the residual variance and the Jacobian at the optimum
	 * @param points how many points were fitted
	 */
	public record Curve(double plateau, double rate, double midpoint, double residualSd, double[][] covariance,
			int points) {

		public double value(double t) {
			return plateau / (1 + Math.exp(-rate * (t - midpoint)));
		}

		/**
		 * Half-width of the 95% prediction band at {@code t}: parameter uncertainty (delta method) plus the scatter
		 * of single observations. Assumes the logistic shape holds; it says nothing about shocks the data have not seen.
		 */
		public double halfBand(double t) {
			double[] g = gradient(plateau, rate, midpoint, t);
			double var = residualSd * residualSd;
			for (int i = 0; i < 3; i++) {
				for (int j = 0; j < 3; j++) {
					var += g[i] * covariance[i][j] * g[j];
				}
			}
			return Z95 * Math.sqrt(Math.max(var, 0));
		}
	}

	/** Fits the ramp, or empty when there are fewer than six points or nothing but zeros. */
	public static Optional<Curve> fit(double[] t, double[] y) {
		if (t.length != y.length) {
			throw new IllegalArgumentException("t and y differ in length");
		}
		int n = t.length;
		double scale = 0;
		double tMax = 0;
		for (int i = 0; i < n; i++) {
			scale = Math.max(scale, Math.abs(y[i]));
			tMax = Math.max(tMax, t[i]);
		}
		if (n < MIN_POINTS || !(scale > 0)) {
			return Optional.empty();
		}
		double[] ys = new double[n];
		for (int i = 0; i < n; i++) {
			ys[i] = y[i] / scale;
		}
		double[] best = null;
		double bestSse = Double.POSITIVE_INFINITY;
		for (double k : new double[] { 1.05, 1.5, 3, 8 }) {
			for (double r : new double[] { 0.3, 0.8, 1.5, 3, 6 }) {
				for (double m : new double[] { 0.25, 0.5, 0.8, 1.0, 1.5, 2.5 }) {
					double[] p = levenbergMarquardt(t, ys, new double[] { k, r, m * Math.max(tMax, 1) });
					double sse = sse(t, ys, p);
					if (sse < bestSse) {
						bestSse = sse;
						best = p;
					}
				}
			}
		}
		double dof = Math.max(n - 3, 1);
		double s2 = bestSse / dof;
		double[][] jtj = new double[3][3];
		for (int i = 0; i < n; i++) {
			double[] g = gradient(best[0], best[1], best[2], t[i]);
			for (int a = 0; a < 3; a++) {
				for (int b = 0; b < 3; b++) {
					jtj[a][b] += g[a] * g[b];
				}
			}
		}
		double[][] inverse = invert(jtj);
		double[][] cov = new double[3][3];
		double[] unscale = { scale, 1, 1 };
		for (int a = 0; a < 3; a++) {
			for (int b = 0; b < 3; b++) {
				cov[a][b] = inverse == null ? 0 : s2 * inverse[a][b] * unscale[a] * unscale[b];
			}
		}
		return Optional.of(new Curve(best[0] * scale, best[1], best[2], Math.sqrt(s2) * scale, cov, n));
	}

	private static double[] levenbergMarquardt(double[] t, double[] y, double[] start) {
		double[] p = start.clone();
		double lambda = 1e-3;
		double sse = sse(t, y, p);
		for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
			double[][] a = new double[3][3];
			double[] b = new double[3];
			for (int i = 0; i < t.length; i++) {
				double[] g = gradient(p[0], p[1], p[2], t[i]);
				double residual = y[i] - value(p, t[i]);
				for (int r = 0; r < 3; r++) {
					b[r] += g[r] * residual;
					for (int c = 0; c < 3; c++) {
						a[r][c] += g[r] * g[c];
					}
				}
			}
			boolean improved = false;
			while (lambda < 1e12) {
				double[][] damped = new double[3][3];
				for (int r = 0; r < 3; r++) {
					damped[r] = a[r].clone();
					damped[r][r] += lambda * Math.max(a[r][r], 1e-12);
				}
				double[] step = solve(damped, b);
				if (step == null) {
					lambda *= 10;
					continue;
				}
				double[] candidate = { p[0] + step[0], p[1] + step[1], p[2] + step[2] };
				if (candidate[0] > 0 && candidate[1] > 1e-4 && candidate[1] < 50 && Math.abs(candidate[2]) < 100) {
					double candidateSse = sse(t, y, candidate);
					if (candidateSse < sse) {
						double gain = sse - candidateSse;
						p = candidate;
						sse = candidateSse;
						lambda = Math.max(lambda / 10, 1e-12);
						improved = true;
						if (gain < 1e-15 * Math.max(sse, 1e-30) || sse < 1e-28) {
							return p;
						}
						break;
					}
				}
				lambda *= 10;
			}
			if (!improved) {
				return p;
			}
		}
		return p;
	}

	private static double value(double[] p, double t) {
		return p[0] / (1 + Math.exp(-p[1] * (t - p[2])));
	}

	private static double sse(double[] t, double[] y, double[] p) {
		double sum = 0;
		for (int i = 0; i < t.length; i++) {
			double d = y[i] - value(p, t[i]);
			sum += d * d;
		}
		return sum;
	}

	static double[] gradient(double k, double r, double t0, double t) {
		double e = Math.exp(-r * (t - t0));
		if (Double.isInfinite(e)) {
			return new double[] { 0, 0, 0 };
		}
		double d = 1 + e;
		return new double[] { 1 / d, k * e * (t - t0) / (d * d), -k * e * r / (d * d) };
	}

	private static double[] solve(double[][] a, double[] b) {
		double[][] inverse = invert(a);
		if (inverse == null) {
			return null;
		}
		double[] x = new double[3];
		for (int r = 0; r < 3; r++) {
			for (int c = 0; c < 3; c++) {
				x[r] += inverse[r][c] * b[c];
			}
		}
		return x;
	}

	/** Inverse of a 3×3 matrix by cofactors, or null when it is (numerically) singular. */
	static double[][] invert(double[][] m) {
		double c00 = m[1][1] * m[2][2] - m[1][2] * m[2][1];
		double c01 = m[1][2] * m[2][0] - m[1][0] * m[2][2];
		double c02 = m[1][0] * m[2][1] - m[1][1] * m[2][0];
		double det = m[0][0] * c00 + m[0][1] * c01 + m[0][2] * c02;
		double norm = 0;
		for (double[] row : m) {
			for (double v : row) {
				norm = Math.max(norm, Math.abs(v));
			}
		}
		if (!(Math.abs(det) > 1e-300) || Math.abs(det) < 1e-14 * norm * norm * norm) {
			return null;
		}
		double[][] inv = new double[3][3];
		inv[0][0] = c00 / det;
		inv[1][0] = c01 / det;
		inv[2][0] = c02 / det;
		inv[0][1] = (m[0][2] * m[2][1] - m[0][1] * m[2][2]) / det;
		inv[1][1] = (m[0][0] * m[2][2] - m[0][2] * m[2][0]) / det;
		inv[2][1] = (m[0][1] * m[2][0] - m[0][0] * m[2][1]) / det;
		inv[0][2] = (m[0][1] * m[1][2] - m[0][2] * m[1][1]) / det;
		inv[1][2] = (m[0][2] * m[1][0] - m[0][0] * m[1][2]) / det;
		inv[2][2] = (m[0][0] * m[1][1] - m[0][1] * m[1][0]) / det;
		return inv;
	}
}
