package org.quadhub.reporting;

import org.jspecify.annotations.Nullable;
import org.quadhub.quads.QuadStatus;
import org.quadhub.reporting.model.Standing;
import org.quadhub.shared.Sector;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A QUAD against its target: the trajectory month by month for ten years, accepted exports, the traffic light on
 * the latest trailing twelve months, and a forecast fitted to the accepted months.
 */
public record QuadPerformance(long quadId, String name, Sector sector, QuadStatus status,
		@Nullable LocalDate establishedOn, BigDecimal exportTargetUsd, int targetYears, TrajectoryShape shape,
		Standing standing, @Nullable String trailingFrom, @Nullable String trailingTo, BigDecimal trailingActualUsd,
		BigDecimal trailingExpectedUsd, @Nullable Double trailingRatio, List<MonthPoint> months, Forecast forecast) {

	/**
	 * One month: the trajectory's expected exports, accepted exports (null: nothing accepted), and the fitted
	 * forecast with its 95% band (null without a fit). Amounts are USD in the month.
	 */
	public record MonthPoint(String month, double yearsSinceEstablishment, double expectedUsd,
			@Nullable BigDecimal actualUsd, @Nullable Double forecastUsd, @Nullable Double forecastLowUsd,
			@Nullable Double forecastHighUsd) {
	}

	/**
	 * The logistic ramp fitted to accepted monthly exports (annualised): {@code K / (1 + exp(-r (t - t0)))} with t in
	 * years since establishment. {@code statement} reads reaches target at year N, or does not reach target in 10
	 * years, or says why there is no fit.
	 */
	public record Forecast(boolean fitted, String statement, @Nullable Integer reachesTargetInYear,
			@Nullable Double plateauUsdPerYear, @Nullable Double growthRatePerYear, @Nullable Double midpointYears,
			@Nullable Double residualSdUsdPerYear, int points, @Nullable Double year5ExportsUsd,
			@Nullable Double year5LowUsd, @Nullable Double year5HighUsd) {
	}
}
