package org.quadhub.matching;

import org.junit.jupiter.api.Test;
import org.quadhub.partners.OrganisationCommand;
import org.quadhub.partners.OrganisationDetails;
import org.quadhub.partners.OrganisationKind;
import org.quadhub.partners.Partners;
import org.quadhub.quads.PartnerRole;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Country;
import org.quadhub.shared.Role;
import org.quadhub.shared.Sector;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The matching pages as the authority uses them: suggest, form the QUAD, run, watch, accept. */
@QuadHubTest
class MatchingPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Partners partners;

	private final org.springframework.test.web.servlet.request.RequestPostProcessor admin =
			httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);

	private Map<PartnerRole, OrganisationDetails> quartet(String tag) {
		Map<PartnerRole, OrganisationDetails> seats = new EnumMap<>(PartnerRole.class);
		for (PartnerRole role : PartnerRole.values()) {
			seats.put(role, partners.register(Actor.system(), new OrganisationCommand(Fixtures.unique("Page " + role.name().replace("_", " ").toLowerCase()),
					null, null, role.country(), role.kind(), Set.of(Sector.AGRI_TECH), Set.of(tag, tag + " extra"),
					role.country() == Country.PK ? "Faisalabad" : "Beijing", null, null, null, null, null, null, true, null)));
		}
		return seats;
	}

	@Test
	void suggestsExplainedPartnersAndFormThisQuadOpensThePrefilledForm() throws Exception {
		String tag = "seed-" + UUID.randomUUID().toString().substring(0, 8);
		Map<PartnerRole, OrganisationDetails> best = quartet(tag);
		String page = mvc.perform(get("/matching").with(admin).accept(MediaType.TEXT_HTML)
				.param("productCategory", "AGRI_TECH").param("hsCodes", "1209").param("capabilities", tag)
				.param("zonePlace", "Faisalabad").param("top", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"nav-matching\"")))
			.andExpect(content().string(containsString(best.get(PartnerRole.CHINESE_INDUSTRY).name()
					+ ": 1 of 1 required capabilities; already in 0 QUADs of its capacity 2")))
			.andExpect(content().string(containsString("Pakistani partners to Faisalabad")))
			.andReturn().getResponse().getContentAsString();
		Matcher link = Pattern.compile("class=\"button form-this-quad\" href=\"([^\"]+)\"").matcher(page);
		assertThat(link.find()).isTrue();
		String href = link.group(1).replace("&amp;", "&");
		assertThat(href).startsWith("/quads/new?productCategory=AGRI_TECH");
		String form = mvc.perform(get(java.net.URI.create(href)).with(admin).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		for (PartnerRole role : PartnerRole.values()) {
			assertThat(form).containsPattern("value=\"" + best.get(role).id() + "\"\\s+selected");
		}
		assertThat(form).contains("value=\"1209\"");
	}

	@Test
	void aRunStartedFromThePageIsWatchedAndAccepted() throws Exception {
		String tag = "run-" + UUID.randomUUID().toString().substring(0, 8);
		Map<PartnerRole, OrganisationDetails> best = quartet(tag);
		String name = Fixtures.unique("Page run QUAD");
		String location = mvc.perform(post("/matching/runs").with(csrf()).with(admin)
				.param("slots", "AGRI_TECH | 1209 | " + tag + " | Faisalabad | " + name).param("timeLimitSeconds", "1"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/matching/runs/");
		String page = "";
		for (int i = 0; i < 240 && !page.contains("id=\"accept-run\""); i++) {
			Thread.sleep(250);
			page = mvc.perform(get(location).with(admin).accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		}
		assertThat(page).contains("id=\"accept-run\"").contains(best.get(PartnerRole.PAKISTANI_ACADEMIA).name())
			.contains("Capacity including existing QUADs").contains("score-chart");
		mvc.perform(post(location + "/accept").with(csrf()).with(admin))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(location).with(admin).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Accepted")));
		mvc.perform(get("/quads").with(admin).accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString(name)));
	}

	@Test
	void partnersAndAgenciesCannotOpenMatching() throws Exception {
		String partner = fixtures.user(Role.PARTNER, fixtures.organisation(Country.PK, OrganisationKind.INDUSTRY).id());
		mvc.perform(get("/matching").with(httpBasic(partner, Fixtures.PASSWORD)).accept(MediaType.TEXT_HTML)
				.param("productCategory", "AGRI_TECH"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/matching/runs").with(httpBasic(fixtures.user(Role.AGENCY), Fixtures.PASSWORD))
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isForbidden());
	}
}
