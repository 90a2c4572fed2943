package org.quadhub.projection;

import java.util.Map;

import org.quadhub.shared.StateChange;
import org.springframework.context.ApplicationEventPublisher;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stored runs (table projection_run): the scenario as run, its status and its result JSON. */
@Repository
class ProjectionRuns {

	private static final String SUMMARY = "select id, name, status, trials, seed, horizon_years, quad_count, "
			+ "from_programme, headline_year, headline_usd, headline_probability, error, created_by, created_at, "
			+ "started_at, finished_at from projection_run ";

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	ProjectionRuns(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	long insert(String name, String scenario, int trials, long seed, int horizon, int quads, boolean fromProgramme,
			String createdBy, Instant createdAt) {
		long id = jdbc.sql("insert into projection_run (name, status, scenario, trials, seed, horizon_years, quad_count, "
				+ "from_programme, created_by, created_at) values (?, 'QUEUED', ?, ?, ?, ?, ?, ?, ?, ?) returning id")
			.params(name, scenario, trials, seed, horizon, quads, fromProgramme, createdBy, Timestamp.from(createdAt))
			.query(Long.class).single();
		events.publishEvent(new StateChange("projection-run", Long.toString(id), "create", null,
				Map.of("name", name, "trials", trials, "seed", seed, "horizonYears", horizon, "fromProgramme",
						fromProgramme)));
		return id;
	}

	void started(long id, Instant at) {
		jdbc.sql("update projection_run set status = 'RUNNING', started_at = ? where id = ?")
			.params(Timestamp.from(at), id).update();
	}

	void completed(long id, String result, @Nullable Integer headlineYear, @Nullable Double headlineUsd,
			@Nullable Double headlineProbability, Instant at) {
		jdbc.sql("update projection_run set status = 'COMPLETED', result = ?, headline_year = ?, headline_usd = ?, "
				+ "headline_probability = ?, finished_at = ? where id = ?")
			.params(result, headlineYear, headlineUsd, headlineProbability, Timestamp.from(at), id).update();
	}

	void failed(long id, String error, Instant at) {
		jdbc.sql("update projection_run set status = 'FAILED', error = ?, finished_at = ? where id = ?")
			.params(error.length() > 2000 ? error.substring(0, 2000) : error, Timestamp.from(at), id).update();
	}

	/** Runs cut off by a restart can never finish: say so instead of leaving them running forever. */
	int failUnfinished(Instant at) {
		return jdbc.sql("update projection_run set status = 'FAILED', error = 'interrupted by a restart of QuadHub', "
				+ "finished_at = ? where status in ('QUEUED', 'RUNNING')").params(Timestamp.from(at)).update();
	}

	Optional<RunSummary> summary(long id, double progress) {
		return jdbc.sql(SUMMARY + "where id = ?").param(id).query((rs, n) -> summary(rs, progress)).optional();
	}

	List<RunSummary> latest(int limit) {
		return jdbc.sql(SUMMARY + "order by created_at desc, id desc limit ?").param(limit)
			.query((rs, n) -> summary(rs, -1)).list();
	}

	Optional<String> scenario(long id) {
		return jdbc.sql("select scenario from projection_run where id = ?").param(id).query(String.class).optional();
	}

	Optional<String> result(long id) {
		return jdbc.sql("select result from projection_run where id = ? and result is not null").param(id)
			.query(String.class).optional();
	}

	private static RunSummary summary(ResultSet rs, double progress) throws SQLException {
		RunStatus status = RunStatus.valueOf(rs.getString("status"));
		double shown = status == RunStatus.COMPLETED ? 1 : progress < 0 ? 0 : progress;
		return new RunSummary(rs.getLong("id"), rs.getString("name"), status, shown, rs.getInt("trials"),
				rs.getLong("seed"), rs.getInt("horizon_years"), rs.getInt("quad_count"),
				rs.getBoolean("from_programme"), rs.getObject("headline_year", Integer.class),
				rs.getObject("headline_usd", Double.class), rs.getObject("headline_probability", Double.class),
				rs.getString("error"), rs.getString("created_by"), instant(rs, "created_at"),
				instant(rs, "started_at"), instant(rs, "finished_at"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
