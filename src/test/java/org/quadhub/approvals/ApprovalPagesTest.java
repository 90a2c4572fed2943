package org.quadhub.approvals;

import org.junit.jupiter.api.Test;
import org.quadhub.quads.PartnerRole;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.quadhub.users.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The approvals pages render for each role and the forms change what they should. */
@QuadHubTest
class ApprovalPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Approvals approvals;

	@Autowired
	Users users;

	private CaseDetails openCase(Map<PartnerRole, Long> seats) {
		long quad = fixtures.quad(seats).id();
		return approvals.open(Actor.system(), new OpenCase("QUAD", quad,
				approvals.latest(Approvals.QUAD_ESTABLISHMENT).orElseThrow().id()));
	}

	@Test
	void anOfficerSeesTheQueueAndDecidesFromTheCasePage() throws Exception {
		String officer = ApprovalsTestSupport.officer(users, "BOI");
		CaseDetails c = openCase(fixtures.quartet());
		long boi = c.step("BOI_REGISTRATION").id();
		mvc.perform(get("/approvals/inbox").with(httpBasic(officer, Fixtures.PASSWORD)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("queue-step-" + boi)))
			.andExpect(content().string(containsString("My queue (BOI)")));
		mvc.perform(get("/approvals/cases/" + c.id()).with(httpBasic(officer, Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("decide-BOI_REGISTRATION")))
			.andExpect(content().string(not(containsString("decide-SBP_FDI_REGISTRATION"))));
		mvc.perform(post("/approvals/cases/" + c.id() + "/steps/" + boi + "/decision").with(csrf())
				.with(httpBasic(officer, Fixtures.PASSWORD)).param("outcome", "REJECTED").param("reason", ""))
			.andExpect(redirectedUrl("/approvals/cases/" + c.id() + "#step-" + boi))
			.andExpect(flash().attributeExists("problem"));
		mvc.perform(post("/approvals/cases/" + c.id() + "/steps/" + boi + "/decision").with(csrf())
				.with(httpBasic(officer, Fixtures.PASSWORD)).param("outcome", "APPROVED").param("reason", "Registered"))
			.andExpect(flash().attribute("done", "decided"));
		assertThat(approvals.find(Actor.system(), c.id()).step(boi).state()).isEqualTo(StepState.APPROVED);
	}

	@Test
	void aPartnerAnswersAQueryFromTheCasePageReachedFromItsQuad() throws Exception {
		Map<PartnerRole, Long> seats = fixtures.quartet();
		String partner = fixtures.user(Role.PARTNER, seats.get(PartnerRole.PAKISTANI_ACADEMIA));
		CaseDetails c = openCase(seats);
		long boi = c.step("BOI_REGISTRATION").id();
		approvals.decide(ApprovalsTestSupport.actor(ApprovalsTestSupport.officer(users, "BOI")), c.id(), boi,
				new Decision(Outcome.QUERIED, "Signed JV agreement please"));
		mvc.perform(get("/quads/" + c.subject().id()).with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(content().string(containsString("/approvals/subjects/QUAD/" + c.subject().id())));
		mvc.perform(get("/approvals/subjects/QUAD/" + c.subject().id()).with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(redirectedUrl("/approvals/cases/" + c.id()));
		mvc.perform(get("/approvals/cases/" + c.id()).with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("respond-BOI_REGISTRATION")))
			.andExpect(content().string(containsString("Signed JV agreement please")));
		mvc.perform(post("/approvals/cases/" + c.id() + "/steps/" + boi + "/response").with(csrf())
				.with(httpBasic(partner, Fixtures.PASSWORD)).param("message", "Filed today"))
			.andExpect(flash().attribute("done", "answered"));
		assertThat(approvals.find(Actor.system(), c.id()).step(boi).state()).isEqualTo(StepState.OPEN);
	}

	@Test
	void aQuadWithoutACaseOffersToOpenOne() throws Exception {
		long quad = fixtures.quad(fixtures.quartet()).id();
		mvc.perform(get("/approvals/subjects/QUAD/" + quad).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("open-case")));
		long template = approvals.latest(Approvals.QUAD_ESTABLISHMENT).orElseThrow().id();
		mvc.perform(post("/approvals/subjects/QUAD/" + quad + "/case").with(csrf())
				.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)).param("templateId", String.valueOf(template)))
			.andExpect(status().is3xxRedirection());
		assertThat(approvals.casesOf(Actor.system(), SubjectRef.quad(quad))).hasSize(1);
	}

	@Test
	void theLeagueTableRoutesAndHolidaysRender() throws Exception {
		openCase(fixtures.quartet());
		mvc.perform(get("/approvals/agencies").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("league-chart")))
			.andExpect(content().string(containsString("BOI")));
		mvc.perform(get("/approvals/templates").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("QUAD establishment")));
		long template = approvals.latest(Approvals.QUAD_ESTABLISHMENT).orElseThrow().id();
		mvc.perform(get("/approvals/templates/" + template).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Special Economic Zones Act 2012")));
		mvc.perform(get("/approvals/holidays").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Independence Day")))
			.andExpect(content().string(containsString("add-holiday")));
		mvc.perform(get("/approvals/cases").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk());
		String partner = fixtures.user(Role.PARTNER, fixtures.quartet().get(PartnerRole.CHINESE_ACADEMIA));
		mvc.perform(get("/approvals/agencies").with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/approvals/inbox").with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString("id=\"queue\""))));
	}
}
