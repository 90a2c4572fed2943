package org.quadhub.web;

import org.junit.jupiter.api.Test;
import org.quadhub.partners.OrganisationDetails;
import org.quadhub.partners.OrganisationKind;
import org.quadhub.quads.PartnerRole;
import org.quadhub.shared.Country;
import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@QuadHubTest
class UiPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void theOverviewIsPublicAndListsQuadsWithoutPartners() throws Exception {
		org.quadhub.quads.QuadDetails quad = fixtures.quad(fixtures.quartet());
		mvc.perform(get("/").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(quad.name())))
			.andExpect(content().string(not(containsString(quad.partners().get(PartnerRole.PAKISTANI_INDUSTRY).name()))))
			.andExpect(content().string(containsString("status-chart")));
	}

	@Test
	void registryPagesNeedASignIn() throws Exception {
		mvc.perform(get("/organisations").accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void formLoginWorksAndAWrongPasswordSaysSoWithoutNamingTheCause() throws Exception {
		mvc.perform(formLogin("/login").user(Fixtures.ADMIN).password(Fixtures.ADMIN_PASSWORD))
			.andExpect(redirectedUrl("/"));
		mvc.perform(formLogin("/login").user(Fixtures.ADMIN).password("wrong"))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin("/login").user("no-such-user").password("wrong"))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void formsAreRefusedWithoutACsrfToken() throws Exception {
		mvc.perform(post("/organisations").with(user("admin").roles("AUTHORITY")).param("name", "No Token Org"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aWrongRoleChoiceComesBackAsAnInlineError() throws Exception {
		Map<PartnerRole, Long> seats = fixtures.quartet();
		mvc.perform(post("/quads").with(csrf()).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.param("name", Fixtures.unique("Inline QUAD"))
				.param("productCategory", "ELECTRONICS")
				.param("productDescription", "Phones")
				.param("hsCodes", "851713")
				.param("partners[CHINESE_INDUSTRY]", seats.get(PartnerRole.PAKISTANI_INDUSTRY).toString())
				.param("partners[PAKISTANI_INDUSTRY]", seats.get(PartnerRole.CHINESE_INDUSTRY).toString())
				.param("partners[CHINESE_ACADEMIA]", seats.get(PartnerRole.CHINESE_ACADEMIA).toString())
				.param("partners[PAKISTANI_ACADEMIA]", seats.get(PartnerRole.PAKISTANI_ACADEMIA).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("partner-CHINESE_INDUSTRY-error")))
			.andExpect(content().string(containsString("this role needs a Chinese company")));
	}

	@Test
	void editingAnOrganisationThatChangedMeanwhileShowsTheConflictAndKeepsTheOtherEdit() throws Exception {
		OrganisationDetails organisation = fixtures.organisation(Country.CN, OrganisationKind.INDUSTRY);
		var admin = httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
		mvc.perform(post("/organisations/" + organisation.id()).with(csrf()).with(admin)
				.param("name", organisation.name()).param("country", "CN").param("kind", "INDUSTRY")
				.param("city", "Hefei").param("version", String.valueOf(organisation.version())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/organisations/" + organisation.id() + "?saved"));
		mvc.perform(post("/organisations/" + organisation.id()).with(csrf()).with(admin)
				.param("name", organisation.name()).param("country", "CN").param("kind", "INDUSTRY")
				.param("city", "Xi'an").param("version", String.valueOf(organisation.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("changed by someone else")));
		mvc.perform(get("/organisations/" + organisation.id()).with(admin).accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("Hefei")));
	}

	@Test
	void aPartnerCannotOpenAnotherOrganisationsPage() throws Exception {
		Map<PartnerRole, Long> seats = fixtures.quartet();
		String partner = fixtures.user(Role.PARTNER, seats.get(PartnerRole.PAKISTANI_ACADEMIA));
		mvc.perform(get("/organisations/" + seats.get(PartnerRole.CHINESE_INDUSTRY)).accept(MediaType.TEXT_HTML)
				.with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("Lahore"))));
		long other = seats.get(PartnerRole.CHINESE_INDUSTRY);
		mvc.perform(get("/organisations/" + other + "/edit").accept(MediaType.TEXT_HTML).with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/organisations/" + other).with(csrf()).with(httpBasic(partner, Fixtures.PASSWORD))
				.param("name", "Taken over").param("country", "CN").param("kind", "INDUSTRY").param("version", "0"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/organisations/new").accept(MediaType.TEXT_HTML).with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());
		long foreignQuad = fixtures.quad(fixtures.quartet()).id();
		mvc.perform(get("/quads/" + foreignQuad).accept(MediaType.TEXT_HTML).with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());
	}
}
