package org.quadhub.cluster;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Makes a scheduled job run once per tick however many instances fire it. Each instance's scheduler fires the job;
 * the job first claims its tick (the cron fire time, or the start of the interval for fixed-delay jobs) by inserting
 * a row keyed by job and tick into {@code scheduled_run}; the one insert that succeeds runs the job, the others skip.
 * The tick comes from the scheduler's own clock (the system clock), not the application clock, which tests fix.
 */
@Service
public class ScheduledRuns {

	/** A scheduler may fire a little early and clocks of two servers differ a little: this much is the same tick. */
	static final Duration TOLERANCE = Duration.ofSeconds(1);
	private static final Duration KEEP = Duration.ofDays(30);
	private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);

	private final JdbcTemplate jdbc;
	private final Environment environment;
	private final InstanceName instance;
	private final Clock clock;

	@Autowired
	ScheduledRuns(JdbcTemplate jdbc, Environment environment, InstanceName instance) {
		this(jdbc, environment, instance, Clock.systemUTC());
	}

	ScheduledRuns(JdbcTemplate jdbc, Environment environment, InstanceName instance, Clock clock) {
		this.jdbc = jdbc;
		this.environment = environment;
		this.instance = instance;
		this.clock = clock;
	}

	/** One run of a recorded tick. */
	public record Run(String job, Instant tick, String instance, Instant claimedAt) {
	}

	/**
	 * Claims the current tick of a cron job; {@code cron} is the same text as the job's {@code @Scheduled(cron)},
	 * placeholders included. True: this instance runs the job now; false: another instance has this tick.
	 */
	public boolean claimCron(String job, String cron, ZoneId zone) {
		CronExpression expression = CronExpression.parse(environment.resolveRequiredPlaceholders(cron));
		Instant now = clock.instant();
		Instant tick = cronTick(expression, zone, now);
		return claim(job, tick == null ? now : tick);
	}

	/**
	 * Claims the current interval of a fixed-delay job; {@code interval} is the same text as the job's
	 * {@code fixedDelayString} (an ISO-8601 duration, placeholders included).
	 */
	public boolean claimEvery(String job, String interval) {
		Duration every = Duration.parse(environment.resolveRequiredPlaceholders(interval));
		return claim(job, intervalTick(every, clock.instant()));
	}

	/**
	 * The fire time of {@code cron} that {@code now} belongs to: the last one at or before now, or the next one when
	 * that is at most {@link #TOLERANCE} (and a tenth of the period) away, i.e. the scheduler fired a little early
	 * or this server's clock is a little behind the others'.
	 */
	static @Nullable Instant cronTick(CronExpression cron, ZoneId zone, Instant now) {
		ZonedDateTime at = now.atZone(zone);
		Duration window = Duration.ofMinutes(1);
		ZonedDateTime candidate = null;
		while (window.compareTo(Duration.ofDays(800)) < 0) {
			ZonedDateTime next = cron.next(at.minus(window));
			if (next != null && !next.isAfter(at)) {
				candidate = next;
				break;
			}
			window = window.multipliedBy(2);
		}
		if (candidate == null) {
			ZonedDateTime next = cron.next(at);
			return next != null && Duration.between(at, next).compareTo(TOLERANCE) <= 0 ? next.toInstant() : null;
		}
		ZonedDateTime next = cron.next(candidate);
		for (; next != null && !next.isAfter(at); next = cron.next(next)) {
			candidate = next;
		}
		if (next != null) {
			Duration period = Duration.between(candidate, next);
			if (Duration.between(at, next).compareTo(min(TOLERANCE, period.dividedBy(10))) <= 0) {
				return next.toInstant();
			}
		}
		return candidate.toInstant();
	}

	/** The start of the interval (counted from the epoch) that {@code now} falls in, with the same tolerance. */
	static Instant intervalTick(Duration every, Instant now) {
		long millis = Math.max(1, every.toMillis());
		long at = now.plus(min(TOLERANCE, every.dividedBy(10))).toEpochMilli();
		return Instant.ofEpochMilli(Math.floorDiv(at, millis) * millis);
	}

	private static Duration min(Duration a, Duration b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

	/** Claims {@code tick} of {@code job} for this instance; true when no instance had it. */
	public boolean claim(String job, Instant tick) {
		Instant now = clock.instant();
		int inserted = jdbc.update("""
				insert into scheduled_run (job, tick, instance, claimed_at) values (?, ?, ?, ?)
				on conflict (job, tick) do nothing
				""", job, Timestamp.from(tick), instance.name(), Timestamp.from(now));
		if (inserted == 1) {
			log.debug("Scheduled job {} tick {}: runs on {}", job, tick, instance.name());
			jdbc.update("delete from scheduled_run where job = ? and tick < ?", job, Timestamp.from(now.minus(KEEP)));
			return true;
		}
		log.debug("Scheduled job {} tick {}: skipped on {}, another instance runs it", job, tick, instance.name());
		return false;
	}

	/** The latest runs of {@code job}, newest first (operations and tests). */
	public List<Run> runs(String job, int limit) {
		return jdbc.query("select job, tick, instance, claimed_at from scheduled_run where job = ? order by tick desc limit ?",
				(rs, n) -> new Run(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
						rs.getTimestamp(4).toInstant()),
				job, Math.max(0, limit));
	}
}
