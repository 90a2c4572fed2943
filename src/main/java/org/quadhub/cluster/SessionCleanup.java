package org.quadhub.cluster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired UI sessions once per tick across instances. Spring Session's own clean-up task runs on every
 * instance (harmless but wasted work), so it is switched off ({@code spring.session.jdbc.cleanup-cron=-}) and this
 * job runs it under a tick claim instead. Also marks the jobs this instance left running at its last stop as failed.
 */
@Component
class SessionCleanup {

	static final String CRON = "${quadhub.session.cleanup-cron:0 * * * * *}";
	private static final Logger log = LoggerFactory.getLogger(SessionCleanup.class);

	private final JdbcIndexedSessionRepository sessions;
	private final ScheduledRuns runs;
	private final JobProgress progress;
	private final InstanceName instance;

	SessionCleanup(JdbcIndexedSessionRepository sessions, ScheduledRuns runs, JobProgress progress,
			InstanceName instance) {
		this.sessions = sessions;
		this.runs = runs;
		this.progress = progress;
		this.instance = instance;
	}

	@Scheduled(cron = CRON)
	void tick() {
		try {
			if (runs.claimCron("session-cleanup", CRON, java.time.ZoneId.systemDefault())) {
				sessions.cleanUpExpiredSessions();
			}
		}
		catch (RuntimeException e) {
			log.warn("Cleaning up expired sessions failed; the next tick retries", e);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void abandonOwnJobs() {
		if (instance.configured()) {
			int abandoned = progress.abandon(instance.name());
			if (abandoned > 0) {
				log.warn("{} background jobs were running on {} when it last stopped: marked failed", abandoned,
						instance.name());
			}
		}
	}
}
