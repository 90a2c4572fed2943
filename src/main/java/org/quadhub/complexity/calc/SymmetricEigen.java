package org.quadhub.complexity.calc;

/**
 * Eigenvalues and eigenvectors of a real symmetric matrix: Householder reduction to tridiagonal form and the
 * implicit QL algorithm (EISPACK tred2 and tql2, as in the public-domain JAMA package). Eigenvalues come out in
 * ascending order; {@link #vector(int)} is the unit eigenvector of {@link #value(int)}.
 */
final class SymmetricEigen {

	private final int n;
	private final double[] d;
	/** Eigenvectors as rows (the transpose of JAMA's V), so the QL rotations touch contiguous memory. */
	private final double[][] w;

	/** Decomposes the symmetric matrix {@code a} (row-major n x n); {@code a} is overwritten. */
	SymmetricEigen(double[][] a) {
		n = a.length;
		d = new double[n];
		double[] e = new double[n];
		double[][] v = a;
		tred2(v, d, e);
		w = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				w[j][i] = v[i][j];
			}
		}
		tql2(w, d, e);
	}

	double value(int i) {
		return d[i];
	}

	double[] vector(int i) {
		return w[i];
	}

	private void tred2(double[][] v, double[] d, double[] e) {
		for (int j = 0; j < n; j++) {
			d[j] = v[n - 1][j];
		}
		for (int i = n - 1; i > 0; i--) {
			double scale = 0.0;
			double h = 0.0;
			for (int k = 0; k < i; k++) {
				scale += Math.abs(d[k]);
			}
			if (scale == 0.0) {
				e[i] = d[i - 1];
				for (int j = 0; j < i; j++) {
					d[j] = v[i - 1][j];
					v[i][j] = 0.0;
					v[j][i] = 0.0;
				}
			}
			else {
				for (int k = 0; k < i; k++) {
					d[k] /= scale;
					h += d[k] * d[k];
				}
				double f = d[i - 1];
				double g = Math.sqrt(h);
				if (f > 0) {
					g = -g;
				}
				e[i] = scale * g;
				h = h - f * g;
				d[i - 1] = f - g;
				for (int j = 0; j < i; j++) {
					e[j] = 0.0;
				}
				for (int j = 0; j < i; j++) {
					f = d[j];
					v[j][i] = f;
					g = e[j] + v[j][j] * f;
					for (int k = j + 1; k <= i - 1; k++) {
						double[] vk = v[k];
						g += vk[j] * d[k];
						e[k] += vk[j] * f;
					}
					e[j] = g;
				}
				f = 0.0;
				for (int j = 0; j < i; j++) {
					e[j] /= h;
					f += e[j] * d[j];
				}
				double hh = f / (h + h);
				for (int j = 0; j < i; j++) {
					e[j] -= hh * d[j];
				}
				for (int j = 0; j < i; j++) {
					f = d[j];
					g = e[j];
					for (int k = j; k <= i - 1; k++) {
						v[k][j] -= (f * e[k] + g * d[k]);
					}
					d[j] = v[i - 1][j];
					v[i][j] = 0.0;
				}
			}
			d[i] = h;
		}
		for (int i = 0; i < n - 1; i++) {
			v[n - 1][i] = v[i][i];
			v[i][i] = 1.0;
			double h = d[i + 1];
			if (h != 0.0) {
				for (int k = 0; k <= i; k++) {
					d[k] = v[k][i + 1] / h;
				}
				double[] g = new double[i + 1];
				for (int k = 0; k <= i; k++) {
					double vk = v[k][i + 1];
					double[] row = v[k];
					for (int j = 0; j <= i; j++) {
						g[j] += vk * row[j];
					}
				}
				for (int k = 0; k <= i; k++) {
					double dk = d[k];
					double[] row = v[k];
					for (int j = 0; j <= i; j++) {
						row[j] -= g[j] * dk;
					}
				}
			}
			for (int k = 0; k <= i; k++) {
				v[k][i + 1] = 0.0;
			}
		}
		for (int j = 0; j < n; j++) {
			d[j] = v[n - 1][j];
			v[n - 1][j] = 0.0;
		}
		v[n - 1][n - 1] = 1.0;
		e[0] = 0.0;
	}

	private void tql2(double[][] w, double[] d, double[] e) {
		for (int i = 1; i < n; i++) {
			e[i - 1] = e[i];
		}
		e[n - 1] = 0.0;
		double f = 0.0;
		double tst1 = 0.0;
		double eps = Math.ulp(1.0);
		for (int l = 0; l < n; l++) {
			tst1 = Math.max(tst1, Math.abs(d[l]) + Math.abs(e[l]));
			int m = l;
			while (m < n) {
				if (Math.abs(e[m]) <= eps * tst1) {
					break;
				}
				m++;
			}
			if (m > l) {
				int iterations = 0;
				do {
					if (++iterations > 60) {
						throw new ArithmeticException("QL iteration did not converge");
					}
					double g = d[l];
					double p = (d[l + 1] - g) / (2.0 * e[l]);
					double r = Math.sqrt(p * p + 1.0);
					if (p < 0) {
						r = -r;
					}
					d[l] = e[l] / (p + r);
					d[l + 1] = e[l] * (p + r);
					double dl1 = d[l + 1];
					double h = g - d[l];
					for (int i = l + 2; i < n; i++) {
						d[i] -= h;
					}
					f = f + h;
					p = d[m];
					double c = 1.0;
					double c2 = c;
					double c3 = c;
					double el1 = e[l + 1];
					double s = 0.0;
					double s2 = 0.0;
					for (int i = m - 1; i >= l; i--) {
						c3 = c2;
						c2 = c;
						s2 = s;
						g = c * e[i];
						h = c * p;
						r = Math.sqrt(p * p + e[i] * e[i]);
						e[i + 1] = s * r;
						s = e[i] / r;
						c = p / r;
						p = c * d[i] - s * g;
						d[i + 1] = h + s * (c * g + s * d[i]);
						double[] wi = w[i];
						double[] wi1 = w[i + 1];
						for (int k = 0; k < n; k++) {
							double t = wi1[k];
							wi1[k] = s * wi[k] + c * t;
							wi[k] = c * wi[k] - s * t;
						}
					}
					p = -s * s2 * c3 * el1 * e[l] / dl1;
					e[l] = s * p;
					d[l] = c * p;
				}
				while (Math.abs(e[l]) > eps * tst1);
			}
			d[l] = d[l] + f;
			e[l] = 0.0;
		}
		for (int i = 0; i < n - 1; i++) {
			int k = i;
			double p = d[i];
			for (int j = i + 1; j < n; j++) {
				if (d[j] < p) {
					k = j;
					p = d[j];
				}
			}
			if (k != i) {
				d[k] = d[i];
				d[i] = p;
				double[] t = w[i];
				w[i] = w[k];
				w[k] = t;
			}
		}
	}
}
