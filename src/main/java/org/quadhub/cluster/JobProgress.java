package org.quadhub.cluster;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Progress of background jobs in PostgreSQL, so that a job started through one instance can be followed through
 * any other (the proxy sends each request where it likes). The instance running the job writes its counter every
 * few hundred milliseconds and its outcome at the end; readers only read. Finished jobs are kept a day.
 */
@Service
public class JobProgress {

	private static final Duration KEEP = Duration.ofDays(1);

	private static final RowMapper<JobState> ROW = (rs, n) -> {
		long total = rs.getLong("total");
		Long totalOrNull = rs.wasNull() ? null : total;
		Timestamp finished = rs.getTimestamp("finished_at");
		return new JobState(rs.getString("id"), rs.getString("kind"), rs.getString("owner"), rs.getString("label"),
				rs.getLong("done"), totalOrNull, JobState.Status.valueOf(rs.getString("state")), rs.getString("outcome"),
				rs.getString("instance"), rs.getTimestamp("started_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), finished == null ? null : finished.toInstant());
	};

	private final JdbcTemplate jdbc;
	private final InstanceName instance;
	private final Clock clock = Clock.systemUTC();

	JobProgress(JdbcTemplate jdbc, InstanceName instance) {
		this.jdbc = jdbc;
		this.instance = instance;
	}

	/** Records a new running job with the given id (a UUID the caller made). */
	public void start(String id, String kind, String owner, String label, @Nullable Long total) {
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.update("delete from job_progress where finished_at < ?", Timestamp.from(clock.instant().minus(KEEP)));
		jdbc.update("""
				insert into job_progress (id, kind, owner, label, done, total, state, instance, started_at, updated_at)
				values (?, ?, ?, ?, 0, ?, 'RUNNING', ?, ?, ?)
				""", id, kind, owner, truncate(label, 300), total, instance.name(), now, now);
	}

	/** The running job has done {@code done} units. */
	public void progress(String id, long done) {
		jdbc.update("update job_progress set done = ?, updated_at = ? where id = ? and state = 'RUNNING'", done,
				Timestamp.from(clock.instant()), id);
	}

	/** The job ended; {@code outcome} is what its module needs to show the result (JSON, or null). */
	public void finish(String id, boolean succeeded, long done, @Nullable String outcome) {
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.update("""
				update job_progress set done = ?, state = ?, outcome = ?, updated_at = ?, finished_at = ?
				where id = ? and state = 'RUNNING'
				""", done, succeeded ? "SUCCEEDED" : "FAILED", outcome, now, now, id);
	}

	/**
	 * The job succeeded with a file: the file is stored first, then the job marked finished, so a reader that sees
	 * it finished finds its file.
	 */
	public void finish(String id, long done, @Nullable String outcome, JobFile file) {
		jdbc.update("insert into job_file (job_id, file_name, content_type, content) values (?, ?, ?, ?)", id,
				truncate(file.name(), 200), file.contentType(), file.content());
		finish(id, true, done, outcome);
	}

	/** The file of a finished job, from whichever instance ran it. */
	public Optional<JobFile> file(String id) {
		return jdbc.query("select file_name, content_type, content from job_file where job_id = ?",
				(rs, n) -> new JobFile(rs.getString(1), rs.getString(2), rs.getBytes(3)), id).stream().findFirst();
	}

	public Optional<JobState> find(String id) {
		return jdbc.query("select * from job_progress where id = ?", ROW, id).stream().findFirst();
	}

	/** The job if it is of this kind and {@code owner} started it: what a module shows the user who asks. */
	public Optional<JobState> find(String id, String kind, String owner) {
		return find(id).filter(state -> state.kind().equals(kind) && state.owner().equals(owner));
	}

	/** Jobs this instance left running when it stopped cannot finish: mark them failed (called at start-up). */
	public int abandon(String instanceName) {
		Timestamp now = Timestamp.from(clock.instant());
		return jdbc.update("""
				update job_progress set state = 'FAILED', updated_at = ?, finished_at = ?
				where instance = ? and state = 'RUNNING'
				""", now, now, instanceName);
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}
}
