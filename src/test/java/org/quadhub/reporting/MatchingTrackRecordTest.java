package org.quadhub.reporting;

import org.junit.jupiter.api.Test;
import org.quadhub.matching.TrackRecord;
import org.quadhub.partners.OrganisationCommand;
import org.quadhub.partners.OrganisationDetails;
import org.quadhub.partners.Partners;
import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.Quads;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Sector;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Partner matching's track record from reporting: an organisation whose established QUAD has accepted exports on
 * target moves above an equally fitting one, where before its results were accepted it ranked below (its existing
 * QUAD costs spread).
 */
@QuadHubTest
class MatchingTrackRecordTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Quads quads;

	@Autowired
	Reports reports;

	@Autowired
	Partners partners;

	@Autowired
	TrackRecord trackRecord;

	@Test
	void acceptedResultsOnTargetMoveAnOrganisationUpTheRanking() throws Exception {
		List<String> tags = new ArrayList<>();
		String run = UUID.randomUUID().toString().substring(0, 8);
		for (int i = 1; i <= 4; i++) {
			tags.add("track" + i + "-" + run);
		}
		for (PartnerRole role : List.of(PartnerRole.CHINESE_INDUSTRY, PartnerRole.CHINESE_ACADEMIA,
				PartnerRole.PAKISTANI_ACADEMIA)) {
			org(role, tags);
		}
		OrganisationDetails newcomer = org(PartnerRole.PAKISTANI_INDUSTRY, tags);
		OrganisationDetails proven = org(PartnerRole.PAKISTANI_INDUSTRY, tags);
		Map<PartnerRole, Long> seats = fixtures.quartet();
		seats.put(PartnerRole.PAKISTANI_INDUSTRY, proven.id());
		LocalDate established = LocalDate.now(QuadHubTestClock.ZONE).minusMonths(20).withDayOfMonth(10);
		QuadDetails quad = fixtures.establish(fixtures.quad(seats).id(), established);

		assertThat(trackRecord.scores(List.of(proven.id(), newcomer.id()))).as("nothing accepted yet").isEmpty();
		assertThat(firstPakistaniCompany(tags)).as("an existing QUAD without results only costs spread")
			.isEqualTo(newcomer.id());

		String lastMonth = YearMonth.now(QuadHubTestClock.ZONE).minusMonths(1).toString();
		new ReportingFixtures(fixtures, quads, reports).report(quad.id(), lastMonth, "900000000", true);

		Map<Long, Double> scores = trackRecord.scores(List.of(proven.id(), newcomer.id()));
		assertThat(scores).containsOnlyKeys(proven.id());
		assertThat(scores.get(proven.id())).as("on or above target is the full score").isEqualTo(1.0);
		assertThat(firstPakistaniCompany(tags)).as("accepted results on target now outweigh the spread")
			.isEqualTo(proven.id());
	}

	private long firstPakistaniCompany(List<String> tags) throws Exception {
		Map<String, Object> body = new HashMap<>();
		body.put("productCategory", "ELECTRONICS");
		body.put("hsCodes", List.of("851713"));
		body.put("requiredCapabilities", tags);
		body.put("top", 1);
		JsonNode answer = json.readTree(mvc.perform(post("/api/v1/matching/proposals")
				.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		return answer.get("proposals").get(0).get("partners").get("PAKISTANI_INDUSTRY").get("id").asLong();
	}

	private OrganisationDetails org(PartnerRole role, List<String> capabilities) {
		return partners.register(Actor.system(), new OrganisationCommand(Fixtures.unique("Track " + role.name().replace("_", " ")), null, null,
				role.country(), role.kind(), Set.of(Sector.ELECTRONICS), Set.copyOf(capabilities),
				role.country() == org.quadhub.shared.Country.PK ? "Lahore" : "Shenzhen", null, null, null, null, null,
				null, true, null));
	}
}
