package org.quadhub.ip;

import org.junit.jupiter.api.Test;
import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.QuadDetails;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Role;
import org.quadhub.skills.DemandRow;
import org.quadhub.skills.SkillCategory;
import org.quadhub.skills.SkillsPipeline;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The IP and skills pages render for readers, take forms from writers, and show errors without storing anything. */
@QuadHubTest
class IpPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Agreements agreements;

	@Autowired
	TransferMilestones milestones;

	@Autowired
	SkillsPipeline skills;

	@Autowired
	Clock clock;

	@Test
	void theIpPageShowsAgreementsDeadlinesAndTakesAMilestone() throws Exception {
		Map<PartnerRole, Long> seats = fixtures.quartet();
		QuadDetails quad = fixtures.quad(seats);
		String title = Fixtures.unique("Licence of cell chemistry");
		agreements.create(Actor.system(), quad.id(), new AgreementCommand(AgreementType.LICENCE, title,
				List.of(new Holder(seats.get(PartnerRole.CHINESE_INDUSTRY), null, new BigDecimal("100"))), null, null,
				"Secret royalty 4%", LocalDate.of(2026, 1, 1), null, "Laws of Pakistan", AgreementStatus.SIGNED, null));
		String milestone = Fixtures.unique("Cell line commissioned");
		milestones.create(Actor.system(), quad.id(), new MilestoneCommand(milestone, LocalDate.now(clock).plusDays(12),
				null, null, null, null, null));
		String committee = fixtures.user(Role.COMMITTEE);
		mvc.perform(get("/quads/" + quad.id() + "/ip").with(httpBasic(committee, Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString(milestone)))
			.andExpect(content().string(not(containsString("Secret royalty"))))
			.andExpect(content().string(not(containsString("agreement-form"))));
		String partner = fixtures.user(Role.PARTNER, seats.get(PartnerRole.PAKISTANI_INDUSTRY));
		mvc.perform(get("/quads/" + quad.id() + "/ip").with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Secret royalty")))
			.andExpect(content().string(containsString("agreement-form")));
		String added = Fixtures.unique("First locally designed module");
		mvc.perform(post("/quads/" + quad.id() + "/ip/milestones").with(httpBasic(partner, Fixtures.PASSWORD))
			.with(csrf()).param("title", added).param("plannedDate", LocalDate.now(clock).plusDays(40).toString())
			.param("status", "PLANNED"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/quads/" + quad.id() + "/ip?saved#milestones"));
		mvc.perform(post("/quads/" + quad.id() + "/ip/agreements").with(httpBasic(partner, Fixtures.PASSWORD))
			.with(csrf()).param("type", "LICENCE").param("title", "Uneven").param("startDate", "2026-02-01")
			.param("governingLaw", "Laws of Pakistan").param("share-" + seats.get(PartnerRole.CHINESE_INDUSTRY), "99.99"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ip-error")))
			.andExpect(content().string(containsString("must total exactly 100%")));
		mvc.perform(get("/ip/deadlines?within=365").with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(milestone)))
			.andExpect(content().string(containsString(added)));
		String outsider = fixtures.user(Role.PARTNER, fixtures.quartet().get(PartnerRole.PAKISTANI_INDUSTRY));
		mvc.perform(get("/quads/" + quad.id() + "/ip").with(httpBasic(outsider, Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/quads/" + quad.id()).with(httpBasic(committee, Fixtures.PASSWORD)))
			.andExpect(content().string(containsString("quad-ip-link")))
			.andExpect(content().string(containsString("quad-skills-link")));
	}

	@Test
	void theSkillsPageShowsTheGapChartAndTakesACsvUpload() throws Exception {
		Map<PartnerRole, Long> seats = fixtures.quartet();
		QuadDetails quad = fixtures.quad(seats);
		skills.replaceDemand(Actor.system(), quad.id(), List.of(new DemandRow(2027, SkillCategory.ENGINEERS, 120)));
		String partner = fixtures.user(Role.PARTNER, seats.get(PartnerRole.PAKISTANI_ACADEMIA));
		mvc.perform(get("/quads/" + quad.id() + "/skills").with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("skills-chart")))
			.andExpect(content().string(containsString("/js/skills.js")))
			.andExpect(content().string(containsString("demand-form")));
		mvc.perform(post("/quads/" + quad.id() + "/skills/demand").with(httpBasic(partner, Fixtures.PASSWORD))
			.with(csrf()).param("csv", "year,category,headcount\n2028,TECHNICIANS,75\n"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/quads/" + quad.id() + "/skills/demand").with(httpBasic(partner, Fixtures.PASSWORD))
			.with(csrf()).param("csv", "2028,TECHNICIANS,many\n"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("line 1.headcount")));
		mvc.perform(get("/quads/" + quad.id() + "/skills").with(httpBasic(fixtures.user(Role.AGENCY), Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("75")))
			.andExpect(content().string(not(containsString("demand-form"))));
	}
}
