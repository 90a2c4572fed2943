package org.quadhub.reporting;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.quadhub.approvals.Approvals;
import org.quadhub.approvals.CaseDetails;
import org.quadhub.approvals.LapseRule;
import org.quadhub.approvals.NewTemplate;
import org.quadhub.approvals.OpenCase;
import org.quadhub.approvals.SubjectRef;
import org.quadhub.approvals.TemplateDetails;
import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.Quads;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Role;
import org.quadhub.shared.StateChange;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard's approvals-overdue panel, the quarterly report generated as a job the page polls, and the audit
 * events of JDBC-written reports.
 */
@QuadHubTest
@RecordApplicationEvents
class ReportingPanelsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Quads quads;

	@Autowired
	Reports reports;

	@Autowired
	Approvals approvals;

	@Autowired
	ApplicationEvents events;

	@Test
	void theDashboardCountsOverdueApprovalStepsByAgencyAndLinksToTheirCases() throws Exception {
		String agency = "RP" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
		approvals.addAgency(Actor.system(), agency, "Reporting test agency " + agency);
		TemplateDetails route = approvals.saveTemplate(Actor.system(), new NewTemplate(
				"rp-" + UUID.randomUUID().toString().substring(0, 8), "Reporting test route", null,
				List.of(new NewTemplate.Step("LATE", "Late step", agency, null, null, null, 2, List.of(), false,
						LapseRule.ESCALATE))));
		long quad = fixtures.quad(fixtures.quartet()).id();
		ZoneId zone = ZoneId.of("Asia/Karachi");
		Clock monthAgo = Clock.fixed(java.time.Instant.now().minus(java.time.Duration.ofDays(30)), zone);
		CaseDetails late = approvals.at(monthAgo).open(Actor.system(), new OpenCase(SubjectRef.QUAD, quad, route.id()));
		String committee = fixtures.user(Role.COMMITTEE);

		mvc.perform(get("/api/v1/dashboard").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.approvalsOverdue.byAgency[?(@.agency == '" + agency + "')].overdue", hasItem(1)))
			.andExpect(jsonPath("$.approvalsOverdue.steps[?(@.caseId == " + late.id() + ")].agencyName",
					hasItem("Reporting test agency " + agency)));
		mvc.perform(get("/reporting").with(httpBasic(committee, Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"overdue-agency-" + agency + "\"")))
			.andExpect(content().string(containsString("href=\"/approvals/cases/" + late.id() + "\"")));
	}

	@Test
	void theQuarterlyReportIsGeneratedAsAJobThePagePollsThenDownloads() throws Exception {
		String quarter = previousQuarter();
		MvcResult started = mvc.perform(post("/reporting/documents").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
			.with(csrf()).param("format", "xlsx").param("quarter", quarter))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"document-job\"")))
			.andReturn();
		Matcher job = Pattern.compile("data-job=\"([0-9a-f-]{36})\"").matcher(started.getResponse().getContentAsString());
		assertThat(job.find()).isTrue();
		String id = job.group(1);
		String status = "";
		for (int i = 0; i < 240 && !status.contains("document-download"); i++) {
			status = mvc.perform(get("/reporting/documents/" + id).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			if (!status.contains("document-download")) {
				assertThat(status).doesNotContain("document-failed");
				Thread.sleep(250);
			}
		}
		assertThat(status).contains("document-download").contains("quadhub-programme-" + quarter + ".xlsx")
			.doesNotContain("hx-get");
		byte[] file = mvc.perform(get("/reporting/documents/" + id + "/file")
			.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("quadhub-programme-" + quarter + ".xlsx")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(file, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");

		String other = fixtures.user(Role.COMMITTEE);
		mvc.perform(get("/reporting/documents/" + id).with(httpBasic(other, Fixtures.PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/reporting/documents").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)).with(csrf())
			.param("format", "pdf").param("quarter", "2027-13"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("document-error")))
			.andExpect(content().string(not(containsString("data-job"))));
		QuadDetails someQuad = fixtures.quad(fixtures.quartet());
		String partner = fixtures.user(Role.PARTNER, someQuad.partners().get(PartnerRole.CHINESE_INDUSTRY).id());
		mvc.perform(post("/reporting/documents").with(httpBasic(partner, Fixtures.PASSWORD)).with(csrf())
			.param("format", "pdf").param("quarter", quarter))
			.andExpect(status().isForbidden());
		mvc.perform(post("/reporting/documents").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
			.param("format", "pdf").param("quarter", quarter))
			.andExpect(status().isForbidden());
	}

	@Test
	void uploadsSubmissionsAndReviewsPublishAStateChangeForTheAuditTrail() throws Exception {
		ReportingFixtures reporting = new ReportingFixtures(fixtures, quads, reports);
		QuadDetails quad = reporting.established(LocalDate.now().minusMonths(6));
		YearMonth first = YearMonth.from(quad.establishedOn());
		String csv = "period,hs_code,destination,value_usd,quantity,unit\n" + first + ",851713,AE,1000.50,3,units\n"
				+ first + ",851713,DE,20,1,units\n" + first.plusMonths(1) + ",851713,AE,5,1,units\n";
		mvc.perform(multipart("/api/v1/quads/" + quad.id() + "/reports/upload")
			.file(new MockMultipartFile("file", "exports.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isCreated());
		StateChange upload = events.stream(StateChange.class)
			.filter(e -> e.action().equals("upload") && e.after() != null
					&& Long.valueOf(quad.id()).equals(e.after().get("quadId")))
			.findFirst().orElseThrow();
		assertThat(upload.subjectKind()).isEqualTo("report");
		Map<String, ?> after = upload.after();
		assertThat(after.get("lines")).isEqualTo(3L);
		assertThat(after.get("periods")).isEqualTo(List.of(first.toString(), first.plusMonths(1).toString()));

		ReportDetails submitted = reporting.report(quad.id(), first.plusMonths(2).toString(), "700", true);
		assertThat(events.stream(StateChange.class)
			.filter(e -> e.subjectId().equals(String.valueOf(submitted.id()))).map(StateChange::action).toList())
			.containsExactly("submit", "review");
		long before = events.stream(StateChange.class).count();
		mvc.perform(multipart("/api/v1/quads/" + quad.id() + "/reports/upload")
			.file(new MockMultipartFile("file", "bad.csv", "text/csv",
					("period,hs_code,destination,value_usd,quantity,unit\n" + first + ",851713,ZZ,1,1,units\n")
						.getBytes(StandardCharsets.UTF_8)))
			.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isUnprocessableContent());
		assertThat(events.stream(StateChange.class).count()).isEqualTo(before);
	}

	private static String previousQuarter() {
		YearMonth previous = YearMonth.now(ZoneId.of("Asia/Karachi")).minusMonths(3);
		return previous.getYear() + "-Q" + ((previous.getMonthValue() - 1) / 3 + 1);
	}
}
