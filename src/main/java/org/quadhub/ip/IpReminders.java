package org.quadhub.ip;

import org.quadhub.cluster.ScheduledRuns;
import org.quadhub.quads.QuadSummary;
import org.quadhub.quads.Quads;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.StateChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The IP inbox: reminders of deadlines {@code quadhub.ip.reminder-days} (default 90, 30 and 7) days ahead. A daily
 * job (cron {@code quadhub.ip.reminder-cron}, programme zone) makes them; a PostgreSQL advisory lock lets one
 * instance run at a time and a unique key (deadline, due date, lead time) makes each reminder exactly once, even if
 * the job runs twice or late. A run that missed days makes only the nearest lead time's reminder, not a backlog.
 */
@Service
public class IpReminders {

	/** Advisory lock key shared by all instances: spells IP reminders. */
	static final long LOCK_KEY = 0x49_50_52_45_4D_49_4EL;

	/** The inbox shows the latest reminders; older ones stay stored. */
	private static final int SHOWN = 200;

	/** The daily run; with several instances each tick runs on one of them (ADR 0023). */
	static final String CRON = "${quadhub.ip.reminder-cron:0 30 6 * * *}";

	private static final Logger log = LoggerFactory.getLogger(IpReminders.class);

	private static final RowMapper<Reminder> ROW = (rs, n) -> {
		String office = rs.getString("office");
		return new Reminder(rs.getLong("id"), rs.getLong("quad_id"), rs.getString("deadline_key"),
				DeadlineKind.valueOf(rs.getString("kind")), rs.getString("subject"),
				office == null ? null : PatentOffice.valueOf(office), rs.getObject("due_date", LocalDate.class),
				rs.getInt("lead_days"), rs.getTimestamp("created_at").toInstant());
	};

	private final DeadlineFinder finder;
	private final Quads quads;
	private final IpAccess access;
	private final JdbcTemplate jdbc;
	private final TransactionTemplate transaction;
	private final ApplicationEventPublisher events;
	private final ScheduledRuns runs;
	private final Clock clock;
	private final int[] leadDays;

	IpReminders(DeadlineFinder finder, Quads quads, IpAccess access, JdbcTemplate jdbc,
			PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock, ScheduledRuns runs,
			@Value("${quadhub.ip.reminder-days:90,30,7}") int[] leadDays) {
		this.finder = finder;
		this.quads = quads;
		this.access = access;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
		this.clock = clock;
		this.runs = runs;
		this.leadDays = Arrays.stream(leadDays).filter(d -> d >= 0).sorted().distinct().toArray();
		if (this.leadDays.length == 0) {
			throw new IllegalArgumentException("quadhub.ip.reminder-days needs at least one lead time");
		}
	}

	@Scheduled(cron = CRON, zone = "Asia/Karachi")
	void daily() {
		try {
			if (!runs.claimCron("ip-reminders", CRON, ZoneId.of("Asia/Karachi"))) {
				return;
			}
			int made = run(LocalDate.now(clock));
			if (made > 0) {
				log.info("IP reminders: {} made", made);
			}
		}
		catch (RuntimeException e) {
			log.warn("IP reminder run failed; the next run catches up", e);
		}
	}

	/** Runs the reminder job now (coordinating authority): returns how many reminders were made. */
	public int runNow(Actor actor) {
		if (!actor.isAuthority()) {
			throw DomainProblem.forbidden("Only the coordinating authority runs the reminder job by hand.");
		}
		return run(LocalDate.now(clock));
	}

	/** One run as on {@code today}; returns how many reminders were made (0 when another instance holds the lock). */
	public int run(LocalDate today) {
		Integer made = transaction.execute(status -> {
			Boolean locked = jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK_KEY);
			if (!Boolean.TRUE.equals(locked)) {
				return 0;
			}
			Map<Long, String> all = new LinkedHashMap<>();
			for (QuadSummary q : quads.search(Actor.system(), null, null)) {
				all.put(q.id(), q.name());
			}
			int count = 0;
			Instant now = clock.instant();
			for (Deadline d : finder.between(all, today, today.plusDays(leadDays[leadDays.length - 1]), today)) {
				int lead = leadFor(d.daysLeft());
				List<Long> ids = jdbc.queryForList("""
						insert into ip_reminder (quad_id, deadline_key, kind, subject, office, due_date, lead_days, created_at)
						values (?, ?, ?, ?, ?, ?, ?, ?)
						on conflict (deadline_key, due_date, lead_days) do nothing
						returning id
						""", Long.class, d.quadId(), d.key(), d.kind().name(), truncate(d.subject()),
						d.office() == null ? null : d.office().name(), d.dueDate(), lead, Timestamp.from(now));
				for (long id : ids) {
					count++;
					Map<String, Object> after = new LinkedHashMap<>();
					after.put("deadline", d.key());
					after.put("dueDate", d.dueDate().toString());
					after.put("leadDays", lead);
					events.publishEvent(new StateChange("ip-reminder", Long.toString(id), "create", null, after));
				}
			}
			return count;
		});
		return made == null ? 0 : made;
	}

	/** The smallest lead time that the days left fall within (7 for 5 days left, 30 for 20, 90 for 60). */
	int leadFor(long daysLeft) {
		for (int lead : leadDays) {
			if (daysLeft <= lead) {
				return lead;
			}
		}
		return leadDays[leadDays.length - 1];
	}

	/** Reminders of one QUAD, newest first. */
	public List<Reminder> of(Actor actor, long quadId) {
		access.read(actor, quadId);
		return jdbc.query("select * from ip_reminder where quad_id = ? order by created_at desc, id desc limit ?", ROW,
				quadId, SHOWN);
	}

	/** Reminders of every QUAD the actor may read, newest first. */
	public List<Reminder> inbox(Actor actor) {
		if (actor.isAnonymous()) {
			throw DomainProblem.forbidden("Sign in to read IP reminders.");
		}
		Long[] ids = quads.search(actor, null, null).stream().map(QuadSummary::id).toArray(Long[]::new);
		if (ids.length == 0) {
			return List.of();
		}
		return jdbc.query(con -> {
			var ps = con.prepareStatement(
					"select * from ip_reminder where quad_id = any (?) order by created_at desc, id desc limit ?");
			ps.setArray(1, con.createArrayOf("bigint", ids));
			ps.setInt(2, SHOWN);
			return ps;
		}, ROW);
	}

	private static String truncate(String text) {
		return text.length() <= 300 ? text : text.substring(0, 299) + "…";
	}
}
