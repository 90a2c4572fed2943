package org.quadhub.projection.web;

import org.junit.jupiter.api.Test;
import org.quadhub.projection.ProjectionJson;
import org.quadhub.projection.ProjectionPresets;
import org.quadhub.quads.PartnerRole;
import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@QuadHubTest
class ProjectionPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	private final RequestPostProcessor admin = httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);

	/** The editor's form for the op-ed preset, with some inputs changed. */
	private MockHttpServletRequestBuilder editorPost(String url, Map<String, String> changes) {
		Map<String, Object> base = ProjectionPresets.find("op-ed").orElseThrow().scenario();
		MockHttpServletRequestBuilder request = post(url).with(csrf()).with(admin).accept(MediaType.TEXT_HTML)
			.param("base", ProjectionJson.write(base)).param("preset", "op-ed");
		ScenarioForm.inputs(base).forEach((name, value) -> {
			if (!name.equals("programme")) {
				request.param(name, changes.getOrDefault(name, value));
			}
		});
		return request;
	}

	@Test
	void listShowsThePresetsWithSourcesAndTheNavLinkForReaders() throws Exception {
		mvc.perform(get("/projections").with(admin).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Op-ed as written"), containsString("Benchmarked"),
					containsString("IMF-constrained"), containsString("underperform"), containsString("nav-projections"),
					containsString("new-projection"))));
		String agency = fixtures.user(Role.AGENCY);
		mvc.perform(get("/projections").with(httpBasic(agency, Fixtures.PASSWORD)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("new-projection"))));
		String partner = fixtures.user(Role.PARTNER, fixtures.quartet().get(PartnerRole.PAKISTANI_ACADEMIA));
		mvc.perform(get("/projections").with(httpBasic(partner, Fixtures.PASSWORD)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isForbidden());
		mvc.perform(get("/").with(httpBasic(partner, Fixtures.PASSWORD)).accept(MediaType.TEXT_HTML))
			.andExpect(content().string(not(containsString("nav-projections"))));
	}

	@Test
	void editorStartsFromAPresetAndShowsEachErrorBesideItsInput() throws Exception {
		mvc.perform(get("/projections/new").param("preset", "benchmarked").with(admin).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"sectors.ELECTRONICS.peakExportsUsd\""),
					containsString("lognormal median=1.5e9 sigma=1.1"), containsString("preset-sources"))));

		String sigma = "sectors.ELECTRONICS.peakExportsUsd";
		mvc.perform(editorPost("/projections", Map.of(sigma, "lognormal median=5e9 sigma=-2", "trials", "zero")))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(allOf(
					containsString("id=\"errs-sectors_ELECTRONICS_peakExportsUsd\""),
					containsString("sectors.ELECTRONICS.peakExportsUsd.sigma: must be 0 or more"),
					containsString("id=\"errs-trials\""), containsString("must be a whole number"))));

		// Inline validation while editing: only the error lists, swapped out of band beside their inputs.
		mvc.perform(editorPost("/projections/editor", Map.of(sigma, "lognormal median=5e9 sigma=-2")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("<input")), not(containsString("<html")),
					containsString("id=\"errs-sectors_ELECTRONICS_peakExportsUsd\" class=\"field-errors\" hx-swap-oob=\"true\""
							+ "><p class=\"field-error\">sectors.ELECTRONICS.peakExportsUsd.sigma: must be 0 or more"))));
		mvc.perform(editorPost("/projections/editor", Map.of()))
			.andExpect(content().string(containsString("editor-valid")));
	}

	@Test
	void aValidFormRunsAndTheRunPageShowsTheHeadlineAndCharts() throws Exception {
		String location = mvc.perform(editorPost("/projections", Map.of("trials", "50", "name", "UI op-ed")))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/projections/\\d+");
		long deadline = System.currentTimeMillis() + 60_000;
		String page;
		do {
			Thread.sleep(100);
			page = mvc.perform(get(location + "/progress").with(admin)).andReturn().getResponse().getContentAsString();
		}
		while (page.contains("run-progress") && System.currentTimeMillis() < deadline);
		mvc.perform(get(location + "/progress").with(admin)).andExpect(header().string("HX-Refresh", "true"));

		mvc.perform(get(location).with(admin).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("UI op-ed"), containsString("100.0%"),
					containsString("probability that exports reach USD 200 bn in year 10"), containsString("fan-chart"),
					containsString("tornado-chart"), containsString("jobs-chart"), containsString("forex-chart"))));
		mvc.perform(get(location + "/data").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"years\"")));

		String id = location.substring(location.lastIndexOf('/') + 1);
		mvc.perform(get("/projections/compare").param("ids", id).with(admin).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("compare-chart"), containsString("UI op-ed"))));
	}
}
