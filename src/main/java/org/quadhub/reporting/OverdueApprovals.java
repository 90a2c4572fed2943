package org.quadhub.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.quadhub.approvals.Approvals;
import org.quadhub.approvals.CaseOpened;
import org.quadhub.approvals.QueueItem;
import org.quadhub.approvals.StepDecided;
import org.quadhub.approvals.StepDeemedApproved;
import org.quadhub.approvals.StepEscalated;
import org.quadhub.approvals.StepOpened;
import org.quadhub.shared.Generation;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The dashboard's approvals-overdue panel, read from the approvals module's pending steps. Kept for a minute (or
 * until an approval step opens, is decided, lapses or is escalated) so the dashboard stays a cheap read.
 */
@Component
class OverdueApprovals {

	private static final Duration KEEP = Duration.ofSeconds(60);

	private final Approvals approvals;
	private final Clock clock;
	private final Generation generation = new Generation();
	private volatile @Nullable Cached cached;

	private record Cached(long generation, LocalDate day, Instant builtAt, ApprovalsOverdue overdue) {
	}

	OverdueApprovals(Approvals approvals, Clock clock) {
		this.approvals = approvals;
		this.clock = clock;
	}

	/** Read for a viewer the dashboard already admitted; the queue of every agency is read as the system. */
	ApprovalsOverdue now() {
		long current = generation.get();
		LocalDate today = LocalDate.now(clock);
		Instant now = Instant.now();
		Cached c = cached;
		if (c != null && c.generation() == current && c.day().equals(today) && now.isBefore(c.builtAt().plus(KEEP))) {
			return c.overdue();
		}
		ApprovalsOverdue built = of(approvals.queue(org.quadhub.shared.Actor.system()), approvals.agencyNames());
		cached = new Cached(current, today, now, built);
		return built;
	}

	static ApprovalsOverdue of(List<QueueItem> pending, Map<String, String> agencyNames) {
		List<QueueItem> overdue = pending.stream()
			.filter(QueueItem::overdue)
			.sorted(Comparator.comparingInt(QueueItem::workingDaysLeft).thenComparing(QueueItem::stepId))
			.toList();
		Map<String, Integer> perAgency = new LinkedHashMap<>();
		overdue.forEach(item -> perAgency.merge(item.agency(), 1, Integer::sum));
		List<ApprovalsOverdue.Agency> byAgency = new ArrayList<>();
		perAgency.forEach((agency, n) -> byAgency.add(
				new ApprovalsOverdue.Agency(agency, agencyNames.getOrDefault(agency, agency), n)));
		byAgency.sort(Comparator.comparingInt(ApprovalsOverdue.Agency::overdue).reversed()
			.thenComparing(ApprovalsOverdue.Agency::agency));
		List<ApprovalsOverdue.Step> steps = overdue.stream()
			.limit(ApprovalsOverdue.LISTED)
			.map(item -> new ApprovalsOverdue.Step(item.caseId(), item.stepId(), item.subjectName(), item.stepName(),
					item.agency(), agencyNames.getOrDefault(item.agency(), item.agency()),
					item.dueOn() == null ? LocalDate.MIN : item.dueOn(), Math.max(0, -item.workingDaysLeft())))
			.toList();
		return new ApprovalsOverdue(overdue.size(), List.copyOf(byAgency), steps);
	}

	@EventListener({ CaseOpened.class, StepOpened.class, StepDecided.class, StepDeemedApproved.class,
			StepEscalated.class })
	void approvalsChanged() {
		generation.moved();
	}
}
