package org.quadhub.audit;

import org.quadhub.cluster.ScheduledRuns;
import org.quadhub.shared.AuditHead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Publishes the head of the chain once a day (just after midnight in the programme zone, and at start-up when
 * today's is missing) and serves the published heads to the public portal. With several instances, a
 * transaction-scoped advisory lock lets one publish; the day's row is insert-only (ADR 0015).
 */
@Component
class AuditHeads implements AuditHead {

	/** Advisory lock key of the head publication. */
	static final long LOCK_KEY = 0x51_48_41_55_44_48_45_44L;

	/** The daily publication; with several instances each tick runs on one of them (ADR 0023). */
	static final String CRON = "${quadhub.audit.head-cron:30 0 0 * * *}";

	private static final Logger log = LoggerFactory.getLogger(AuditHeads.class);

	private final JdbcTemplate jdbc;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final ZoneId zone;
	private final ScheduledRuns runs;

	AuditHeads(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, ScheduledRuns runs) {
		this.runs = runs;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.zone = ZoneId.of("Asia/Karachi");
	}

	@Override
	public List<Published> published(int limit) {
		return jdbc.query("select day, last_entry_id, entries, hash from audit_head order by day desc limit ?",
				(rs, n) -> new Published(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getLong(3), rs.getString(4)),
				Math.max(0, limit));
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStartup() {
		tick();
	}

	@Scheduled(cron = CRON, zone = "Asia/Karachi")
	void scheduled() {
		try {
			if (!runs.claimCron("audit-head", CRON, zone)) {
				return;
			}
		}
		catch (RuntimeException e) {
			log.warn("Could not claim the audit head tick; the next start or day retries", e);
			return;
		}
		tick();
	}

	void tick() {
		try {
			publish().ifPresent(head -> log.info("Published the audit head for {}: entry {} ({} entries), {}",
					head.day(), head.lastEntryId(), head.entries(), head.hash()));
		}
		catch (RuntimeException e) {
			log.warn("Publishing the audit head failed; the next start or day retries", e);
		}
	}

	/** Publishes today's head unless it exists (or another instance is publishing); returns what it published. */
	Optional<Published> publish() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
		Published published = transaction.execute(status -> {
			Boolean locked = jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK_KEY);
			if (!Boolean.TRUE.equals(locked)) {
				return null;
			}
			Integer exists = jdbc.queryForObject("select count(*) from audit_head where day = ?", Integer.class,
					Date.valueOf(today));
			if (exists != null && exists > 0) {
				return null;
			}
			// the chain lock keeps a concurrent append from slipping between the two reads
			jdbc.query("select pg_advisory_xact_lock(?)", rs -> null, AuditWriter.LOCK_KEY);
			Published head = jdbc.query(
					"select id, hash, (select count(*) from audit_entry) from audit_entry order by id desc limit 1",
					rs -> rs.next() ? new Published(today, rs.getLong(1), rs.getLong(3), rs.getString(2))
							: new Published(today, 0, 0, Canonical.GENESIS));
			jdbc.update("insert into audit_head (day, last_entry_id, entries, hash, published_at) values (?, ?, ?, ?, ?)",
					Date.valueOf(today), head.lastEntryId(), head.entries(), head.hash(),
					Timestamp.from(clock.instant()));
			return head;
		});
		return Optional.ofNullable(published);
	}
}
