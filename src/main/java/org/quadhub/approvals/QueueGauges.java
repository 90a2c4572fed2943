package org.quadhub.approvals;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Approval queue sizes for the metrics scrape, per agency: open cases with a step pending at the agency, pending
 * steps, and pending steps past their due date. One grouped query refreshes them every
 * {@code quadhub.metrics.approvals-refresh} (30 s); a scrape only reads the last figures, so scraping never queries
 * the database. Agencies come from the small agency table, which bounds the tag values.
 */
@Component
class QueueGauges {

	private static final Logger log = LoggerFactory.getLogger(QueueGauges.class);

	private final JdbcClient jdbc;
	private final Clock clock;
	private final MultiGauge openCases;
	private final MultiGauge pendingSteps;
	private final MultiGauge overdueSteps;
	private final AtomicLong refreshedAt = new AtomicLong();

	QueueGauges(JdbcClient jdbc, Clock clock, MeterRegistry registry) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.openCases = MultiGauge.builder("quadhub.approvals.open.cases")
			.description("Open approval cases with a step pending at the agency")
			.baseUnit("cases")
			.register(registry);
		this.pendingSteps = MultiGauge.builder("quadhub.approvals.pending.steps")
			.description("Approval steps with the agency (open or escalated) in open cases")
			.baseUnit("steps")
			.register(registry);
		this.overdueSteps = MultiGauge.builder("quadhub.approvals.overdue.steps")
			.description("Pending approval steps past their due date")
			.baseUnit("steps")
			.register(registry);
		Gauge.builder("quadhub.approvals.queue.refreshed", refreshedAt, AtomicLong::get)
			.description("When the approval queue gauges were last read from the database (epoch seconds)")
			.baseUnit("seconds")
			.register(registry);
	}

	/** One row per agency, zero when nothing is pending there. */
	record AgencyQueue(String agency, long openCases, long pendingSteps, long overdueSteps) {
	}

	@Scheduled(initialDelayString = "PT5S", fixedDelayString = "${quadhub.metrics.approvals-refresh:PT30S}")
	void scheduledRefresh() {
		try {
			refresh();
		}
		catch (DataAccessException e) {
			// the database is away: keep the last figures (the refreshed gauge shows their age) and try again later
			log.warn("Approval queue gauges not refreshed: {}", e.getMessage());
		}
	}

	List<AgencyQueue> refresh() {
		LocalDate today = LocalDate.now(clock);
		List<AgencyQueue> rows = jdbc.sql("""
				select a.code,
				       count(distinct s.case_id) as open_cases,
				       count(s.id) as pending_steps,
				       count(s.id) filter (where s.due_on < :today) as overdue_steps
				from approval_agency a
				left join approval_step s on s.agency = a.code and s.state in ('OPEN', 'ESCALATED')
				     and exists (select 1 from approval_case c where c.id = s.case_id and c.status = 'OPEN')
				group by a.code
				order by a.code""")
			.param("today", today)
			.query((rs, n) -> new AgencyQueue(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.list();
		List<MultiGauge.Row<?>> open = new ArrayList<>();
		List<MultiGauge.Row<?>> pending = new ArrayList<>();
		List<MultiGauge.Row<?>> overdue = new ArrayList<>();
		for (AgencyQueue row : rows) {
			Tags tags = Tags.of("agency", row.agency());
			open.add(MultiGauge.Row.of(tags, row.openCases()));
			pending.add(MultiGauge.Row.of(tags, row.pendingSteps()));
			overdue.add(MultiGauge.Row.of(tags, row.overdueSteps()));
		}
		openCases.register(open, true);
		pendingSteps.register(pending, true);
		overdueSteps.register(overdue, true);
		refreshedAt.set(System.currentTimeMillis() / 1000);
		return rows;
	}
}
