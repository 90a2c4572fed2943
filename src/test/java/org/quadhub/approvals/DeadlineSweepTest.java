package org.quadhub.approvals;

import org.junit.jupiter.api.Test;
import org.quadhub.quads.PartnerRole;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.quadhub.users.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deadlines through the sweep with fixed clocks: deemed approval, escalation, the query pause, holiday-aware due
 * dates and the cluster lock. Dates lie years ahead so the application's own sweep (on the real clock) never
 * touches these cases while a test runs.
 */
@QuadHubTest
@RecordApplicationEvents
class DeadlineSweepTest {

	private static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");

	@Autowired
	Approvals approvals;

	@Autowired
	DeadlineSweep sweep;

	@Autowired
	Holidays holidays;

	@Autowired
	Inbox inbox;

	@Autowired
	Users users;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DataSource dataSource;

	@Autowired
	ApplicationEvents events;

	static Clock at(String localDateTime) {
		return Clock.fixed(LocalDateTime.parse(localDateTime).atZone(PAKISTAN).toInstant(), PAKISTAN);
	}

	/** A fresh agency with a unique code, so this test's figures and inboxes are its own. */
	static String agency(Approvals approvals, String prefix) {
		String code = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
		approvals.addAgency(Actor.system(), code, "Test agency " + code);
		return code;
	}

	static NewTemplate.Step step(String code, String agency, int sla, LapseRule rule, String... dependsOn) {
		return new NewTemplate.Step(code, code + " step", agency, null, null, null, sla, List.of(dependsOn), false, rule);
	}

	static TemplateDetails route(Approvals approvals, NewTemplate.Step... steps) {
		return approvals.saveTemplate(Actor.system(), new NewTemplate("t-" + UUID.randomUUID().toString().substring(0, 8),
				"Test route", null, List.of(steps)));
	}

	private CaseDetails open(TemplateDetails route, String when) {
		return open(route, when, fixtures.quartet());
	}

	private CaseDetails open(TemplateDetails route, String when, Map<PartnerRole, Long> seats) {
		long quad = fixtures.quad(seats).id();
		return approvals.at(at(when)).open(Actor.system(), new OpenCase(SubjectRef.QUAD, quad, route.id()));
	}

	@Test
	void theSweepDeemsSilentStepsApprovedEscalatesTheOthersAndTheCaseRunsOn() {
		String x = agency(approvals, "DX");
		String y = agency(approvals, "DY");
		String z = agency(approvals, "DZ");
		String xOfficer = ApprovalsTestSupport.officer(users, x);
		String yOfficer = ApprovalsTestSupport.officer(users, y);
		TemplateDetails route = route(approvals, step("SILENT", x, 2, LapseRule.DEEMED_APPROVED),
				step("SLOW", y, 3, LapseRule.ESCALATE), step("LAST", z, 5, LapseRule.ESCALATE, "SILENT", "SLOW"));
		// Monday 7 January 2030: SILENT is due Wednesday 9, SLOW Thursday 10
		CaseDetails c = open(route, "2030-01-07T10:00");
		assertThat(c.step("SILENT").dueOn()).isEqualTo(LocalDate.of(2030, 1, 9));
		assertThat(c.step("SLOW").dueOn()).isEqualTo(LocalDate.of(2030, 1, 10));
		assertThat(c.step("LAST").state()).isEqualTo(StepState.WAITING);

		// the last minutes of the due date are still in time (the sweep also acts on other tests' cases: the
		// assertions look at this case only)
		assertThat(sweep.sweep(at("2030-01-09T23:59")).ran()).isTrue();
		assertThat(approvals.find(Actor.system(), c.id()).step("SILENT").state()).isEqualTo(StepState.OPEN);

		SweepReport first = sweep.sweep(at("2030-01-10T00:30"));
		assertThat(first.ran()).isTrue();
		assertThat(first.deemedApproved()).isGreaterThanOrEqualTo(1);
		CaseDetails.Step silent = approvals.find(Actor.system(), c.id()).step("SILENT");
		assertThat(silent.state()).isEqualTo(StepState.DEEMED_APPROVED);
		assertThat(silent.decidedBy()).isEqualTo("system");
		assertThat(silent.reason()).contains(x + " was silent for 2 working days");
		assertThat(silent.workingDaysTaken()).isEqualTo(2);
		assertThat(silent.withinSla()).isFalse();
		assertThat(events.stream(StepDeemedApproved.class).filter(e -> e.caseId() == c.id())).singleElement()
			.satisfies(e -> {
				assertThat(e.silentParty()).isEqualTo(x);
				assertThat(e.silentWorkingDays()).isEqualTo(2);
				assertThat(e.dueOn()).isEqualTo(LocalDate.of(2030, 1, 9));
			});
		assertThat(approvals.find(Actor.system(), c.id()).step("SLOW").state()).isEqualTo(StepState.OPEN);

		// a second sweep at the same instant finds nothing left to do for this case
		sweep.sweep(at("2030-01-10T00:30"));
		assertThat(events.stream(StepDeemedApproved.class).filter(e -> e.caseId() == c.id())).hasSize(1);

		sweep.sweep(at("2030-01-11T00:30"));
		CaseDetails escalated = approvals.find(Actor.system(), c.id());
		assertThat(escalated.step("SLOW").state()).isEqualTo(StepState.ESCALATED);
		assertThat(escalated.step("SLOW").escalatedAt()).isNotNull();
		assertThat(escalated.step("LAST").state()).isEqualTo(StepState.WAITING);
		assertThat(events.stream(StepEscalated.class).filter(e -> e.caseId() == c.id())).singleElement()
			.satisfies(e -> assertThat(e.escalatedBy()).isEqualTo("system"));
		// the coordinating authority, the silent agency and the late agency all hear of it
		assertThat(inbox.of(new Actor(Fixtures.ADMIN, java.util.Set.of(org.quadhub.shared.Role.AUTHORITY), null)))
			.anySatisfy(n -> {
				assertThat(n.caseId()).isEqualTo(c.id());
				assertThat(n.kind()).isEqualTo(Notification.Kind.STEP_ESCALATED);
				assertThat(n.text()).contains(y);
			});
		assertThat(inbox.of(ApprovalsTestSupport.actor(yOfficer))).extracting(Notification::kind)
			.contains(Notification.Kind.STEP_OPENED, Notification.Kind.STEP_OVERDUE);
		assertThat(inbox.of(ApprovalsTestSupport.actor(xOfficer))).extracting(Notification::kind)
			.contains(Notification.Kind.STEP_DEEMED_APPROVED);

		// the escalated agency still decides, late; then the dependent step opens and closes the case
		CaseDetails after = approvals.at(at("2030-01-14T09:00")).decide(ApprovalsTestSupport.actor(yOfficer), c.id(),
				escalated.step("SLOW").id(), new Decision(Outcome.APPROVED, "Approved after escalation"));
		assertThat(after.step("SLOW").withinSla()).isFalse();
		assertThat(after.step("SLOW").workingDaysTaken()).isEqualTo(5);
		assertThat(after.step("LAST").state()).isEqualTo(StepState.OPEN);
		assertThat(after.step("LAST").dueOn()).isEqualTo(LocalDate.of(2030, 1, 21));
		CaseDetails done = approvals.at(at("2030-01-15T09:00")).decide(
				ApprovalsTestSupport.actor(ApprovalsTestSupport.officer(users, z)), c.id(), after.step("LAST").id(),
				new Decision(Outcome.APPROVED, null));
		assertThat(done.status()).isEqualTo(CaseStatus.APPROVED);
		assertThat(events.stream(CaseApproved.class).filter(e -> e.caseId() == c.id())).hasSize(1);
	}

	@Test
	void aQueryPausesTheClockAndTheAnswerRestartsItWithTheDaysThatWereLeft() {
		String x = agency(approvals, "QX");
		String officer = ApprovalsTestSupport.officer(users, x);
		TemplateDetails route = route(approvals, step("CHECK", x, 5, LapseRule.DEEMED_APPROVED));
		// Monday 4 February 2030, SLA 5: due Monday 11 February
		Map<PartnerRole, Long> seats = fixtures.quartet();
		Actor applicant = new Actor(fixtures.user(Role.PARTNER, seats.get(PartnerRole.PAKISTANI_INDUSTRY)),
				Set.of(Role.PARTNER), seats.get(PartnerRole.PAKISTANI_INDUSTRY));
		CaseDetails c = open(route, "2030-02-04T10:00", seats);
		long stepId = c.step("CHECK").id();
		assertThat(c.step("CHECK").dueOn()).isEqualTo(LocalDate.of(2030, 2, 11));

		// queried on Wednesday 6: Thursday, Friday and Monday are left
		CaseDetails queried = approvals.at(at("2030-02-06T11:00")).decide(ApprovalsTestSupport.actor(officer), c.id(),
				stepId, new Decision(Outcome.QUERIED, "Which HS codes does the machinery list cover?"));
		assertThat(queried.step("CHECK").state()).isEqualTo(StepState.QUERIED);
		assertThat(queried.step("CHECK").remainingWorkingDays()).isEqualTo(3);
		assertThat(queried.step("CHECK").heldBy()).isEqualTo(CaseDetails.APPLICANT);

		// the original deadline passes while the applicant holds the step: nothing lapses
		sweep.sweep(at("2030-02-13T00:30"));
		assertThat(approvals.find(Actor.system(), c.id()).step("CHECK").state()).isEqualTo(StepState.QUERIED);

		// answered on Wednesday 13: three working days from then is Monday 18
		CaseDetails answered = approvals.at(at("2030-02-13T09:00")).respond(applicant, c.id(), stepId,
				new QueryResponse("HS 8479 and 8514"));
		assertThat(answered.step("CHECK").state()).isEqualTo(StepState.OPEN);
		assertThat(answered.step("CHECK").dueOn()).isEqualTo(LocalDate.of(2030, 2, 18));
		assertThat(events.stream(QueryAnswered.class).filter(e -> e.caseId() == c.id())).hasSize(1);

		sweep.sweep(at("2030-02-18T22:00"));
		assertThat(approvals.find(Actor.system(), c.id()).step("CHECK").state()).isEqualTo(StepState.OPEN);
		sweep.sweep(at("2030-02-19T00:30"));
		CaseDetails.Step lapsed = approvals.find(Actor.system(), c.id()).step("CHECK");
		assertThat(lapsed.state()).isEqualTo(StepState.DEEMED_APPROVED);
		// the agency held it 2 days before the query and 3 after: its whole SLA, not one day of the applicant's
		assertThat(lapsed.workingDaysTaken()).isEqualTo(5);
		assertThat(approvals.find(Actor.system(), c.id()).status()).isEqualTo(CaseStatus.APPROVED);
	}

	@Test
	void dueDatesSkipTheHolidaysInTheTable() {
		String x = agency(approvals, "HX");
		TemplateDetails route = route(approvals, step("CHECK", x, 3, LapseRule.ESCALATE));
		// Monday 1 March 2032 with SLA 3 is due Thursday 4 March; two holidays push it to Monday 8 March
		assertThat(open(route, "2032-03-01T10:00").step("CHECK").dueOn()).isEqualTo(LocalDate.of(2032, 3, 4));
		holidays.put(Actor.system(), new Holiday(LocalDate.of(2032, 3, 2), "Test holiday", false));
		holidays.put(Actor.system(), new Holiday(LocalDate.of(2032, 3, 3), "Test holiday", true));
		try {
			assertThat(open(route, "2032-03-01T10:00").step("CHECK").dueOn()).isEqualTo(LocalDate.of(2032, 3, 8));
		}
		finally {
			holidays.remove(Actor.system(), LocalDate.of(2032, 3, 2));
			holidays.remove(Actor.system(), LocalDate.of(2032, 3, 3));
		}
	}

	@Test
	void whileAnotherInstanceHoldsTheSweepLockThisOneSkipsTheTick() throws Exception {
		String x = agency(approvals, "LX");
		TemplateDetails route = route(approvals, step("CHECK", x, 1, LapseRule.DEEMED_APPROVED));
		CaseDetails c = open(route, "2030-04-01T10:00");
		try (Connection other = dataSource.getConnection()) {
			try (PreparedStatement lock = other.prepareStatement("select pg_advisory_lock(?)")) {
				lock.setLong(1, DeadlineSweep.LOCK_KEY);
				lock.execute();
			}
			assertThat(sweep.sweep(at("2030-04-10T00:30"))).isEqualTo(new SweepReport(false, 0, 0));
			assertThat(approvals.find(Actor.system(), c.id()).step("CHECK").state()).isEqualTo(StepState.OPEN);
			try (PreparedStatement unlock = other.prepareStatement("select pg_advisory_unlock(?)")) {
				unlock.setLong(1, DeadlineSweep.LOCK_KEY);
				unlock.execute();
			}
		}
		assertThat(sweep.sweep(at("2030-04-10T00:30")).ran()).isTrue();
		assertThat(approvals.find(Actor.system(), c.id()).step("CHECK").state()).isEqualTo(StepState.DEEMED_APPROVED);
	}

	static Map<String, InertiaRow> byKey(List<InertiaRow> rows) {
		return rows.stream().collect(java.util.stream.Collectors.toMap(InertiaRow::key, r -> r));
	}
}
