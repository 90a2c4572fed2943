package org.quadhub.approvals;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.quadhub.users.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Approval queue gauges: per agency, open cases with a step pending there, pending steps and overdue steps, read
 * by one grouped query on refresh and served from memory to the metrics scrape.
 */
@QuadHubTest
class QueueGaugesTest {

	private static final Actor ADMIN = new Actor(Fixtures.ADMIN, Set.of(Role.AUTHORITY), null);

	@Autowired
	Approvals approvals;

	@Autowired
	QueueGauges gauges;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	MeterRegistry registry;

	@Autowired
	MockMvc mvc;

	@Test
	void gaugesCountOpenCasesPendingAndOverdueStepsPerAgency() throws Exception {
		String agency = "OBS" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
		approvals.addAgency(ADMIN, agency, "Metrics test agency");
		String key = "obs-" + UUID.randomUUID().toString().substring(0, 8);
		TemplateDetails route = approvals.saveTemplate(ADMIN, new NewTemplate(key, "Metrics route", null, List.of(
				new NewTemplate.Step("FIRST", "First check", agency, null, null, null, 5, null, null, LapseRule.ESCALATE),
				new NewTemplate.Step("SECOND", "Second check", agency, null, null, null, 5, null, null,
						LapseRule.ESCALATE))));
		long quadA = fixtures.quad(fixtures.quartet()).id();
		long quadB = fixtures.quad(fixtures.quartet()).id();
		CaseDetails a = approvals.open(Actor.system(), new OpenCase(SubjectRef.QUAD, quadA, route.id()));
		approvals.open(Actor.system(), new OpenCase(SubjectRef.QUAD, quadB, route.id()));

		assertThat(row(gauges.refresh(), agency)).isEqualTo(new QueueGauges.AgencyQueue(agency, 2, 4, 0));
		assertThat(registry.get("quadhub.approvals.open.cases").tag("agency", agency).gauge().value()).isEqualTo(2);
		assertThat(registry.get("quadhub.approvals.pending.steps").tag("agency", agency).gauge().value()).isEqualTo(4);
		assertThat(registry.get("quadhub.approvals.overdue.steps").tag("agency", agency).gauge().value()).isZero();

		// sixty days on, every pending step is past its five working days
		QueueGauges later = new QueueGauges(jdbc, Clock.offset(clock, Duration.ofDays(60)), new SimpleMeterRegistry());
		assertThat(row(later.refresh(), agency)).isEqualTo(new QueueGauges.AgencyQueue(agency, 2, 4, 4));

		// deciding case A's steps leaves one open case at the agency
		ApprovalsTestSupport.approveAll(approvals, users, a);
		assertThat(row(gauges.refresh(), agency)).isEqualTo(new QueueGauges.AgencyQueue(agency, 1, 2, 0));

		String text = mvc.perform(get("/actuator/prometheus").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(text).containsPattern("quadhub_approvals_open_cases\\{agency=\"" + agency + "\"[^}]*} 1\\.0")
			.containsPattern("quadhub_approvals_pending_steps\\{agency=\"" + agency + "\"[^}]*} 2\\.0")
			.containsPattern("quadhub_approvals_overdue_steps\\{agency=\"" + agency + "\"[^}]*} 0\\.0")
			.contains("quadhub_approvals_queue_refreshed_seconds");
	}

	private static QueueGauges.AgencyQueue row(List<QueueGauges.AgencyQueue> rows, String agency) {
		return rows.stream().filter(r -> r.agency().equals(agency)).findFirst().orElseThrow();
	}
}
