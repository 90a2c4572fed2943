package org.quadhub.demo;

import org.jspecify.annotations.Nullable;
import org.quadhub.approvals.Approvals;
import org.quadhub.approvals.CaseDetails;
import org.quadhub.approvals.CaseStatus;
import org.quadhub.approvals.DeadlineSweep;
import org.quadhub.approvals.Decision;
import org.quadhub.approvals.Holidays;
import org.quadhub.approvals.LapseRule;
import org.quadhub.approvals.OpenCase;
import org.quadhub.approvals.Outcome;
import org.quadhub.approvals.StepState;
import org.quadhub.approvals.SubjectRef;
import org.quadhub.approvals.TemplateDetails;
import org.quadhub.approvals.WorkingCalendar;
import org.quadhub.quads.QuadSummary;
import org.quadhub.quads.Quads;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Role;
import org.quadhub.users.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Approval history for the demo QUADs, replayed through the real engine at past instants: an approved
 * establishment case for every QUAD that is approved or later (with realistic slow and silent agencies, so the
 * league table has something to say), an in-progress case with an overdue step for the QUAD under review, and a
 * case waiting on a query for the proposed QUAD. One officer per agency; the {@code agency} demo user is FBR's.
 */
@Component
@ConditionalOnBooleanProperty("quadhub.demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ApprovalsDemo implements ApplicationRunner {

	/** The demo {@code agency} user decides for the Federal Board of Revenue. */
	static final String DEMO_AGENCY = "FBR";
	static final String OFFICER_PASSWORD = "officer-demo-2026";
	static final String IN_PROGRESS_QUAD = "Battery-cell QUAD: CATL · Atlas Battery · CSU · GIKI";
	static final String QUERIED_QUAD = "Chip-packaging QUAD: JCET · NRTC · Fudan · ITU";

	/** Working days each agency usually takes in the demo history; EPA stays silent and is deemed to approve. */
	private static final Map<String, Integer> USUAL_DAYS = Map.of("BOI", 4, "SEZA", 17, "FBR", 9, "CUSTOMS", 6,
			"EPA", 99, "POWER", 26, "GAS", 12, "SBP", 3, "INTERIOR", 22);

	private static final Logger log = LoggerFactory.getLogger(ApprovalsDemo.class);

	private final Approvals approvals;
	private final DeadlineSweep sweep;
	private final Holidays holidays;
	private final Quads quads;
	private final Users users;
	private final Clock clock;
	private final TransactionTemplate transaction;

	ApprovalsDemo(Approvals approvals, DeadlineSweep sweep, Holidays holidays, Quads quads, Users users, Clock clock,
			PlatformTransactionManager transactions) {
		this.approvals = approvals;
		this.sweep = sweep;
		this.holidays = holidays;
		this.quads = quads;
		this.users = users;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		transaction.executeWithoutResult(status -> {
			inProgress(IN_PROGRESS_QUAD, 40, false);
			inProgress(QUERIED_QUAD, 8, true);
		});
		log.info("Demo approval cases present");
	}

	/** Officers of every agency, created when missing; the {@code agency} demo user belongs to FBR. */
	void officers() {
		for (String agency : approvals.agencyNames().keySet()) {
			String password = DEMO_AGENCY.equals(agency) ? "agency" + DemoData.DEMO_PASSWORD_SUFFIX : OFFICER_PASSWORD;
			users.ensure(officer(agency), password, Set.of(Role.AGENCY), null, agency);
		}
	}

	static String officer(String agency) {
		return DEMO_AGENCY.equals(agency) ? "agency" : "officer-" + agency.toLowerCase();
	}

	/**
	 * Replays an establishment case that ended in approval before the QUAD was established (DemoData calls this
	 * just before it moves a QUAD to APPROVED). Does nothing when the QUAD already has an approved case.
	 */
	void approvedCase(long quadId, LocalDate establishedOn, int variation) {
		officers();
		SubjectRef subject = SubjectRef.quad(quadId);
		if (approvals.hasApprovedCase(subject, Approvals.QUAD_ESTABLISHMENT)) {
			return;
		}
		LocalDate opened = establishedOn.minusMonths(9);
		replay(subject, opened, null, variation, Map.of(), Set.of());
	}

	private void inProgress(String quadName, int workingDaysAgo, boolean queried) {
		Optional<QuadSummary> quad = quads.overview().quads().stream().filter(q -> q.name().equals(quadName)).findFirst();
		if (quad.isEmpty()) {
			return;
		}
		officers();
		SubjectRef subject = SubjectRef.quad(quad.get().id());
		if (!approvals.casesOf(Actor.system(), subject).isEmpty()) {
			return;
		}
		WorkingCalendar calendar = holidays.calendar();
		LocalDate today = LocalDate.now(clock);
		LocalDate opened = today;
		for (int back = 0; back < workingDaysAgo; ) {
			opened = opened.minusDays(1);
			if (calendar.isWorkingDay(opened)) {
				back++;
			}
		}
		if (queried) {
			Approvals.Replay then = approvals.at(at(opened, 9));
			CaseDetails c = then.open(Actor.system(), openCase(subject));
			CaseDetails.Step boi = c.step("BOI_REGISTRATION");
			approvals.at(at(calendar.addWorkingDays(opened, 3), 11)).decide(officerActor("BOI"), c.id(), boi.id(),
					new Decision(Outcome.QUERIED, "The joint-venture agreement lacks the signature of Fudan "
							+ "University; please file the signed copy."));
			return;
		}
		// The plot allotment drags on; Interior never answers (overdue, escalated); FBR's step is in the demo
		// agency user's queue, due in a few days; the EPA review is still within its time.
		replay(subject, opened, today, 0, Map.of("SEZA", 28), Set.of("FBR", "INTERIOR", "EPA"));
	}

	/**
	 * Runs a case day by day from {@code opened}: each agency decides after its usual number of working days
	 * (silent agencies never do), and the deadline sweep runs on any day a deadline has passed. Stops when the
	 * case closes or on {@code until}.
	 */
	private void replay(SubjectRef subject, LocalDate opened, @Nullable LocalDate until, int variation,
			Map<String, Integer> usualDays, Set<String> silentAgencies) {
		WorkingCalendar calendar = holidays.calendar();
		CaseDetails c = approvals.at(at(opened, 9)).open(Actor.system(), openCase(subject));
		LocalDate day = opened;
		for (int i = 0; i < 500 && c.status() == CaseStatus.OPEN; i++) {
			day = day.plusDays(1);
			if (until != null && !day.isBefore(until)) {
				break;
			}
			LocalDate today = day;
			boolean lapsed = c.steps().stream()
				.anyMatch(s -> s.state() == StepState.OPEN && s.dueOn() != null && today.isAfter(s.dueOn()));
			if (lapsed) {
				sweep.sweep(at(day, 0));
			}
			c = approvals.find(Actor.system(), c.id());
			if (!calendar.isWorkingDay(day)) {
				continue;
			}
			for (CaseDetails.Step step : c.steps()) {
				if (!step.state().isPending() || step.openedAt() == null || c.status() != CaseStatus.OPEN) {
					continue;
				}
				int usual = usualDays.getOrDefault(step.agency(), USUAL_DAYS.getOrDefault(step.agency(), 10)) + variation;
				boolean silent = silentAgencies.contains(step.agency())
						|| (step.lapseRule() == LapseRule.DEEMED_APPROVED && usual > step.slaDays());
				LocalDate openedOn = LocalDate.ofInstant(step.openedAt(), clock.getZone());
				if (!silent && calendar.workingDaysBetween(openedOn, day) >= usual) {
					c = approvals.at(at(day, 11)).decide(officerActor(step.agency()), c.id(), step.id(),
							new Decision(Outcome.APPROVED, "Documents complete; approved."));
				}
			}
		}
	}

	private OpenCase openCase(SubjectRef subject) {
		TemplateDetails route = approvals.latest(Approvals.QUAD_ESTABLISHMENT).orElseThrow();
		return new OpenCase(subject.kind(), subject.id(), route.id());
	}

	private static Actor officerActor(String agency) {
		return new Actor(officer(agency), Set.of(Role.AGENCY), null);
	}

	private Clock at(LocalDate day, int hour) {
		Instant instant = day.atTime(LocalTime.of(hour, 0)).atZone(clock.getZone()).toInstant();
		return Clock.fixed(instant, clock.getZone());
	}
}
