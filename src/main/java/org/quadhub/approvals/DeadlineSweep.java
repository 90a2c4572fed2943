package org.quadhub.approvals;

import org.quadhub.cluster.ScheduledRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Finds steps whose deadline has passed and applies their lapse rule (deemed approval or escalation). Runs shortly
 * after start-up and then every {@code quadhub.approvals.sweep-interval} (default one minute). With several
 * instances on one database, a PostgreSQL transaction-scoped advisory lock lets one sweep run at a time; the others
 * skip that tick, and the case row locks make every action happen once (ADR 0006).
 */
@Component
public class DeadlineSweep {

	/** Advisory lock key: any fixed bigint shared by all instances; this one spells approvals' sweep. */
	static final long LOCK_KEY = 0x51_4A_48_41_50_50_53_57L;

	/** The sweep interval; with several instances each interval sweeps on one of them (ADR 0023). */
	static final String INTERVAL = "${quadhub.approvals.sweep-interval:PT1M}";

	private static final Logger log = LoggerFactory.getLogger(DeadlineSweep.class);

	private final CaseRepository cases;
	private final CaseWork work;
	private final JdbcTemplate jdbc;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final ScheduledRuns runs;

	DeadlineSweep(CaseRepository cases, CaseWork work, JdbcTemplate jdbc, PlatformTransactionManager transactions,
			Clock clock, ScheduledRuns runs) {
		this.runs = runs;
		this.cases = cases;
		this.work = work;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${quadhub.approvals.sweep-initial-delay:PT15S}",
			fixedDelayString = INTERVAL)
	void tick() {
		try {
			if (!runs.claimEvery("approvals-sweep", INTERVAL)) {
				return;
			}
			SweepReport report = sweep();
			if (report.deemedApproved() + report.escalated() > 0) {
				log.info("Deadline sweep: {} deemed approved, {} escalated", report.deemedApproved(), report.escalated());
			}
		}
		catch (RuntimeException e) {
			log.warn("Deadline sweep failed; the next tick retries", e);
		}
	}

	/** One sweep at the application clock's instant. */
	public SweepReport sweep() {
		return sweep(clock);
	}

	/** One sweep as if it ran at {@code at}'s instant (tests, demo replays). */
	public SweepReport sweep(Clock at) {
		SweepReport report = transaction.execute(status -> {
			Boolean locked = jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK_KEY);
			if (!Boolean.TRUE.equals(locked)) {
				return SweepReport.SKIPPED;
			}
			Instant now = at.instant();
			List<Long> lapsed = cases.withLapsedSteps(LocalDate.ofInstant(now, at.getZone()));
			SweepReport total = SweepReport.NOTHING;
			for (long caseId : lapsed) {
				total = total.plus(work.lapse(caseId, now, at.getZone()));
			}
			return total;
		});
		return report == null ? SweepReport.SKIPPED : report;
	}
}
