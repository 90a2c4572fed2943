package org.quadhub.matching;

import org.springframework.context.ApplicationEventPublisher;
import org.quadhub.shared.StateChange;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The matching tables (V8), through plain SQL: small rows, and runs as JSON documents. */
@Repository
class MatchingStore {

	record ProfileRow(long organisationId, @Nullable Integer capacity, @Nullable Exclusion exclusion,
			@Nullable String exclusionNote, long version) {
	}

	record PairRow(long a, long b, @Nullable String note) {
	}

	record RunRow(long id, RunStatus status, String request, String weights, int timeLimitSeconds,
			@Nullable String bestScore, boolean feasible, @Nullable String result, @Nullable String scoreHistory,
			@Nullable String failure, String createdBy, Instant createdAt, @Nullable Instant finishedAt,
			long elapsedMillis, @Nullable String acceptedBy, @Nullable Instant acceptedAt,
			@Nullable String acceptedQuads, long version) {
	}

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	MatchingStore(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	List<ProfileRow> profiles() {
		return jdbc.sql("select organisation_id, capacity, exclusion, exclusion_note, version from matching_profile")
			.query(MatchingStore::profile).list();
	}

	Optional<ProfileRow> profile(long organisationId) {
		return jdbc.sql("select organisation_id, capacity, exclusion, exclusion_note, version from matching_profile "
				+ "where organisation_id = ?").param(organisationId).query(MatchingStore::profile).optional();
	}

	/** Insert (expected version null) or update at the expected version; false when someone else changed it first. */
	boolean saveProfile(long organisationId, @Nullable Integer capacity, @Nullable Exclusion exclusion,
			@Nullable String note, @Nullable Long expectedVersion, String by, Instant at) {
		if (expectedVersion == null) {
			return jdbc.sql("insert into matching_profile (organisation_id, capacity, exclusion, exclusion_note, "
					+ "updated_at, updated_by) values (?, ?, ?, ?, ?, ?) on conflict (organisation_id) do nothing")
				.params(organisationId, capacity, exclusion == null ? null : exclusion.name(), note,
						Timestamp.from(at), by)
				.update() == 1;
		}
		return jdbc.sql("update matching_profile set capacity = ?, exclusion = ?, exclusion_note = ?, updated_at = ?, "
				+ "updated_by = ?, version = version + 1 where organisation_id = ? and version = ?")
			.params(capacity, exclusion == null ? null : exclusion.name(), note, Timestamp.from(at), by,
					organisationId, expectedVersion)
			.update() == 1;
	}

	List<PairRow> incompatiblePairs() {
		return jdbc.sql("select organisation_a, organisation_b, reason from matching_incompatible_pair "
				+ "order by organisation_a, organisation_b").query(MatchingStore::pair).list();
	}

	List<PairRow> collaborations() {
		return jdbc.sql("select organisation_a, organisation_b, note from matching_collaboration "
				+ "order by organisation_a, organisation_b").query(MatchingStore::pair).list();
	}

	boolean addPair(String table, long a, long b, @Nullable String note, String by, Instant at) {
		String noteColumn = table.equals("matching_collaboration") ? "note" : "reason";
		return jdbc.sql("insert into " + table + " (organisation_a, organisation_b, " + noteColumn
				+ ", created_at, created_by) values (?, ?, ?, ?, ?) on conflict do nothing")
			.params(Math.min(a, b), Math.max(a, b), note, Timestamp.from(at), by)
			.update() == 1;
	}

	boolean removePair(String table, long a, long b) {
		return jdbc.sql("delete from " + table + " where organisation_a = ? and organisation_b = ?")
			.params(Math.min(a, b), Math.max(a, b)).update() == 1;
	}

	List<Place> places() {
		return jdbc.sql("select name, province, latitude, longitude from matching_place order by name")
			.query((rs, n) -> new Place(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4))).list();
	}

	void savePlace(Place place) {
		jdbc.sql("insert into matching_place (name_key, name, province, latitude, longitude) values (?, ?, ?, ?, ?) "
				+ "on conflict (name_key) do update set name = excluded.name, province = excluded.province, "
				+ "latitude = excluded.latitude, longitude = excluded.longitude")
			.params(Place.key(place.name()), place.name().trim(), place.province(), place.latitude(), place.longitude())
			.update();
	}

	long insertRun(String request, String weights, int timeLimitSeconds, String createdBy, Instant at) {
		long id = jdbc.sql("insert into matching_run (status, request, weights, time_limit_seconds, created_by, created_at) "
				+ "values ('SOLVING', ?, ?, ?, ?, ?) returning id")
			.params(request, weights, timeLimitSeconds, createdBy, Timestamp.from(at))
			.query(Long.class).single();
		events.publishEvent(new StateChange("matching-run", Long.toString(id), "create", null,
				Map.of("timeLimitSeconds", timeLimitSeconds, "weights", weights)));
		return id;
	}

	/** Progress while solving: only a run still SOLVING is updated (a stop or failure is never overwritten). */
	void progress(long id, String bestScore, boolean feasible, String result, String history, long elapsedMillis) {
		jdbc.sql("update matching_run set best_score = ?, feasible = ?, result = ?, score_history = ?, "
				+ "elapsed_millis = ?, version = version + 1 where id = ? and status = 'SOLVING'")
			.params(bestScore, feasible, result, history, elapsedMillis, id).update();
	}

	void finish(long id, RunStatus status, @Nullable String bestScore, boolean feasible, @Nullable String result,
			@Nullable String history, long elapsedMillis, @Nullable String failure, Instant at) {
		jdbc.sql("update matching_run set status = ?, best_score = coalesce(?, best_score), feasible = ?, "
				+ "result = coalesce(?, result), score_history = coalesce(?, score_history), elapsed_millis = ?, "
				+ "failure = ?, finished_at = ?, version = version + 1 where id = ? and status = 'SOLVING'")
			.params(status.name(), bestScore, feasible, result, history, elapsedMillis, failure, Timestamp.from(at), id)
			.update();
	}

	boolean markAccepted(long id, long expectedVersion, String by, Instant at, String quadIds) {
		boolean accepted = jdbc.sql("update matching_run set status = 'ACCEPTED', accepted_by = ?, accepted_at = ?, "
				+ "accepted_quads = ?, version = version + 1 where id = ? and version = ? "
				+ "and status in ('FINISHED', 'STOPPED')")
			.params(by, Timestamp.from(at), quadIds, id, expectedVersion).update() == 1;
		if (accepted) {
			events.publishEvent(new StateChange("matching-run", Long.toString(id), "transition",
					Map.of("status", "FINISHED or STOPPED"), Map.of("status", "ACCEPTED", "quads", quadIds)));
		}
		return accepted;
	}

	int failInterrupted(Instant at) {
		return jdbc.sql("update matching_run set status = 'FAILED', failure = ?, finished_at = ?, version = version + 1 "
				+ "where status = 'SOLVING'")
			.params("Interrupted: the application stopped while this run was solving; start it again.",
					Timestamp.from(at))
			.update();
	}

	Optional<RunRow> run(long id) {
		return jdbc.sql("select * from matching_run where id = ?").param(id).query(MatchingStore::run).optional();
	}

	List<RunRow> recentRuns(int limit) {
		return jdbc.sql("select * from matching_run order by created_at desc, id desc limit ?").param(limit)
			.query(MatchingStore::run).list();
	}

	private static ProfileRow profile(ResultSet rs, int n) throws SQLException {
		int capacity = rs.getInt(2);
		Integer cap = rs.wasNull() ? null : capacity;
		String exclusion = rs.getString(3);
		return new ProfileRow(rs.getLong(1), cap, exclusion == null ? null : Exclusion.valueOf(exclusion),
				rs.getString(4), rs.getLong(5));
	}

	private static PairRow pair(ResultSet rs, int n) throws SQLException {
		return new PairRow(rs.getLong(1), rs.getLong(2), rs.getString(3));
	}

	private static RunRow run(ResultSet rs, int n) throws SQLException {
		return new RunRow(rs.getLong("id"), RunStatus.valueOf(rs.getString("status")), rs.getString("request"),
				rs.getString("weights"), rs.getInt("time_limit_seconds"), rs.getString("best_score"),
				rs.getBoolean("feasible"), rs.getString("result"), rs.getString("score_history"),
				rs.getString("failure"), rs.getString("created_by"), java.util.Objects.requireNonNull(instant(rs, "created_at")),
				instant(rs, "finished_at"), rs.getLong("elapsed_millis"), rs.getString("accepted_by"),
				instant(rs, "accepted_at"), rs.getString("accepted_quads"), rs.getLong("version"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
