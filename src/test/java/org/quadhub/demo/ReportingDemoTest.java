package org.quadhub.demo;

import org.junit.jupiter.api.Test;
import org.quadhub.partners.Partners;
import org.quadhub.quads.QuadSummary;
import org.quadhub.quads.Quads;
import org.quadhub.reporting.Dashboard;
import org.quadhub.reporting.ProgrammeDashboard;
import org.quadhub.reporting.Reports;
import org.quadhub.reporting.Targets;
import org.quadhub.reporting.model.Standing;
import org.quadhub.shared.Actor;
import org.quadhub.support.QuadHubTest;
import org.quadhub.users.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@QuadHubTest
class ReportingDemoTest {

	@Autowired
	Partners partners;

	@Autowired
	Quads quads;

	@Autowired
	Users users;

	@Autowired
	Reports reports;

	@Autowired
	Targets targets;

	@Autowired
	Dashboard dashboard;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Test
	void demoResultsShowGreenAmberAndRedAndOneReportAwaitsReview() {
		DemoTestSupport.baseDemo(context).load();
		ReportingDemo demo = new ReportingDemo(quads, reports, targets, clock, transactions);
		demo.run(null);
		long reportsAfterFirstLoad = jdbc.queryForObject("select count(*) from report", Long.class);
		demo.run(null);
		assertThat(jdbc.queryForObject("select count(*) from report", Long.class)).isEqualTo(reportsAfterFirstLoad);

		ProgrammeDashboard view = dashboard.programme(Actor.system(), null);
		Map<String, Standing> lights = view.quads().stream()
			.collect(Collectors.toMap(ProgrammeDashboard.QuadStanding::name, ProgrammeDashboard.QuadStanding::standing));
		assertThat(light(lights, "EV QUAD: ")).isEqualTo(Standing.ON_TRACK);
		assertThat(light(lights, "Smartphone QUAD: ")).isEqualTo(Standing.AT_RISK);
		assertThat(light(lights, "Vaccine QUAD: ")).isEqualTo(Standing.OFF_TRACK);
		long ev = quads.overview().quads().stream().filter(q -> q.name().startsWith("EV QUAD: ")).findFirst()
			.map(QuadSummary::id).orElseThrow();
		assertThat(reports.ofQuad(Actor.system(), ev)).filteredOn(r -> r.status().name().equals("SUBMITTED")).hasSize(1);
		assertThat(reports.acceptedExportsByYear(ev)).isNotEmpty();
		assertThat(reports.directJobsByYear(ev).values()).allSatisfy(jobs -> assertThat(jobs).isPositive());
	}

	private static Standing light(Map<String, Standing> lights, String prefix) {
		return lights.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue)
			.findFirst().orElseThrow();
	}
}
