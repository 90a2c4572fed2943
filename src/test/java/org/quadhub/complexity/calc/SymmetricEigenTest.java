package org.quadhub.complexity.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class SymmetricEigenTest {

	@Test
	void everyRequestedEigenpairSatisfiesTheDefinitionToRoundingError() {
		Random random = new Random(11);
		for (int n : new int[] { 3, 17, 120 }) {
			double[][] a = randomSymmetric(random, n);
			double[][] copy = copy(a);
			SymmetricEigen eigen = new SymmetricEigen(copy);
			for (int i = 0; i < n; i++) {
				assertThat(residual(a, eigen.value(i), eigen.vector(i))).as("n=%d, eigenpair %d", n, i)
					.isLessThan(1e-12 * n);
			}
			for (int i = 1; i < n; i++) {
				assertThat(eigen.value(i)).isGreaterThanOrEqualTo(eigen.value(i - 1));
			}
		}
	}

	@Test
	void aKnownSpectrumIsRecovered() {
		// diag(1, 2, 3, 4) rotated by a fixed orthogonal matrix: eigenvalues 1..4, the eigenvector of 3 known.
		double c = Math.cos(0.7);
		double s = Math.sin(0.7);
		double[][] q = { { c, -s, 0, 0 }, { s, c, 0, 0 }, { 0, 0, c, -s }, { 0, 0, s, c } };
		double[] lambda = { 1, 2, 3, 4 };
		double[][] a = new double[4][4];
		for (int i = 0; i < 4; i++) {
			for (int j = 0; j < 4; j++) {
				for (int k = 0; k < 4; k++) {
					a[i][j] += q[i][k] * lambda[k] * q[j][k];
				}
			}
		}
		SymmetricEigen eigen = new SymmetricEigen(copy(a));
		for (int i = 0; i < 4; i++) {
			assertThat(eigen.value(i)).isCloseTo(i + 1.0, org.assertj.core.data.Offset.offset(1e-13));
		}
		double[] x = eigen.vector(2);
		double dot = x[0] * q[0][2] + x[1] * q[1][2] + x[2] * q[2][2] + x[3] * q[3][2];
		assertThat(Math.abs(dot)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-13));
	}

	private static double residual(double[][] a, double lambda, double[] x) {
		double max = 0;
		for (int i = 0; i < a.length; i++) {
			double s = -lambda * x[i];
			for (int j = 0; j < a.length; j++) {
				s += a[i][j] * x[j];
			}
			max = Math.max(max, Math.abs(s));
		}
		return max;
	}

	private static double[][] randomSymmetric(Random random, int n) {
		double[][] a = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j <= i; j++) {
				double value = random.nextGaussian();
				a[i][j] = value;
				a[j][i] = value;
			}
		}
		return a;
	}

	private static double[][] copy(double[][] a) {
		double[][] b = new double[a.length][];
		for (int i = 0; i < a.length; i++) {
			b[i] = a[i].clone();
		}
		return b;
	}
}
