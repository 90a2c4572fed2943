package org.quadhub.approvals;

import org.junit.jupiter.api.Test;
import org.quadhub.shared.Actor;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.quadhub.users.Users;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quadhub.approvals.DeadlineSweepTest.at;

/** The league table on a history whose figures were worked out by hand. */
@QuadHubTest
class InertiaMetricsTest {

	@Autowired
	Approvals approvals;

	@Autowired
	InertiaMetrics metrics;

	@Autowired
	DeadlineSweep sweep;

	@Autowired
	Users users;

	@Autowired
	Fixtures fixtures;

	@Test
	void medianP90ShareWithinSlaOverdueAndDeemedApprovalsPerAgencyAndStep() {
		String x = DeadlineSweepTest.agency(approvals, "MX");
		String y = DeadlineSweepTest.agency(approvals, "MY");
		TemplateDetails route = DeadlineSweepTest.route(approvals,
				DeadlineSweepTest.step("MX_" + x, x, 5, LapseRule.DEEMED_APPROVED),
				DeadlineSweepTest.step("MY_" + y, y, 5, LapseRule.ESCALATE));
		Actor xOfficer = ApprovalsTestSupport.actor(ApprovalsTestSupport.officer(users, x));
		Actor yOfficer = ApprovalsTestSupport.actor(ApprovalsTestSupport.officer(users, y));
		// four cases open on Monday 3 March 2031; both steps are due Monday 10 March
		List<CaseDetails> cases = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			long quad = fixtures.quad(fixtures.quartet()).id();
			cases.add(approvals.at(at("2031-03-03T10:00")).open(Actor.system(), new OpenCase("QUAD", quad, route.id())));
		}
		// agency X decides after 1, 2 and 4 working days and stays silent on the fourth case
		decide(xOfficer, cases.get(0), "MX_" + x, "2031-03-04T11:00");
		decide(xOfficer, cases.get(1), "MX_" + x, "2031-03-05T11:00");
		decide(xOfficer, cases.get(2), "MX_" + x, "2031-03-07T11:00");
		// agency Y decides after 3 and 3 working days, and is late on the third case and silent on the fourth
		decide(yOfficer, cases.get(0), "MY_" + y, "2031-03-06T11:00");
		decide(yOfficer, cases.get(1), "MY_" + y, "2031-03-06T15:00");
		// Tuesday 11 March: X's silence becomes a deemed approval after 5 days; Y's two open steps are escalated
		sweep.sweep(at("2031-03-11T00:30"));
		decide(yOfficer, cases.get(2), "MY_" + y, "2031-03-12T11:00");

		Map<String, InertiaRow> agencies = DeadlineSweepTest.byKey(metrics.at(at("2031-03-13T10:00")).byAgency(Actor.system()));
		// X: 1, 2, 4, 5 days -> median (2 + 4) / 2 = 3; P90 is the ceil(0.9 x 4) = 4th value, 5; 3 of 4 in time
		InertiaRow rx = agencies.get(x);
		assertThat(rx.decided()).isEqualTo(4);
		assertThat(rx.medianWorkingDays()).isEqualTo(3.0);
		assertThat(rx.p90WorkingDays()).isEqualTo(5);
		assertThat(rx.withinSlaShare()).isEqualTo(0.75);
		assertThat(rx.deemedApprovals()).isEqualTo(1);
		assertThat(rx.overdueNow()).isZero();
		assertThat(rx.pending()).isZero();
		// Y: 3, 3, 7 days -> median 3; P90 is the ceil(2.7) = 3rd value, 7; 2 of 3 in time; one step overdue now
		InertiaRow ry = agencies.get(y);
		assertThat(ry.decided()).isEqualTo(3);
		assertThat(ry.medianWorkingDays()).isEqualTo(3.0);
		assertThat(ry.p90WorkingDays()).isEqualTo(7);
		assertThat(ry.withinSlaShare()).isEqualTo(2.0 / 3);
		assertThat(ry.deemedApprovals()).isZero();
		assertThat(ry.pending()).isEqualTo(1);
		assertThat(ry.overdueNow()).isEqualTo(1);
		assertThat(ry.escalations()).isEqualTo(2);
		assertThat(ry.label()).isEqualTo("Test agency " + y);

		Map<String, InertiaRow> steps = DeadlineSweepTest.byKey(metrics.at(at("2031-03-13T10:00")).byStepType(Actor.system()));
		assertThat(steps.get("MX_" + x).medianWorkingDays()).isEqualTo(3.0);
		assertThat(steps.get("MY_" + y).p90WorkingDays()).isEqualTo(7);
		assertThat(steps.get("MY_" + y).agency()).isEqualTo(y);
	}

	@Test
	void theKeptTablesFollowEveryOpenedAndDecidedStep() {
		String z = DeadlineSweepTest.agency(approvals, "MZ");
		TemplateDetails route = DeadlineSweepTest.route(approvals,
				DeadlineSweepTest.step("MZ_" + z, z, 5, LapseRule.ESCALATE));
		Actor officer = ApprovalsTestSupport.actor(ApprovalsTestSupport.officer(users, z));
		CaseDetails first = approvals.at(at("2031-04-07T10:00"))
			.open(Actor.system(), new OpenCase("QUAD", fixtures.quad(fixtures.quartet()).id(), route.id()));
		InertiaMetrics onTuesday = metrics.at(at("2031-04-08T10:00"));
		assertThat(DeadlineSweepTest.byKey(onTuesday.byAgency(Actor.system())).get(z).pending()).isEqualTo(1);

		approvals.at(at("2031-04-07T10:00"))
			.open(Actor.system(), new OpenCase("QUAD", fixtures.quad(fixtures.quartet()).id(), route.id()));
		InertiaRow opened = DeadlineSweepTest.byKey(onTuesday.byAgency(Actor.system())).get(z);
		assertThat(opened.pending()).as("a newly opened step shows at once").isEqualTo(2);
		assertThat(opened.decided()).isZero();

		decide(officer, first, "MZ_" + z, "2031-04-08T11:00");
		InertiaRow decided = DeadlineSweepTest.byKey(onTuesday.byAgency(Actor.system())).get(z);
		assertThat(decided.decided()).as("a decision shows at once").isEqualTo(1);
		assertThat(decided.pending()).isEqualTo(1);
		assertThat(DeadlineSweepTest.byKey(onTuesday.byStepType(Actor.system())).get("MZ_" + z).decided()).isEqualTo(1);
		assertThat(decided.overdueNow()).isZero();
		// the other step is due Monday 14 April: on the 15th it is overdue, with no step changed in between
		assertThat(DeadlineSweepTest.byKey(metrics.at(at("2031-04-15T10:00")).byAgency(Actor.system())).get(z)
			.overdueNow()).isEqualTo(1);
	}

	@Test
	void partnersDoNotSeeTheLeagueTable() {
		Actor partner = new Actor("p", java.util.Set.of(org.quadhub.shared.Role.PARTNER), 1L);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> metrics.byAgency(partner))
			.hasMessageContaining("programme staff");
	}

	private void decide(Actor officer, CaseDetails c, String code, String when) {
		approvals.at(at(when)).decide(officer, c.id(), c.step(code).id(), new Decision(Outcome.APPROVED, "ok"));
	}
}
