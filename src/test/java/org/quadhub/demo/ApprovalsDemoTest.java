package org.quadhub.demo;

import org.junit.jupiter.api.Test;
import org.quadhub.approvals.Approvals;
import org.quadhub.approvals.CaseDetails;
import org.quadhub.approvals.CaseStatus;
import org.quadhub.approvals.DeadlineSweep;
import org.quadhub.approvals.Holidays;
import org.quadhub.approvals.QueueItem;
import org.quadhub.approvals.StepState;
import org.quadhub.approvals.SubjectRef;
import org.quadhub.quads.QuadStatus;
import org.quadhub.quads.QuadSummary;
import org.quadhub.quads.Quads;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Role;
import org.quadhub.support.QuadHubTest;
import org.quadhub.users.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@QuadHubTest
class ApprovalsDemoTest {

	@Autowired
	Approvals approvals;

	@Autowired
	DeadlineSweep sweep;

	@Autowired
	Holidays holidays;

	@Autowired
	Quads quads;

	@Autowired
	Users users;

	@Autowired
	Clock clock;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	org.quadhub.partners.Partners partners;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void demoQuadsHaveRealCasesAndTheAgencyUserHasWorkInItsQueue() {
		ApprovalsDemo demo = new ApprovalsDemo(approvals, sweep, holidays, quads, users, clock, transactions);
		new DemoData(partners, quads, users, demo, transactions).load();
		demo.run(null);
		int cases = jdbc.queryForObject("select count(*) from approval_case", Integer.class);
		demo.run(null);
		assertThat(jdbc.queryForObject("select count(*) from approval_case", Integer.class)).isEqualTo(cases);

		Actor system = Actor.system();
		for (QuadSummary quad : quads.overview().quads()) {
			if (!quad.name().contains(" QUAD: ")) {
				continue;
			}
			List<CaseDetails> own = approvals.casesOf(system, SubjectRef.quad(quad.id()));
			if (quad.status() == QuadStatus.EXPORTING || quad.status() == QuadStatus.PRODUCING
					|| quad.status() == QuadStatus.ESTABLISHED) {
				assertThat(own).extracting(CaseDetails::status).contains(CaseStatus.APPROVED);
			}
		}
		CaseDetails inProgress = only(ApprovalsDemo.IN_PROGRESS_QUAD);
		assertThat(inProgress.status()).isEqualTo(CaseStatus.OPEN);
		assertThat(inProgress.steps()).anySatisfy(s -> assertThat(s.overdue()).isTrue());
		CaseDetails queried = only(ApprovalsDemo.QUERIED_QUAD);
		assertThat(queried.step("BOI_REGISTRATION").state()).isEqualTo(StepState.QUERIED);

		Actor agency = new Actor("agency", Set.of(Role.AGENCY), null);
		assertThat(users.agencyOf("agency")).hasValue("FBR");
		assertThat(approvals.queue(agency)).extracting(QueueItem::caseId).contains(inProgress.id());
		assertThat(approvals.queue(agency)).allSatisfy(q -> assertThat(q.agency()).isEqualTo("FBR"));
	}

	private CaseDetails only(String quadName) {
		QuadSummary quad = quads.overview().quads().stream().filter(q -> q.name().equals(quadName)).findFirst()
			.orElseThrow();
		return approvals.casesOf(Actor.system(), SubjectRef.quad(quad.id())).get(0);
	}
}
