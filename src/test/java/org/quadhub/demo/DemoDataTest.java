package org.quadhub.demo;

import org.junit.jupiter.api.Test;
import org.quadhub.approvals.Approvals;
import org.quadhub.approvals.DeadlineSweep;
import org.quadhub.approvals.Holidays;
import org.quadhub.partners.OrganisationCommand;
import org.quadhub.partners.OrganisationDetails;
import org.quadhub.partners.Partners;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Country;
import org.quadhub.quads.ProgrammeOverview;
import org.quadhub.quads.QuadStatus;
import org.quadhub.quads.QuadSummary;
import org.quadhub.quads.Quads;
import org.quadhub.support.QuadHubTest;
import org.quadhub.users.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@QuadHubTest
class DemoDataTest {

	@Autowired
	Partners partners;

	@Autowired
	Quads quads;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationContext context;

	@Autowired
	Approvals approvals;

	@Autowired
	DeadlineSweep sweep;

	@Autowired
	Holidays holidays;

	@Autowired
	Clock clock;

	private ApprovalsDemo approvalsDemo() {
		return new ApprovalsDemo(approvals, sweep, holidays, quads, users, clock, transactions);
	}

	@Test
	void withoutTheDemoSwitchNoDemoDataIsLoaded() {
		assertThat(context.getBeansOfType(DemoData.class)).isEmpty();
	}

	@Test
	void loadsAProgrammeAcrossTheLifecycleAndLoadingAgainAddsNothing() {
		DemoData demo = new DemoData(partners, quads, users, approvalsDemo(), transactions);
		demo.load();
		int organisations = count("organisation");
		int quadCount = count("quad");
		int userCount = count("app_user");
		// an officer deactivates a demo organisation; the next start must neither fail nor add a copy
		OrganisationDetails reon = partners.findByName(Country.PK, "Reon Energy").orElseThrow();
		partners.update(Actor.system(), reon.id(), new OrganisationCommand(reon.name(), reon.nameZh(), reon.nameUr(),
				reon.country(), reon.kind(), Set.copyOf(reon.sectors()), Set.copyOf(reon.capabilities()), reon.city(),
				reon.province(), reon.website(), null, null, null, null, false, reon.version()));
		demo.load();
		assertThat(count("organisation")).isEqualTo(organisations);
		assertThat(count("quad")).isEqualTo(quadCount);
		assertThat(count("app_user")).isEqualTo(userCount);

		ProgrammeOverview overview = quads.overview();
		List<QuadSummary> demoQuads = overview.quads().stream().filter(q -> q.name().contains(" QUAD: ")).toList();
		assertThat(demoQuads).hasSizeBetween(5, 8);
		assertThat(demoQuads).extracting(QuadSummary::status)
			.contains(QuadStatus.PROPOSED, QuadStatus.UNDER_REVIEW, QuadStatus.ESTABLISHED, QuadStatus.EXPORTING);
		assertThat(demoQuads).filteredOn(q -> q.status() == QuadStatus.EXPORTING)
			.allSatisfy(q -> assertThat(q.establishedOn()).isBefore(LocalDate.now().minusYears(3)));
		assertThat(demoQuads).extracting(QuadSummary::name).anyMatch(name -> name.contains("BYD"));
		assertThat(users.credentials("partner")).hasValueSatisfying(c -> assertThat(c.organisationId()).isNotNull());
		for (String username : DemoData.DEMO_USERS.keySet()) {
			assertThat(users.credentials(username)).isPresent();
		}
	}

	private int count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}
}
