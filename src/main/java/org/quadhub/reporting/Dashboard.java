package org.quadhub.reporting;

import org.jspecify.annotations.Nullable;
import org.quadhub.reporting.model.Standing;
import org.quadhub.reporting.model.TargetCurve;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.ReadModel;
import org.quadhub.shared.Role;
import org.quadhub.shared.Sector;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the programme dashboard from the rollups kept on acceptance (monthly totals per QUAD, destinations per
 * QUAD and year) and the small section tables: a handful of indexed queries whatever the number of export lines.
 * The built read model is kept in memory until the next change to accepted figures, trajectories or QUADs (or five
 * minutes, then refreshed in the background), and rebuilt by one reader at a time ({@link ReadModel}).
 */
@Service
@Transactional(readOnly = true)
public class Dashboard {

	private static final List<Standing> WORST_FIRST = List.of(Standing.OFF_TRACK, Standing.AT_RISK, Standing.ON_TRACK,
			Standing.NOT_STARTED);

	private final QuadFacts facts;
	private final Targets targets;
	private final ReportingSettings settings;
	private final JdbcTemplate jdbc;
	private final Clock clock;
	private final ReportingChanges changes;
	private final OverdueApprovals overdue;
	/** The built dashboards, one per month and requested year (ADR 0026). */
	private final Map<String, ReadModel<ProgrammeDashboard>> built = new ConcurrentHashMap<>();
	/** The count of revisions awaiting review, kept apart: submissions move it and nothing else. */
	private final ReadModel<Long> awaitingReview = new ReadModel<>(Duration.ofMinutes(1));

	/** Even without a change, rebuild after this long (changes made by another instance, the month turning). */
	private static final Duration REBUILD_AFTER = Duration.ofMinutes(5);

	Dashboard(QuadFacts facts, Targets targets, ReportingSettings settings, JdbcTemplate jdbc, Clock clock,
			ReportingChanges changes, OverdueApprovals overdue) {
		this.changes = changes;
		this.overdue = overdue;
		this.facts = facts;
		this.targets = targets;
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A number that moves whenever accepted figures, a trajectory or a QUAD change in this instance: read models
	 * built from the dashboard's figures (the public portal's) are current while it stays the same.
	 */
	public long version() {
		return changes.generation();
	}

	/** The coordinating authority and the joint committee see the dashboard. */
	public static boolean mayView(Actor actor) {
		return actor.isAuthority() || actor.has(Role.COMMITTEE);
	}

	/** No transaction of its own: a cached dashboard is served without taking a database connection. */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
	public ProgrammeDashboard programme(Actor actor, @Nullable Integer year) {
		if (!mayView(actor)) {
			throw DomainProblem.forbidden("The programme dashboard is for the coordinating authority and the joint committee.");
		}
		YearMonth asOf = YearMonth.now(clock);
		if (built.size() > 64) {
			built.clear();
		}
		ProgrammeDashboard board = built.computeIfAbsent(asOf + "/" + year, k -> new ReadModel<>(REBUILD_AFTER))
			.get(changes.generation(), () -> build(asOf, year));
		long waiting = awaitingReview.get(changes.submissions(), this::countAwaitingReview);
		return board.withAwaitingReview(waiting).withApprovalsOverdue(overdue.now());
	}

	private long countAwaitingReview() {
		Long waiting = jdbc.queryForObject("select count(*) from report where status = 'SUBMITTED'", Long.class);
		return waiting == null ? 0 : waiting;
	}

	/** The dashboard as it stood at the end of the month before {@code asOf} (the quarterly report uses this). */
	ProgrammeDashboard build(YearMonth asOf, @Nullable Integer requestedYear) {
		List<QuadFacts.Fact> established = facts.established();
		Map<Long, TrajectoryShape> shapes = targets.shapes();
		Map<Long, Map<Integer, BigDecimal>> byQuadYear = new HashMap<>();
		LocalDate end = asOf.atDay(1);
		jdbc.query("select quad_id, extract(year from month)::int, sum(exports_usd) from reporting_month "
				+ "where month < ? group by 1, 2", rs -> {
					byQuadYear.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getInt(2), rs.getBigDecimal(3));
				}, end);
		Map<Long, BigDecimal> trailing = new HashMap<>();
		jdbc.query("select quad_id, sum(exports_usd) from reporting_month where month >= ? and month < ? group by 1",
				rs -> {
					trailing.put(rs.getLong(1), rs.getBigDecimal(2));
				}, asOf.minusMonths(12).atDay(1), end);
		int firstYear = established.stream().map(f -> f.establishedOn().getYear()).min(Integer::compare)
			.orElse(asOf.getYear());
		int targetYear = firstYear + settings.programmeYears() - 1;
		int lastYear = Math.max(targetYear, asOf.getYear());
		int year = requestedYear != null ? requestedYear : asOf.minusMonths(1).getYear();

		List<ProgrammeDashboard.QuadStanding> standings = new ArrayList<>();
		Map<Standing, Long> lights = new EnumMap<>(Standing.class);
		for (Standing s : Standing.values()) {
			lights.put(s, 0L);
		}
		Map<Integer, BigDecimal> programmeActual = new TreeMap<>();
		Map<Integer, Double> programmeTrajectory = new TreeMap<>();
		Map<Sector, BigDecimal> bySector = new EnumMap<>(Sector.class);
		for (QuadFacts.Fact fact : established) {
			TargetCurve curve = Targets.curve(fact, shapes.getOrDefault(fact.id(), targets.defaultShape()));
			BigDecimal actual = trailing.getOrDefault(fact.id(), BigDecimal.ZERO);
			double expected = Targets.expectedTrailing(fact, curve, asOf);
			Standing standing = Standing.of(actual.doubleValue(), expected);
			lights.merge(standing, 1L, Long::sum);
			Map<Integer, BigDecimal> years = byQuadYear.getOrDefault(fact.id(), Map.of());
			List<ProgrammeDashboard.YearValue> values = new ArrayList<>();
			for (int y = fact.establishedOn().getYear(); y <= lastYear; y++) {
				double e = Targets.expectedInYear(fact, curve, y);
				BigDecimal a = years.getOrDefault(y, BigDecimal.ZERO);
				values.add(new ProgrammeDashboard.YearValue(y, a, e));
				programmeActual.merge(y, a, BigDecimal::add);
				programmeTrajectory.merge(y, e, Double::sum);
			}
			bySector.merge(fact.sector(), years.getOrDefault(year, BigDecimal.ZERO), BigDecimal::add);
			standings.add(new ProgrammeDashboard.QuadStanding(fact.id(), fact.name(), fact.sector(), fact.status(),
					standing, expected > 0 ? actual.doubleValue() / expected : null, actual, expected, values));
		}
		standings.sort(Comparator.comparing((ProgrammeDashboard.QuadStanding q) -> WORST_FIRST.indexOf(q.standing()))
			.thenComparing(ProgrammeDashboard.QuadStanding::name));
		List<ProgrammeDashboard.YearTotal> programme = new ArrayList<>();
		for (int y = firstYear; y <= lastYear; y++) {
			programme.add(new ProgrammeDashboard.YearTotal(y, y - firstYear + 1,
					programmeActual.getOrDefault(y, BigDecimal.ZERO), programmeTrajectory.getOrDefault(y, 0.0)));
		}

		List<ProgrammeDashboard.Amount> destinations = new ArrayList<>();
		Map<String, BigDecimal> regions = new LinkedHashMap<>();
		jdbc.query("select destination, sum(exports_usd) from reporting_destination_year where year = ? "
				+ "group by 1 order by 2 desc, 1", rs -> {
					String country = rs.getString(1);
					BigDecimal usd = rs.getBigDecimal(2);
					if (destinations.size() < 10) {
						destinations.add(new ProgrammeDashboard.Amount(country, usd));
					}
					regions.merge(Regions.of(country), usd, BigDecimal::add);
				}, year);
		List<ProgrammeDashboard.Amount> regionList = regions.entrySet().stream()
			.sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed())
			.map(e -> new ProgrammeDashboard.Amount(e.getKey(), e.getValue())).toList();

		List<ProgrammeDashboard.Jobs> jobs = new ArrayList<>();
		Map<JobCategory, long[]> jobTotals = new EnumMap<>(JobCategory.class);
		jdbc.query("select m.category, sum(m.jobs), sum(m.women) from (select distinct on (e.quad_id) r.id "
				+ "from reporting_effective e join report r on r.id = e.report_id where r.period_start < ? and exists "
				+ "(select 1 from report_employment x where x.report_id = r.id) order by e.quad_id, r.period_start desc) "
				+ "latest join report_employment m on m.report_id = latest.id group by m.category", rs -> {
					jobTotals.put(JobCategory.valueOf(rs.getString(1)), new long[] { rs.getLong(2), rs.getLong(3) });
				}, end);
		for (JobCategory c : JobCategory.values()) {
			long[] t = jobTotals.getOrDefault(c, new long[2]);
			jobs.add(new ProgrammeDashboard.Jobs(c, t[0], t[1]));
		}
		ProgrammeDashboard.Outputs outputs = jdbc.queryForObject("select "
				+ "(select count(*) from report_patent p join reporting_effective e on e.report_id = p.report_id where p.stage = 'FILED'), "
				+ "(select count(*) from report_patent p join reporting_effective e on e.report_id = p.report_id where p.stage = 'GRANTED'), "
				+ "coalesce(sum(r.publications), 0), coalesce(sum(r.prototypes), 0), "
				+ "(select coalesce(sum(t.people_trained), 0) from report_training t join reporting_effective e on e.report_id = t.report_id), "
				+ "(select coalesce(sum(t.women), 0) from report_training t join reporting_effective e on e.report_id = t.report_id), "
				+ "coalesce(sum(r.curricula_updated), 0) "
				+ "from reporting_effective e join report r on r.id = e.report_id",
				(rs, n) -> new ProgrammeDashboard.Outputs(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
						rs.getLong(5), rs.getLong(6), rs.getLong(7)));
		return new ProgrammeDashboard(asOf.toString(), year, standings, lights, programme,
				settings.programmeTargetUsd(), targetYear, bySector, destinations, regionList, jobs, outputs,
				countAwaitingReview(), ApprovalsOverdue.NONE);
	}
}
