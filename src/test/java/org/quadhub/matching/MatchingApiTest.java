package org.quadhub.matching;

import org.junit.jupiter.api.Test;
import org.quadhub.partners.OrganisationCommand;
import org.quadhub.partners.OrganisationDetails;
import org.quadhub.partners.Partners;
import org.quadhub.quads.PartnerRole;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Role;
import org.quadhub.shared.Sector;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The matching API end to end on the real database. Every test makes its own organisations with capability tags
 * nobody else has, so the shared registry's other organisations never win.
 */
@QuadHubTest
class MatchingApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Partners partners;

	/** Five capability tags unique to this test. */
	private static List<String> tags() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<String> tags = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			tags.add("cap" + i + "-" + run);
		}
		return tags;
	}

	private OrganisationDetails org(PartnerRole role, String name, List<String> capabilities) {
		return partners.register(Actor.system(), new OrganisationCommand(Fixtures.unique(name), null, null,
				role.country(), role.kind(), Set.of(Sector.ELECTRIC_VEHICLES_AND_BATTERIES), Set.copyOf(capabilities),
				role.country() == org.quadhub.shared.Country.PK ? "Lahore" : "Shenzhen", null, null, null, null, null,
				null, true, null));
	}

	/** One organisation per role with all five tags. */
	private Map<PartnerRole, OrganisationDetails> quartet(List<String> capabilities) {
		Map<PartnerRole, OrganisationDetails> seats = new EnumMap<>(PartnerRole.class);
		for (PartnerRole role : PartnerRole.values()) {
			seats.put(role, org(role, "Match " + role.name().replace("_", " ").toLowerCase(), capabilities));
		}
		return seats;
	}

	private ResultActions asAdmin(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			Object body) throws Exception {
		return mvc.perform(request.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
	}

	private Map<String, Object> proposal(List<String> capabilities, int top) {
		Map<String, Object> body = new HashMap<>();
		body.put("productCategory", "ELECTRIC_VEHICLES_AND_BATTERIES");
		body.put("hsCodes", List.of("850760"));
		body.put("requiredCapabilities", capabilities);
		body.put("top", top);
		return body;
	}

	private JsonNode propose(List<String> capabilities, int top) throws Exception {
		String body = asAdmin(post("/api/v1/matching/proposals"), proposal(capabilities, top))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return json.readTree(body);
	}

	private static List<Long> proposedIds(JsonNode answer) {
		List<Long> ids = new ArrayList<>();
		answer.get("proposals").forEach(p -> p.get("partners").properties()
			.forEach(e -> ids.add(e.getValue().get("id").asLong())));
		return ids;
	}

	@Test
	void proposesTheBestFittingQuartetFirstAndExplainsEachPartner() throws Exception {
		List<String> tags = tags();
		Map<PartnerRole, OrganisationDetails> best = quartet(tags);
		OrganisationDetails weaker = org(PartnerRole.CHINESE_INDUSTRY, "Weaker", tags.subList(0, 4));

		JsonNode answer = propose(tags, 3);

		JsonNode first = answer.get("proposals").get(0);
		assertThat(first.get("rank").asInt()).isEqualTo(1);
		for (PartnerRole role : PartnerRole.values()) {
			assertThat(first.get("partners").get(role.name()).get("id").asLong()).isEqualTo(best.get(role).id());
		}
		OrganisationDetails chinese = best.get(PartnerRole.CHINESE_INDUSTRY);
		assertThat(first.get("partners").get("CHINESE_INDUSTRY").get("sentence").asString())
			.isEqualTo(chinese.name() + ": 5 of 5 required capabilities; already in 0 QUADs of its capacity 2");
		assertThat(first.get("partners").get("PAKISTANI_ACADEMIA").get("sentence").asString())
			.endsWith("already in 0 QUADs of its capacity 3");
		long total = 0;
		for (JsonNode component : first.get("breakdown")) {
			total += component.get("score").asLong();
			assertThat(component.get("sentence").asString()).isNotBlank();
		}
		assertThat(total).as("the breakdown adds up to the score").isEqualTo(first.get("score").asLong());
		JsonNode second = answer.get("proposals").get(1);
		assertThat(second.get("partners").get("CHINESE_INDUSTRY").get("sentence").asString())
			.isEqualTo(weaker.name() + ": 4 of 5 required capabilities; already in 0 QUADs of its capacity 2");
		assertThat(second.get("score").asLong()).isLessThan(first.get("score").asLong());
	}

	@Test
	void capacityCountsQuadsThatAlreadyExist() throws Exception {
		List<String> tags = tags();
		Map<PartnerRole, OrganisationDetails> best = quartet(tags);
		OrganisationDetails busy = best.get(PartnerRole.CHINESE_INDUSTRY);
		for (int i = 0; i < 2; i++) {
			Map<PartnerRole, Long> seats = fixtures.quartet();
			seats.put(PartnerRole.CHINESE_INDUSTRY, busy.id());
			fixtures.quad(seats);
		}

		assertThat(proposedIds(propose(tags, 5))).as("full at 2 of 2").doesNotContain(busy.id());

		asAdmin(put("/api/v1/matching/organisations/" + busy.id()), Map.of("capacity", 3))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.capacity", is(3)))
			.andExpect(jsonPath("$.existingQuads", is(2)));
		JsonNode answer = propose(tags, 5);
		assertThat(answer.get("proposals").get(0).get("partners").get("CHINESE_INDUSTRY").get("sentence").asString())
			.isEqualTo(busy.name() + ": 5 of 5 required capabilities; already in 2 QUADs of its capacity 3");
	}

	@Test
	void excludedOrganisationsAndIncompatiblePairsAreNeverProposed() throws Exception {
		List<String> tags = tags();
		Map<PartnerRole, OrganisationDetails> best = quartet(tags);
		quartet(tags.subList(0, 3));
		OrganisationDetails sanctioned = best.get(PartnerRole.CHINESE_INDUSTRY);
		asAdmin(put("/api/v1/matching/organisations/" + sanctioned.id()),
				Map.of("exclusion", "SANCTIONED", "exclusionNote", "test"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.exclusion", is("SANCTIONED")));
		long a = best.get(PartnerRole.PAKISTANI_INDUSTRY).id();
		long b = best.get(PartnerRole.CHINESE_ACADEMIA).id();
		asAdmin(post("/api/v1/matching/incompatible-pairs"), Map.of("organisationA", a, "organisationB", b, "note", "dispute"))
			.andExpect(status().isCreated());

		JsonNode answer = propose(tags, 20);

		assertThat(proposedIds(answer)).doesNotContain(sanctioned.id());
		answer.get("proposals").forEach(p -> assertThat(
				p.get("partners").get("PAKISTANI_INDUSTRY").get("id").asLong() == a
						&& p.get("partners").get("CHINESE_ACADEMIA").get("id").asLong() == b).isFalse());
		assertThat(answer.get("proposals").size()).isGreaterThan(0);
	}

	@Test
	void aProgrammeRunIsSolvedInTheBackgroundAndAcceptingItCreatesProposedQuads() throws Exception {
		List<String> tags = tags();
		Map<PartnerRole, OrganisationDetails> first = quartet(tags);
		Map<PartnerRole, OrganisationDetails> second = quartet(tags);
		Map<String, Object> slot = new HashMap<>();
		slot.put("productCategory", "ELECTRIC_VEHICLES_AND_BATTERIES");
		slot.put("hsCodes", List.of("850760"));
		slot.put("requiredCapabilities", tags);
		slot.put("zonePlace", "Lahore");
		Map<String, Object> other = new HashMap<>(slot);
		slot.put("name", Fixtures.unique("Matched cells QUAD"));
		Map<String, Object> body = Map.of("slots", List.of(slot, other), "timeLimitSeconds", 2);

		String location = asAdmin(post("/api/v1/matching/runs"), body)
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", org.hamcrest.Matchers.containsString("/api/v1/matching/runs/")))
			.andExpect(jsonPath("$.status", is("SOLVING")))
			.andReturn().getResponse().getHeader("Location");
		JsonNode run = waitForEnd(location);
		assertThat(run.get("status").asString()).isEqualTo("FINISHED");
		assertThat(run.get("feasible").asBoolean()).isTrue();
		assertThat(run.get("scoreHistory").size()).isGreaterThan(0);
		assertThat(run.get("justifications").size()).isGreaterThan(0);
		List<Long> assigned = new ArrayList<>();
		run.get("assignment").forEach(a -> a.get("partners").properties().forEach(e -> assigned.add(e.getValue().get("id").asLong())));
		List<Long> mine = new ArrayList<>();
		first.values().forEach(o -> mine.add(o.id()));
		second.values().forEach(o -> mine.add(o.id()));
		assertThat(assigned).as("the two quartets that fit are used, each organisation once").containsExactlyInAnyOrderElementsOf(mine);

		String accepted = mvc.perform(post(location + "/accept").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("ACCEPTED")))
			.andReturn().getResponse().getContentAsString();
		JsonNode quads = json.readTree(accepted).get("acceptedQuadIds");
		assertThat(quads.size()).isEqualTo(2);
		mvc.perform(get("/api/v1/quads/" + quads.get(0).asLong()).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("PROPOSED")))
			.andExpect(jsonPath("$.name", is(slot.get("name"))))
			.andExpect(jsonPath("$.hsCodes[0].code", is("850760")));

		mvc.perform(post(location + "/accept").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type", endsWith("run-already-accepted")));
	}

	@Test
	void matchingIsForTheAuthorityAndTheCommitteeReadsRuns() throws Exception {
		String partner = fixtures.user(Role.PARTNER, fixtures.organisation(org.quadhub.shared.Country.PK,
				org.quadhub.partners.OrganisationKind.INDUSTRY).id());
		String committee = fixtures.user(Role.COMMITTEE);
		String agency = fixtures.user(Role.AGENCY);
		Map<String, Object> slot = Map.of("productCategory", "ELECTRONICS", "hsCodes", List.of("851713"));
		Map<String, Object> body = Map.of("slots", List.of(slot), "timeLimitSeconds", 1);
		for (String user : List.of(partner, committee, agency)) {
			mvc.perform(post("/api/v1/matching/runs").with(httpBasic(user, Fixtures.PASSWORD))
					.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		for (String user : List.of(partner, agency)) {
			mvc.perform(post("/api/v1/matching/proposals").with(httpBasic(user, Fixtures.PASSWORD))
					.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(proposal(List.of("x"), 1))))
				.andExpect(status().isForbidden());
		}
		String location = asAdmin(post("/api/v1/matching/runs"), body).andExpect(status().isAccepted())
			.andReturn().getResponse().getHeader("Location");
		mvc.perform(get(location).with(httpBasic(committee, Fixtures.PASSWORD))).andExpect(status().isOk());
		mvc.perform(get(location).with(httpBasic(partner, Fixtures.PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(post(location + "/accept").with(httpBasic(committee, Fixtures.PASSWORD))).andExpect(status().isForbidden());
		waitForEnd(location);
	}

	@Test
	void badInputIsRejectedWithTheFieldNamedAndNoRunStored() throws Exception {
		asAdmin(post("/api/v1/matching/runs"), Map.of("slots", List.of(Map.of("productCategory", "ELECTRONICS",
				"hsCodes", List.of("851713")))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("timeLimitSeconds")));
		asAdmin(post("/api/v1/matching/runs"), Map.of("slots", List.of(Map.of("productCategory", "ELECTRONICS",
				"hsCodes", List.of("851713"))), "timeLimitSeconds", 601))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("timeLimitSeconds")));
		asAdmin(post("/api/v1/matching/runs"), Map.of("slots", List.of(Map.of("productCategory", "ELECTRONICS",
				"hsCodes", List.of("12"))), "timeLimitSeconds", 5))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("slots[0].hsCodes[0]")));
		Map<String, Object> nowhere = proposal(List.of("x"), 1);
		nowhere.put("zonePlace", "Atlantis");
		asAdmin(post("/api/v1/matching/proposals"), nowhere)
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.type", endsWith("unknown-place")))
			.andExpect(jsonPath("$.errors[0].field", is("zonePlace")));
		Map<String, Object> noCategory = proposal(List.of("x"), 1);
		noCategory.remove("productCategory");
		asAdmin(post("/api/v1/matching/proposals"), noCategory)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("productCategory")));
	}

	@Test
	void aStaleProfileVersionGivesConflict() throws Exception {
		OrganisationDetails institute = fixtures.organisation(org.quadhub.shared.Country.CN,
				org.quadhub.partners.OrganisationKind.ACADEMIA);
		asAdmin(put("/api/v1/matching/organisations/" + institute.id()), Map.of("capacity", 4))
			.andExpect(status().isOk()).andExpect(jsonPath("$.version", is(0)));
		asAdmin(put("/api/v1/matching/organisations/" + institute.id()), Map.of("capacity", 5, "version", 0))
			.andExpect(status().isOk()).andExpect(jsonPath("$.capacity", is(5)));
		asAdmin(put("/api/v1/matching/organisations/" + institute.id()), Map.of("capacity", 1, "version", 0))
			.andExpect(status().isConflict());
		asAdmin(put("/api/v1/matching/organisations/" + institute.id()), Map.of("capacity", 1))
			.andExpect(status().isConflict());
	}

	private JsonNode waitForEnd(String location) throws Exception {
		for (int i = 0; i < 240; i++) {
			String body = mvc.perform(get(location).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			JsonNode run = json.readTree(body);
			if (!run.get("status").asString().equals("SOLVING")) {
				return run;
			}
			Thread.sleep(250);
		}
		throw new AssertionError("run did not finish within a minute: " + location);
	}
}
