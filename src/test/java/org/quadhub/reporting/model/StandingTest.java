package org.quadhub.reporting.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The traffic-light thresholds on hand-made twelve-month series. */
class StandingTest {

	private static double sum(double[] months) {
		double s = 0;
		for (double m : months) {
			s += m;
		}
		return s;
	}

	private static double[] flat(double value) {
		double[] months = new double[12];
		java.util.Arrays.fill(months, value);
		return months;
	}

	@Test
	void ninetyPercentOfTheTrajectoryIsOnTrack() {
		double expected = sum(flat(100));
		assertThat(Standing.of(sum(flat(90)), expected)).isEqualTo(Standing.ON_TRACK);
		assertThat(Standing.of(sum(flat(130)), expected)).isEqualTo(Standing.ON_TRACK);
	}

	@Test
	void justBelowNinetyPercentIsAtRisk() {
		double[] months = flat(90);
		months[11] = 89.88;
		assertThat(Standing.of(sum(months), sum(flat(100)))).isEqualTo(Standing.AT_RISK);
	}

	@Test
	void sixtyPercentIsAtRiskAndBelowIsOffTrack() {
		assertThat(Standing.of(sum(flat(60)), sum(flat(100)))).isEqualTo(Standing.AT_RISK);
		double[] months = flat(60);
		months[0] = 59;
		assertThat(Standing.of(sum(months), sum(flat(100)))).isEqualTo(Standing.OFF_TRACK);
		assertThat(Standing.of(0, sum(flat(100)))).isEqualTo(Standing.OFF_TRACK);
	}

	@Test
	void aLumpyYearCountsAsItsTotal() {
		double[] months = new double[12];
		months[11] = 1000;
		assertThat(Standing.of(sum(months), sum(flat(100)))).isEqualTo(Standing.AT_RISK);
	}

	@Test
	void nothingExpectedMeansNotStarted() {
		assertThat(Standing.of(50, 0)).isEqualTo(Standing.NOT_STARTED);
	}

	@Test
	void theTrajectoryStartsAtZeroAndReachesTheTargetAtTheHorizon() {
		TargetCurve curve = new TargetCurve(5e9, 5, 1.6, 0.5);
		assertThat(curve.annualRate(0)).isZero();
		assertThat(curve.annualRate(-1)).isZero();
		assertThat(curve.annualRate(5)).isCloseTo(5e9, within(1.0));
		assertThat(curve.annualRate(2.5)).isCloseTo(2.5e9, within(1e6));
		assertThat(curve.annualRate(8)).isEqualTo(5e9);
		assertThat(curve.annualRate(1)).isLessThan(curve.annualRate(2));
	}
}
