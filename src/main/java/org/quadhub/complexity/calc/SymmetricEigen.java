package org.quadhub.complexity.calc;

/**
 * Eigenvalues and selected eigenvectors of a real symmetric matrix: Householder reduction to tridiagonal form (EISPACK
 * tred2 as in the public-domain JAMA package, without accumulating the transform), all eigenvalues of the tridiagonal matrix by the implicit QL algorithm
 * without vectors (tql1), and an eigenvector only when asked for, by inverse iteration on the tridiagonal matrix with
 * partial pivoting (as LAPACK dstein does) mapped back through the Householder transform. Economic complexity needs
 * one eigenvector of a countries x countries matrix, so this costs a fraction of the full QL with vectors.
 * Eigenvalues come out in ascending order; {@link #vector(int)} is the unit eigenvector of {@link #value(int)}.
 */
final class SymmetricEigen {

	private final int n;
	/** Eigenvalues, ascending. */
	private final double[] d;
	/**
	 * The reduction A = V T Vᵀ with V = H(n-1) ... H(1), H(k) = I - u uᵀ / beta[k]: u is column k of v above the
	 * diagonal (rows 0 to k - 1).
	 */
	private final double[][] v;
	private final double[] beta;
	/** The tridiagonal T: diagonal and sub-diagonal (sub[i] couples i - 1 and i; sub[0] is unused). */
	private final double[] diag;
	private final double[] sub;
	private final double norm;

	/** Decomposes the symmetric matrix {@code a} (row-major n x n); {@code a} is overwritten. */
	SymmetricEigen(double[][] a) {
		n = a.length;
		d = new double[n];
		double[] e = new double[n];
		v = a;
		tred2(v, d, e);
		beta = d.clone();
		diag = new double[n];
		for (int i = 0; i < n; i++) {
			diag[i] = v[i][i];
			d[i] = diag[i];
		}
		sub = e.clone();
		double max = 0;
		for (int i = 0; i < n; i++) {
			max = Math.max(max, Math.abs(diag[i]) + Math.abs(sub[i]) + (i + 1 < n ? Math.abs(sub[i + 1]) : 0));
		}
		norm = max;
		tql1(d, e);
	}

	double value(int i) {
		return d[i];
	}

	/** The unit eigenvector of {@link #value(int)} (sign arbitrary). */
	double[] vector(int i) {
		double[] x = tridiagonalVector(d[i]);
		for (int k = 1; k < n; k++) {
			if (beta[k] == 0.0) {
				continue;
			}
			double s = 0;
			for (int j = 0; j < k; j++) {
				s += v[j][k] * x[j];
			}
			s /= beta[k];
			for (int j = 0; j < k; j++) {
				x[j] -= v[j][k] * s;
			}
		}
		normalise(x);
		return x;
	}

	/**
	 * Inverse iteration: solves (T - lambda I) y = b repeatedly, starting from a fixed, non-special vector. Gaussian
	 * elimination with partial pivoting keeps it stable; a zero pivot (lambda is an eigenvalue to machine precision)
	 * is replaced by a tiny multiple of the norm, which is what makes the solution blow up along the eigenvector.
	 */
	private double[] tridiagonalVector(double lambda) {
		double tiny = Math.ulp(1.0) * Math.max(norm, Double.MIN_NORMAL);
		double[] u0 = new double[n];
		double[] u1 = new double[n];
		double[] u2 = new double[n];
		double[] m = new double[n];
		boolean[] swapped = new boolean[n];
		double b = diag[0] - lambda;
		double c = n > 1 ? sub[1] : 0.0;
		for (int i = 0; i < n - 1; i++) {
			double a1 = sub[i + 1];
			double b1 = diag[i + 1] - lambda;
			double c1 = i + 2 < n ? sub[i + 2] : 0.0;
			if (Math.abs(b) >= Math.abs(a1)) {
				if (b == 0.0) {
					b = tiny;
				}
				u0[i] = b;
				u1[i] = c;
				m[i] = a1 / b;
				b = b1 - m[i] * c;
				c = c1;
			}
			else {
				swapped[i] = true;
				u0[i] = a1;
				u1[i] = b1;
				u2[i] = c1;
				m[i] = b / a1;
				b = c - m[i] * b1;
				c = -m[i] * c1;
			}
		}
		u0[n - 1] = b == 0.0 ? tiny : b;
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			y[i] = 1.0 + 0.5 * Math.sin(i + 1.0);
		}
		for (int iteration = 0; iteration < 3; iteration++) {
			for (int i = 0; i < n - 1; i++) {
				if (swapped[i]) {
					double t = y[i];
					y[i] = y[i + 1];
					y[i + 1] = t - m[i] * y[i];
				}
				else {
					y[i + 1] -= m[i] * y[i];
				}
			}
			for (int i = n - 1; i >= 0; i--) {
				double s = y[i];
				if (i + 1 < n) {
					s -= u1[i] * y[i + 1];
				}
				if (i + 2 < n) {
					s -= u2[i] * y[i + 2];
				}
				double p = u0[i];
				y[i] = s / (Math.abs(p) < tiny ? Math.copySign(tiny, p) : p);
			}
			normalise(y);
		}
		return y;
	}

	private static void normalise(double[] x) {
		double s = 0;
		double max = 0;
		for (double value : x) {
			max = Math.max(max, Math.abs(value));
		}
		for (double value : x) {
			double scaled = value / max;
			s += scaled * scaled;
		}
		double length = max * Math.sqrt(s);
		for (int i = 0; i < x.length; i++) {
			x[i] /= length;
		}
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
				// p = A u on the active i x i block, kept symmetric in full so every loop runs along a row.
				for (int j = 0; j < i; j++) {
					double[] vj = v[j];
					vj[i] = d[j];
					double s = 0.0;
					for (int k = 0; k < i; k++) {
						s += vj[k] * d[k];
					}
					e[j] = s;
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
				// A -= u qᵀ + q uᵀ, both triangles.
				for (int j = 0; j < i; j++) {
					double[] vj = v[j];
					double dj = d[j];
					double ej = e[j];
					for (int k = 0; k < i; k++) {
						vj[k] -= dj * e[k] + ej * d[k];
					}
				}
				double[] next = v[i - 1];
				double[] row = v[i];
				for (int j = 0; j < i; j++) {
					d[j] = next[j];
					row[j] = 0.0;
				}
			}
			d[i] = h;
		}
		// d now holds the scalars h of the reflectors I - u uᵀ / h (u is column k above the diagonal); the diagonal of
		// T is on the diagonal of v.
		e[0] = 0.0;
	}

	private void tql1(double[] d, double[] e) {
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
		java.util.Arrays.sort(d);
	}
}
