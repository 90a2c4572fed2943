package org.quadhub.approvals;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.ReadModel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The "who is slow" league table: per agency and per step type, how many working days decisions take (median and
 * 90th percentile, the applicant's query time excluded), the share decided within the SLA, what is overdue now and
 * how often silence turned into a deemed approval. Deemed approvals count as decisions taken when the deadline
 * lapsed and never as within the SLA. Slowest median first.
 */
@Service
@Transactional(readOnly = true)
public class InertiaMetrics {

	private final CaseRepository cases;
	private final Approvals approvals;
	private final Clock clock;
	private final JdbcTemplate jdbc;
	/**
	 * The two tables, kept while the day and every step's figures stay the same: the stamp (the number of steps and
	 * the sum of a hash of each step's state, due date, days taken, SLA flag, escalation and labels) moves with every
	 * opened, decided, lapsed or escalated step, whichever instance wrote it, but not with an assignment, which the
	 * tables do not show. Agency names are kept up to a minute.
	 */
	private final ReadModel<List<InertiaRow>> agencies = new ReadModel<>(Duration.ofMinutes(1));
	private final ReadModel<List<InertiaRow>> stepTypes = new ReadModel<>(Duration.ofMinutes(1));

	InertiaMetrics(CaseRepository cases, Approvals approvals, Clock clock, JdbcTemplate jdbc) {
		this.cases = cases;
		this.approvals = approvals;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/** The same figures as seen at another clock's instant (what is overdue depends on the day). */
	public InertiaMetrics at(Clock other) {
		return new InertiaMetrics(cases, approvals, other, jdbc);
	}

	public List<InertiaRow> byAgency(Actor actor) {
		requireStaff(actor);
		return agencies.get(stamp(), () -> {
			Map<String, String> names = approvals.agencyNames();
			return rows(ApprovalStep::agency, s -> names.getOrDefault(s.agency(), s.agency()));
		});
	}

	public List<InertiaRow> byStepType(Actor actor) {
		requireStaff(actor);
		return stepTypes.get(stamp(), () -> rows(ApprovalStep::code, ApprovalStep::name));
	}

	private List<Object> stamp() {
		List<Long> steps = jdbc.queryForObject("""
				select count(*), coalesce(sum(hashtext(concat_ws('|', id, state, due_on, working_days_taken, within_sla,
				       escalated_at, agency, code, name))::bigint), 0)
				from approval_step
				""", (rs, n) -> List.of(rs.getLong(1), rs.getLong(2)));
		return List.of(LocalDate.now(clock), steps);
	}

	private List<InertiaRow> rows(Function<ApprovalStep, String> key, Function<ApprovalStep, String> label) {
		LocalDate today = LocalDate.now(clock);
		Map<String, List<ApprovalStep>> decided = new LinkedHashMap<>();
		Map<String, List<ApprovalStep>> pending = new LinkedHashMap<>();
		Map<String, ApprovalStep> sample = new LinkedHashMap<>();
		for (ApprovalStep s : cases.decidedSteps()) {
			decided.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s);
			sample.putIfAbsent(key.apply(s), s);
		}
		for (ApprovalStep s : cases.allPendingSteps()) {
			pending.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s);
			sample.putIfAbsent(key.apply(s), s);
		}
		List<InertiaRow> rows = new ArrayList<>();
		sample.forEach((k, s) -> {
			List<ApprovalStep> done = decided.getOrDefault(k, List.of());
			List<ApprovalStep> open = pending.getOrDefault(k, List.of());
			List<Integer> days = done.stream()
				.map(ApprovalStep::workingDaysTaken)
				.filter(d -> d != null)
				.sorted()
				.toList();
			long withinSla = done.stream().filter(d -> Boolean.TRUE.equals(d.withinSla())).count();
			int deemed = (int) done.stream().filter(d -> d.state() == StepState.DEEMED_APPROVED).count();
			int escalations = (int) (done.stream().filter(d -> d.escalatedAt() != null).count()
					+ open.stream().filter(d -> d.escalatedAt() != null).count());
			int overdue = (int) open.stream().filter(d -> d.overdue(today)).count();
			rows.add(new InertiaRow(k, label.apply(s), s.agency(), done.size(), median(days), percentile90(days),
					done.isEmpty() ? null : (double) withinSla / done.size(), open.size(), overdue, deemed, escalations));
		});
		rows.sort(Comparator.comparing((InertiaRow r) -> r.medianWorkingDays() == null ? -1 : r.medianWorkingDays())
			.reversed()
			.thenComparing(InertiaRow::key));
		return rows;
	}

	/** The middle value, or the mean of the two middle values of an even count. */
	static @Nullable Double median(List<Integer> sorted) {
		int n = sorted.size();
		if (n == 0) {
			return null;
		}
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
	}

	/** Nearest-rank 90th percentile: the smallest value with at least 90% of the values at or below it. */
	static @Nullable Integer percentile90(List<Integer> sorted) {
		int n = sorted.size();
		if (n == 0) {
			return null;
		}
		int rank = (9 * n + 9) / 10;
		return sorted.get(rank - 1);
	}

	private static void requireStaff(Actor actor) {
		if (!actor.readsEverything()) {
			throw DomainProblem.forbidden("Agency metrics are for programme staff.");
		}
	}
}
