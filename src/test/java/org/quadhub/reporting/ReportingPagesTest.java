package org.quadhub.reporting;

import org.junit.jupiter.api.Test;
import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.Quads;
import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The reporting pages render for the roles that may see them, and the form and upload pages do their work. */
@QuadHubTest
class ReportingPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Quads quads;

	@Autowired
	Reports reports;

	@Test
	void pagesRenderForTheirRolesAndTheFormStoresAReport() throws Exception {
		ReportingFixtures reporting = new ReportingFixtures(fixtures, quads, reports);
		QuadDetails quad = reporting.established(LocalDate.now().minusMonths(10));
		String partner = fixtures.user(Role.PARTNER, quad.partners().get(PartnerRole.CHINESE_INDUSTRY).id());
		String committee = fixtures.user(Role.COMMITTEE);
		String month = YearMonth.from(quad.establishedOn()).toString();
		ReportDetails accepted = reporting.report(quad.id(), month, "2500000", true);

		mvc.perform(get("/reporting").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("standing-" + quad.id())));
		mvc.perform(get("/reporting").with(httpBasic(committee, Fixtures.PASSWORD))).andExpect(status().isOk());
		mvc.perform(get("/reporting").with(httpBasic(partner, Fixtures.PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/quads/" + quad.id() + "/reporting").with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("trajectory-chart")))
			.andExpect(content().string(containsString("upload-report")));
		mvc.perform(get("/reports/" + accepted.id()).with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("851713")));
		mvc.perform(get("/reporting/review").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(get("/quads/" + quad.id() + "/reports/new").with(httpBasic(committee, Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());

		mvc.perform(post("/quads/" + quad.id() + "/reports").with(httpBasic(partner, Fixtures.PASSWORD)).with(csrf())
			.param("period", month).param("lines[0].hsCode", "999999").param("lines[0].destination", "AE")
			.param("lines[0].valueUsd", "100").param("lines[0].quantity", "1").param("lines[0].unit", "units"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lines[0].hsCode")))
			.andExpect(content().string(containsString("not a known HS code")));
		mvc.perform(post("/quads/" + quad.id() + "/reports").with(httpBasic(partner, Fixtures.PASSWORD)).with(csrf())
			.param("period", month).param("lines[0].hsCode", "851713").param("lines[0].destination", "AE")
			.param("lines[0].valueUsd", "3000000").param("lines[0].quantity", "10").param("lines[0].unit", "units")
			.param("jobs[0].category", "ENGINEERS").param("jobs[0].jobs", "35").param("jobs[0].women", "9"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/reports/*?submitted"));
		assertThat(reports.ofQuad(org.quadhub.shared.Actor.system(), quad.id()))
			.filteredOn(r -> r.channel() == Channel.FORM)
			.singleElement()
			.satisfies(r -> {
				assertThat(r.revision()).isEqualTo(2);
				assertThat(r.directJobs()).isEqualTo(35);
			});
	}

	@Test
	void anUploadFromThePageReportsProgressAndThenEveryRowError() throws Exception {
		QuadDetails quad = new ReportingFixtures(fixtures, quads, reports).established(LocalDate.now().minusMonths(6));
		String partner = fixtures.user(Role.PARTNER, quad.partners().get(PartnerRole.PAKISTANI_ACADEMIA).id());
		String csv = "period,hs_code,destination,value_usd,quantity,unit\n" + YearMonth.from(quad.establishedOn())
				+ ",851713,ZZ,5,1,units\n";
		String fragment = mvc.perform(multipart("/quads/" + quad.id() + "/reports/upload")
			.file(new MockMultipartFile("file", "bad.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(httpBasic(partner, Fixtures.PASSWORD)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String job = fragment.replaceAll("(?s).*data-job=\"([0-9a-f-]+)\".*", "$1");
		assertThat(job).matches("[0-9a-f-]{36}");
		String status = "";
		for (int i = 0; i < 300 && !status.contains("row-errors"); i++) {
			Thread.sleep(100);
			status = mvc.perform(get("/reporting/uploads/" + job).with(httpBasic(partner, Fixtures.PASSWORD)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		}
		assertThat(status).contains("row-errors").contains("destination").contains("ZZ");
		String other = fixtures.user(Role.PARTNER, quad.partners().get(PartnerRole.CHINESE_ACADEMIA).id());
		mvc.perform(get("/reporting/uploads/" + job).with(httpBasic(other, Fixtures.PASSWORD)))
			.andExpect(status().isNotFound());
	}
}
