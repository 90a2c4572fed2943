package org.quadhub.reporting;

import org.springframework.context.ApplicationEventPublisher;
import org.quadhub.shared.StateChange;
import org.jspecify.annotations.Nullable;
import org.quadhub.reporting.model.LogisticFit;
import org.quadhub.reporting.model.Standing;
import org.quadhub.reporting.model.TargetCurve;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.ReadModel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Targets and standing: each QUAD's S-curve trajectory from establishment to its export target at its horizon,
 * its traffic light on the latest trailing twelve months, and a logistic forecast from its accepted exports.
 */
@Service
@Transactional(readOnly = true)
public class Targets {

	/** Forecast horizon for the reaches-target statement. */
	static final int FORECAST_YEARS = 10;

	private final ReportStore store;
	private final Reports reports;
	private final QuadFacts facts;
	private final ReportingSettings settings;
	private final JdbcTemplate jdbc;
	private final Clock clock;
	private final ReportingChanges changes;

	private final ApplicationEventPublisher events;

	Targets(ReportStore store, Reports reports, QuadFacts facts, ReportingSettings settings, JdbcTemplate jdbc,
			Clock clock, ReportingChanges changes, ApplicationEventPublisher events) {
		this.events = events;
		this.changes = changes;
		this.store = store;
		this.reports = reports;
		this.facts = facts;
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Computed performances (the forecast fit is the costly part), one read model per QUAD (ADR 0026). The stamp
	 * covers every change that publishes something (reviews, shapes, QUAD events) and the month; the age limit only
	 * covers QUAD edits that publish nothing, which the facts themselves pick up within 5 minutes.
	 */
	private static final Duration PERFORMANCE_MAX_AGE = Duration.ofMinutes(5);

	private final Map<Long, ReadModel<QuadPerformance>> cache = new java.util.concurrent.ConcurrentHashMap<>();

	/** What a kept performance was computed for: the QUAD's generation and the month. */
	private record PerformanceStamp(ReportingChanges.QuadStamp changes, YearMonth asOf) {
	}

	/**
	 * Runs without a transaction of its own: a repeated read is answered from the cache without taking a
	 * database connection; a fresh computation reads the rollups in short statements.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
	public QuadPerformance performance(Actor actor, long quadId) {
		QuadFacts.Fact known = facts.all().stream().filter(f -> f.id() == quadId).findFirst().orElse(null);
		if (known == null || !actor.readsEverything()) {
			// partners are checked against the QUAD itself, never against the short-lived copy of its facts
			reports.quadForReading(actor, quadId);
		}
		YearMonth asOf = YearMonth.now(clock);
		if (cache.size() > 1000) {
			cache.clear();
		}
		return cache.computeIfAbsent(quadId, k -> new ReadModel<>(PERFORMANCE_MAX_AGE))
			.get(new PerformanceStamp(changes.of(quadId), asOf), () -> {
				QuadFacts.Fact fact = known != null ? known : facts.all().stream().filter(f -> f.id() == quadId)
					.findFirst().orElseThrow(() -> DomainProblem.notFound("QUAD", quadId));
				return performance(fact, asOf);
			});
	}

	/** The trajectory shape of a QUAD (programme defaults until someone sets one). */
	public TrajectoryShape shape(long quadId) {
		return shapes().getOrDefault(quadId, defaultShape());
	}

	/** The coordinating authority sets a QUAD's trajectory shape; {@code version} must match the one read. */
	@Transactional
	public TrajectoryShape setShape(Actor actor, long quadId, @Nullable Double steepness,
			@Nullable Double midpointFraction, @Nullable Long version) {
		if (!actor.isAuthority()) {
			throw DomainProblem.forbidden("Only the coordinating authority sets target trajectories.");
		}
		reports.quadForReading(actor, quadId);
		List<DomainProblem.FieldProblem> problems = new ArrayList<>();
		if (steepness == null || !(steepness > 0 && steepness <= 20)) {
			problems.add(new DomainProblem.FieldProblem("steepness", "must be above 0 and at most 20 (per year)"));
		}
		if (midpointFraction == null || !(midpointFraction > 0 && midpointFraction < 1)) {
			problems.add(new DomainProblem.FieldProblem("midpointFraction", "must be between 0 and 1 (exclusive)"));
		}
		if (!problems.isEmpty()) {
			throw DomainProblem.invalid(problems);
		}
		Timestamp now = Timestamp.from(clock.instant());
		changes.changed(quadId);
		int changed;
		if (version == null) {
			changed = jdbc.update("insert into reporting_target_shape (quad_id, steepness, midpoint_fraction, updated_by, "
					+ "updated_at) values (?, ?, ?, ?, ?) on conflict do nothing", quadId, steepness, midpointFraction,
					actor.username(), now);
		}
		else {
			changed = jdbc.update("update reporting_target_shape set steepness = ?, midpoint_fraction = ?, updated_by = ?, "
					+ "updated_at = ?, version = version + 1 where quad_id = ? and version = ?", steepness,
					midpointFraction, actor.username(), now, quadId, version);
		}
		if (changed == 0) {
			throw DomainProblem.staleVersion("Trajectory of QUAD", quadId);
		}
		events.publishEvent(new StateChange("target-trajectory", Long.toString(quadId), version == null ? "create" : "update",
				null, Map.of("steepness", steepness, "midpointFraction", midpointFraction)));
		return shape(quadId);
	}

	Map<Long, TrajectoryShape> shapes() {
		Map<Long, TrajectoryShape> map = new HashMap<>();
		jdbc.query("select quad_id, steepness, midpoint_fraction, version from reporting_target_shape", rs -> {
			map.put(rs.getLong(1), new TrajectoryShape(rs.getDouble(2), rs.getDouble(3), true, rs.getLong(4)));
		});
		return map;
	}

	TrajectoryShape defaultShape() {
		return new TrajectoryShape(settings.steepness(), settings.midpointFraction(), false, null);
	}

	static TargetCurve curve(QuadFacts.Fact fact, TrajectoryShape shape) {
		return new TargetCurve(fact.exportTargetUsd().doubleValue(), fact.targetYears(), shape.steepness(),
				shape.midpointFraction());
	}

	/** Years from establishment to the middle of a month. */
	static double yearsAt(LocalDate establishedOn, YearMonth month) {
		LocalDate middle = month.atDay(1).plusDays(month.lengthOfMonth() / 2);
		return ChronoUnit.DAYS.between(establishedOn, middle) / 365.25;
	}

	/** Expected exports of one calendar year on the trajectory (0 for years before establishment). */
	static double expectedInYear(QuadFacts.Fact fact, TargetCurve curve, int year) {
		if (fact.establishedOn() == null) {
			return 0;
		}
		double sum = 0;
		for (int m = 1; m <= 12; m++) {
			YearMonth month = YearMonth.of(year, m);
			if (!month.isBefore(YearMonth.from(fact.establishedOn()))) {
				sum += curve.monthly(yearsAt(fact.establishedOn(), month));
			}
		}
		return sum;
	}

	/** The light on the twelve months before {@code asOf} (exclusive). */
	static Standing standing(QuadFacts.Fact fact, TargetCurve curve, double actual, YearMonth asOf) {
		double expected = expectedTrailing(fact, curve, asOf);
		return Standing.of(actual, expected);
	}

	static double expectedTrailing(QuadFacts.Fact fact, TargetCurve curve, YearMonth asOf) {
		if (fact.establishedOn() == null) {
			return 0;
		}
		YearMonth first = YearMonth.from(fact.establishedOn());
		double expected = 0;
		for (YearMonth m = asOf.minusMonths(12); m.isBefore(asOf); m = m.plusMonths(1)) {
			if (!m.isBefore(first)) {
				expected += curve.monthly(yearsAt(fact.establishedOn(), m));
			}
		}
		return expected;
	}

	QuadPerformance performance(QuadFacts.Fact fact, YearMonth asOf) {
		TrajectoryShape shape = shape(fact.id());
		TargetCurve curve = curve(fact, shape);
		Map<YearMonth, BigDecimal> actual = store.monthly(fact.id());
		LocalDate established = fact.establishedOn();
		if (established == null || YearMonth.from(established).isAfter(asOf.minusMonths(1))) {
			QuadPerformance.Forecast none = noForecast("Not started: the QUAD is not established yet.", 0);
			return new QuadPerformance(fact.id(), fact.name(), fact.sector(), fact.status(), established,
					fact.exportTargetUsd(), fact.targetYears(), shape, Standing.NOT_STARTED, null, null,
					BigDecimal.ZERO, BigDecimal.ZERO, null, trajectoryOnly(fact, curve, actual), none);
		}
		BigDecimal trailing = BigDecimal.ZERO;
		for (YearMonth m = asOf.minusMonths(12); m.isBefore(asOf); m = m.plusMonths(1)) {
			trailing = trailing.add(actual.getOrDefault(m, BigDecimal.ZERO));
		}
		double expected = expectedTrailing(fact, curve, asOf);
		Standing standing = Standing.of(trailing.doubleValue(), expected);
		Double ratio = expected > 0 ? trailing.doubleValue() / expected : null;
		YearMonth first = YearMonth.from(established);
		List<YearMonth> observed = actual.keySet().stream().filter(m -> !m.isBefore(first)).toList();
		double[] t = new double[observed.size()];
		double[] y = new double[observed.size()];
		for (int i = 0; i < observed.size(); i++) {
			t[i] = yearsAt(established, observed.get(i));
			y[i] = actual.get(observed.get(i)).doubleValue() * 12;
		}
		Optional<LogisticFit.Curve> fit = LogisticFit.fit(t, y);
		QuadPerformance.Forecast forecast = fit.map(c -> forecast(c, fact, observed.size()))
			.orElseGet(() -> noForecast("Not enough accepted months for a forecast (at least 6 with exports).",
					observed.size()));
		List<QuadPerformance.MonthPoint> points = new ArrayList<>();
		for (int i = 0; i < FORECAST_YEARS * 12; i++) {
			YearMonth m = first.plusMonths(i);
			double years = yearsAt(established, m);
			Double f = null;
			Double lo = null;
			Double hi = null;
			if (fit.isPresent()) {
				double value = fit.get().value(years) / 12;
				double band = fit.get().halfBand(years) / 12;
				f = value;
				lo = Math.max(0, value - band);
				hi = value + band;
			}
			points.add(new QuadPerformance.MonthPoint(m.toString(), years, curve.monthly(years), actual.get(m), f, lo,
					hi));
		}
		return new QuadPerformance(fact.id(), fact.name(), fact.sector(), fact.status(), established,
				fact.exportTargetUsd(), fact.targetYears(), shape, standing, asOf.minusMonths(12).toString(),
				asOf.minusMonths(1).toString(), trailing, BigDecimal.valueOf(expected).setScale(2, RoundingMode.HALF_UP),
				ratio, points, forecast);
	}

	private static List<QuadPerformance.MonthPoint> trajectoryOnly(QuadFacts.Fact fact, TargetCurve curve,
			Map<YearMonth, BigDecimal> actual) {
		if (fact.establishedOn() == null) {
			return List.of();
		}
		List<QuadPerformance.MonthPoint> points = new ArrayList<>();
		YearMonth first = YearMonth.from(fact.establishedOn());
		for (int i = 0; i < FORECAST_YEARS * 12; i++) {
			YearMonth m = first.plusMonths(i);
			double years = yearsAt(fact.establishedOn(), m);
			points.add(new QuadPerformance.MonthPoint(m.toString(), years, curve.monthly(years), actual.get(m), null,
					null, null));
		}
		return points;
	}

	/** Exports of year N after establishment on the fitted curve: the mean annualised rate over its twelve months. */
	static double yearOnCurve(LogisticFit.Curve curve, int year, int band) {
		double sum = 0;
		for (int m = 0; m < 12; m++) {
			double t = year - 1 + (m + 0.5) / 12;
			sum += curve.value(t) + band * curve.halfBand(t);
		}
		return sum / 12;
	}

	static QuadPerformance.Forecast forecast(LogisticFit.Curve curve, QuadFacts.Fact fact, int points) {
		double target = fact.exportTargetUsd().doubleValue();
		Integer reaches = null;
		for (int year = 1; year <= FORECAST_YEARS; year++) {
			if (yearOnCurve(curve, year, 0) >= target) {
				reaches = year;
				break;
			}
		}
		String statement = reaches == null ? "does not reach target in " + FORECAST_YEARS + " years"
				: "reaches target at year " + reaches;
		return new QuadPerformance.Forecast(true, statement, reaches, curve.plateau(), curve.rate(), curve.midpoint(),
				curve.residualSd(), points, yearOnCurve(curve, 5, 0), Math.max(0, yearOnCurve(curve, 5, -1)),
				yearOnCurve(curve, 5, 1));
	}

	private static QuadPerformance.Forecast noForecast(String why, int points) {
		return new QuadPerformance.Forecast(false, why, null, null, null, null, null, points, null, null, null);
	}
}
