package org.quadhub.skills;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quadhub.partners.OrganisationKind;
import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.QuadDetails;
import org.quadhub.shared.Country;
import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@QuadHubTest
class SkillsApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Fixtures fixtures;

	Map<PartnerRole, Long> seats;
	QuadDetails quad;
	String base;

	@BeforeEach
	void setUp() {
		seats = fixtures.quartet();
		quad = fixtures.quad(seats);
		base = "/api/v1/quads/" + quad.id() + "/skills";
	}

	private ResultActions as(String user, MockHttpServletRequestBuilder request, Object body) throws Exception {
		String password = Fixtures.ADMIN.equals(user) ? Fixtures.ADMIN_PASSWORD : Fixtures.PASSWORD;
		return mvc.perform(request.with(httpBasic(user, password)).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	private ResultActions read(String user, String path) throws Exception {
		String password = Fixtures.ADMIN.equals(user) ? Fixtures.ADMIN_PASSWORD : Fixtures.PASSWORD;
		return mvc.perform(get(path).with(httpBasic(user, password)));
	}

	private static Map<String, Object> programme(long universityId, String category, List<Map<String, Object>> grads) {
		Map<String, Object> body = new HashMap<>();
		body.put("universityId", universityId);
		body.put("name", Fixtures.unique("BSc Electrical Engineering"));
		body.put("category", category);
		body.put("enrolment", 240);
		body.put("graduates", grads);
		body.put("curriculumRevised", true);
		body.put("revisedOn", "2025-09-01");
		return body;
	}

	@Test
	void theGapIsDemandMinusGraduatesOfTheLinkedProgrammes() throws Exception {
		String partner = fixtures.user(Role.PARTNER, seats.get(PartnerRole.PAKISTANI_INDUSTRY));
		as(partner, put(base + "/demand"), List.of(Map.of("year", 2027, "category", "ENGINEERS", "headcount", 120),
				Map.of("year", 2027, "category", "TECHNICIANS", "headcount", 300),
				Map.of("year", 2028, "category", "ENGINEERS", "headcount", 150)))
			.andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(3)));
		long university = seats.get(PartnerRole.PAKISTANI_ACADEMIA);
		as(partner, post(base + "/programmes"), programme(university, "ENGINEERS",
				List.of(Map.of("year", 2027, "graduates", 80), Map.of("year", 2028, "graduates", 170))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.partnerUniversity", is(true)))
			.andExpect(jsonPath("$.sector", is("ELECTRONICS")));
		as(partner, post(base + "/programmes"), programme(seats.get(PartnerRole.CHINESE_ACADEMIA), "TECHNICIANS",
				List.of(Map.of("year", 2027, "graduates", 100))))
			.andExpect(status().isCreated());
		read(fixtures.user(Role.AGENCY), base + "/gap").andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(8)))
			.andExpect(jsonPath("$[?(@.year == 2027 && @.category == 'ENGINEERS')].gap", hasItem(40)))
			.andExpect(jsonPath("$[?(@.year == 2027 && @.category == 'TECHNICIANS')].gap", hasItem(200)))
			.andExpect(jsonPath("$[?(@.year == 2028 && @.category == 'ENGINEERS')].gap", hasItem(-20)));
		read(fixtures.user(Role.COMMITTEE), base).andExpect(status().isOk())
			.andExpect(jsonPath("$.programmes", hasSize(2)))
			.andExpect(jsonPath("$.mayEdit", is(false)));
	}

	@Test
	void aBadDemandRowChangesNothingAndNamesTheRow() throws Exception {
		as(Fixtures.ADMIN, put(base + "/demand"), List.of(Map.of("year", 2027, "category", "ENGINEERS", "headcount", 50)))
			.andExpect(status().isOk());
		as(Fixtures.ADMIN, put(base + "/demand"), List.of(Map.of("year", 2027, "category", "ENGINEERS", "headcount", 70),
				Map.of("year", 2028, "category", "ENGINEERS", "headcount", -5)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field", is("demand[1].headcount")));
		mvc.perform(put(base + "/demand").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
			.contentType("text/csv").content("year,category,headcount\n2029,engineers,90\n2029,welders,10\n"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("line 3.category")));
		read(Fixtures.ADMIN, base).andExpect(jsonPath("$.demand", hasSize(1)))
			.andExpect(jsonPath("$.demand[0].headcount", is(50)));
		mvc.perform(put(base + "/demand").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
			.contentType("text/csv").content("year,category,headcount\n2029,skilled workers,90\n2030,SCIENTISTS,12\n"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].category", is("SKILLED_WORKERS")));
	}

	@Test
	void onlyUniversitiesSupplyAndOnlyTheQuadsPartnersWrite() throws Exception {
		as(Fixtures.ADMIN, post(base + "/programmes"), programme(seats.get(PartnerRole.PAKISTANI_INDUSTRY), "ENGINEERS",
				List.of()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type", endsWith("/not-a-university")))
			.andExpect(jsonPath("$.errors[0].field", is("universityId")));
		String outsider = fixtures.user(Role.PARTNER, fixtures.organisation(Country.PK, OrganisationKind.ACADEMIA).id());
		as(outsider, post(base + "/programmes"), programme(seats.get(PartnerRole.PAKISTANI_ACADEMIA), "ENGINEERS",
				List.of()))
			.andExpect(status().isForbidden());
		as(fixtures.user(Role.COMMITTEE), put(base + "/demand"), List.of()).andExpect(status().isForbidden());
		read(outsider, base).andExpect(status().isForbidden());
		mvc.perform(get(base)).andExpect(status().isUnauthorized());
	}

	@Test
	void aStaleProgrammeVersionGivesConflict() throws Exception {
		Map<String, Object> body = programme(seats.get(PartnerRole.PAKISTANI_ACADEMIA), "SCIENTISTS",
				List.of(Map.of("year", 2028, "graduates", 30)));
		JsonNode created = json.readTree(as(Fixtures.ADMIN, post(base + "/programmes"), body)
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		String path = base + "/programmes/" + created.get("id").asLong();
		body.put("version", created.get("version").asLong());
		body.put("enrolment", 260);
		as(Fixtures.ADMIN, put(path), body).andExpect(status().isOk()).andExpect(jsonPath("$.enrolment", is(260)));
		body.put("enrolment", 999);
		as(Fixtures.ADMIN, put(path), body).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("/stale-version")));
		as(Fixtures.ADMIN, post(base + "/programmes"), Map.of("name", "x")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("universityId")));
	}
}
