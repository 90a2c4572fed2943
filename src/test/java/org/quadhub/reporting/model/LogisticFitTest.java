package org.quadhub.reporting.model;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LogisticFitTest {

	private static double logistic(double k, double r, double t0, double t) {
		return k / (1 + Math.exp(-r * (t - t0)));
	}

	@Test
	void recoversKnownParametersFromNoiselessMonthlyData() {
		double k = 6.0e9;
		double r = 1.3;
		double t0 = 3.2;
		int months = 54;
		double[] t = new double[months];
		double[] y = new double[months];
		for (int i = 0; i < months; i++) {
			t[i] = (i + 0.5) / 12;
			y[i] = logistic(k, r, t0, t[i]);
		}
		LogisticFit.Curve curve = LogisticFit.fit(t, y).orElseThrow();
		assertThat(curve.plateau()).isCloseTo(k, within(k * 1e-4));
		assertThat(curve.rate()).isCloseTo(r, within(1e-4));
		assertThat(curve.midpoint()).isCloseTo(t0, within(1e-4));
		assertThat(curve.halfBand(5)).isLessThan(k * 1e-3);
	}

	@Test
	void recoversAnEarlyRampToo() {
		double[] t = new double[30];
		double[] y = new double[30];
		for (int i = 0; i < 30; i++) {
			t[i] = (i + 0.5) / 12;
			y[i] = logistic(2.0e9, 2.5, 1.5, t[i]);
		}
		LogisticFit.Curve curve = LogisticFit.fit(t, y).orElseThrow();
		assertThat(curve.plateau()).isCloseTo(2.0e9, within(2.0e9 * 1e-4));
		assertThat(curve.rate()).isCloseTo(2.5, within(1e-3));
		assertThat(curve.midpoint()).isCloseTo(1.5, within(1e-3));
	}

	@Test
	void noisyDataGiveABandThatCoversTheTruth() {
		Random random = new Random(20261129L);
		double[] t = new double[48];
		double[] y = new double[48];
		for (int i = 0; i < 48; i++) {
			t[i] = (i + 0.5) / 12;
			y[i] = logistic(5.0e9, 1.2, 2.5, t[i]) * (1 + 0.05 * random.nextGaussian());
		}
		LogisticFit.Curve curve = LogisticFit.fit(t, y).orElseThrow();
		double truth = logistic(5.0e9, 1.2, 2.5, 5);
		assertThat(Math.abs(curve.value(5) - truth)).isLessThan(curve.halfBand(5));
		assertThat(curve.halfBand(5)).isGreaterThan(0);
	}

	@Test
	void refusesTooFewPointsOrAllZeros() {
		assertThat(LogisticFit.fit(new double[] { 1, 2, 3 }, new double[] { 1, 2, 3 })).isEmpty();
		assertThat(LogisticFit.fit(new double[8], new double[8])).isEmpty();
	}
}
