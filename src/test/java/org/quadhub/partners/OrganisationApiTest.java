package org.quadhub.partners;

import org.junit.jupiter.api.Test;
import org.quadhub.shared.Country;
import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@QuadHubTest
class OrganisationApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Partners partners;

	private Map<String, Object> body(String name, String country, String kind) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("nameZh", "测试");
		body.put("country", country);
		body.put("kind", kind);
		body.put("sectors", List.of("SEMICONDUCTORS", "ELECTRONICS"));
		body.put("capabilities", List.of("Chip Design", "testing"));
		body.put("city", "Karachi");
		body.put("province", "Sindh");
		body.put("website", "https://example.pk");
		return body;
	}

	private MvcResult create(Map<String, Object> body) throws Exception {
		return mvc.perform(post("/api/v1/organisations").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andReturn();
	}

	@Test
	void authorityRegistersAnOrganisationAndGetsItsLocation() throws Exception {
		String name = Fixtures.unique("Karachi Microsystems");
		MvcResult result = create(body(name, "PK", "INDUSTRY"));
		String location = result.getResponse().getHeader("Location");
		mvc.perform(get(location).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name", is(name)))
			.andExpect(jsonPath("$.nameZh", is("测试")))
			.andExpect(jsonPath("$.country", is("PK")))
			.andExpect(jsonPath("$.kind", is("INDUSTRY")))
			.andExpect(jsonPath("$.sectors", is(List.of("ELECTRONICS", "SEMICONDUCTORS"))))
			.andExpect(jsonPath("$.capabilities", is(List.of("chip design", "testing"))))
			.andExpect(jsonPath("$.active", is(true)))
			.andExpect(jsonPath("$.version", is(0)));
	}

	@Test
	void rejectsTheSameNameInTheSameCountryEvenWrittenDifferently() throws Exception {
		String name = Fixtures.unique("Lahore Nano Works");
		create(body(name, "PK", "INDUSTRY"));
		mvc.perform(post("/api/v1/organisations").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(body("  " + name.toUpperCase() + ".", "PK", "ACADEMIA"))))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type", containsString("duplicate-organisation")))
			.andExpect(jsonPath("$.errors[0].field", is("name")));
		// the same name is fine on the other side
		create(body(name, "CN", "INDUSTRY"));
	}

	@Test
	void invalidInputNamesEachFieldAndStoresNothing() throws Exception {
		String name = Fixtures.unique("Invalid Org");
		Map<String, Object> body = body(name, "PK", "INDUSTRY");
		body.put("kind", null);
		body.put("website", "not a url");
		mvc.perform(post("/api/v1/organisations").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("kind")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("website")));
		mvc.perform(get("/api/v1/organisations").param("q", name).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$.totalElements", is(0)));
	}

	@Test
	void unknownEnumValueIsABadRequestNamingTheField() throws Exception {
		Map<String, Object> body = body(Fixtures.unique("Enum Org"), "XX", "INDUSTRY");
		mvc.perform(post("/api/v1/organisations").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("country")));
		mvc.perform(get("/api/v1/organisations").param("country", "FR").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field", is("country")));
	}

	@Test
	void filtersByCountryKindSectorAndText() throws Exception {
		String tag = Fixtures.unique("Filterable");
		create(body(tag + " Alpha", "CN", "ACADEMIA"));
		create(body(tag + " Beta", "PK", "ACADEMIA"));
		Map<String, Object> gamma = body(tag + " Gamma", "PK", "INDUSTRY");
		gamma.put("sectors", List.of("AGRI_TECH"));
		create(gamma);
		String admin = Fixtures.ADMIN;
		mvc.perform(get("/api/v1/organisations").param("q", tag).with(httpBasic(admin, Fixtures.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$.totalElements", is(3)));
		mvc.perform(get("/api/v1/organisations").param("q", tag).param("country", "PK")
				.with(httpBasic(admin, Fixtures.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$.content[*].name", is(List.of(tag + " Beta", tag + " Gamma"))));
		mvc.perform(get("/api/v1/organisations").param("q", tag).param("kind", "ACADEMIA").param("country", "CN")
				.with(httpBasic(admin, Fixtures.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$.content[*].name", is(List.of(tag + " Alpha"))));
		mvc.perform(get("/api/v1/organisations").param("q", tag).param("sector", "AGRI_TECH")
				.with(httpBasic(admin, Fixtures.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$.content[*].name", is(List.of(tag + " Gamma"))));
		mvc.perform(get("/api/v1/organisations").param("q", tag).param("size", "2").param("page", "1")
				.with(httpBasic(admin, Fixtures.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$.content", hasSize(1)))
			.andExpect(jsonPath("$.totalPages", is(2)));
		mvc.perform(get("/api/v1/organisations").param("size", "1000").with(httpBasic(admin, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("size")));
	}

	@Test
	void searchTreatsWildcardsAndQuotesAsPlainText() throws Exception {
		fixtures.organisation(Country.PK, OrganisationKind.INDUSTRY);
		for (String q : List.of("%", "_", "%' or '1'='1", "\\")) {
			mvc.perform(get("/api/v1/organisations").param("q", q).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.totalElements", is(0)));
		}
	}

	@Test
	void aNullSectorIsAValidationErrorNotACrash() throws Exception {
		Map<String, Object> body = body(Fixtures.unique("Null Sector Org"), "PK", "INDUSTRY");
		body.put("sectors", java.util.Arrays.asList("ELECTRONICS", null));
		mvc.perform(post("/api/v1/organisations").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", startsWith("sectors")));
	}

	@Test
	void anOrganisationSeatedInALiveQuadKeepsItsCountryAndKind() throws Exception {
		var seats = fixtures.quartet();
		long seated = seats.get(org.quadhub.quads.PartnerRole.PAKISTANI_ACADEMIA);
		fixtures.quad(seats);
		OrganisationDetails before = partnersFind(seated);
		String partner = fixtures.user(Role.PARTNER, seated);

		Map<String, Object> toChina = body(before.name(), "CN", "INDUSTRY");
		toChina.put("version", before.version());
		mvc.perform(put("/api/v1/organisations/" + seated).with(httpBasic(partner, Fixtures.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(toChina)))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/organisations/" + seated).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(toChina)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", containsString("organisation-holds-seat")))
			.andExpect(jsonPath("$.detail", containsString("PAKISTANI_ACADEMIA")));
		mvc.perform(get("/api/v1/organisations/" + seated).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$.country", is("PK")))
			.andExpect(jsonPath("$.kind", is("ACADEMIA")));

		OrganisationDetails free = fixtures.organisation(Country.PK, OrganisationKind.ACADEMIA);
		Map<String, Object> move = body(free.name(), "PK", "INDUSTRY");
		move.put("version", free.version());
		mvc.perform(put("/api/v1/organisations/" + free.id()).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(move)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind", is("INDUSTRY")));
	}

	private OrganisationDetails partnersFind(long id) {
		return partners.find(org.quadhub.shared.Actor.system(), id);
	}

	@Test
	void staleVersionIsAConflictAndTheFirstEditSurvives() throws Exception {
		MvcResult created = create(body(Fixtures.unique("Versioned Org"), "CN", "INDUSTRY"));
		Map<?, ?> original = json.readValue(created.getResponse().getContentAsString(), Map.class);
		String url = "/api/v1/organisations/" + original.get("id");

		Map<String, Object> first = body((String) original.get("name"), "CN", "INDUSTRY");
		first.put("city", "Shenzhen");
		first.put("version", 0);
		mvc.perform(put(url).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(first)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version", is(1)));

		Map<String, Object> second = body((String) original.get("name"), "CN", "INDUSTRY");
		second.put("city", "Wuhan");
		second.put("version", 0);
		mvc.perform(put(url).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(second)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type", containsString("stale-version")));

		mvc.perform(get(url).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$.city", is("Shenzhen")));

		second.remove("version");
		mvc.perform(put(url).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(second)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("version")));
	}

	@Test
	void unknownOrganisationIsANotFoundProblem() throws Exception {
		mvc.perform(get("/api/v1/organisations/987654321").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status", is(404)))
			.andExpect(jsonPath("$.title").exists());
	}

	@Test
	void aPartnerReadsAndEditsOnlyItsOwnOrganisation() throws Exception {
		OrganisationDetails own = fixtures.organisation(Country.PK, OrganisationKind.ACADEMIA);
		OrganisationDetails other = fixtures.organisation(Country.PK, OrganisationKind.ACADEMIA);
		String partner = fixtures.user(Role.PARTNER, own.id());

		mvc.perform(get("/api/v1/organisations/" + own.id()).with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/organisations/" + other.id()).with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/organisations").with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.totalElements", is(1)))
			.andExpect(jsonPath("$.content[*].id", everyItem(is((int) own.id()))));

		Map<String, Object> edit = body(other.name(), "PK", "ACADEMIA");
		edit.put("version", other.version());
		mvc.perform(put("/api/v1/organisations/" + other.id()).with(httpBasic(partner, Fixtures.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(edit)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/organisations/" + other.id()).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$.city", is("Lahore")));

		Map<String, Object> ownEdit = body(own.name(), "PK", "ACADEMIA");
		ownEdit.put("version", own.version());
		ownEdit.put("active", false);
		mvc.perform(put("/api/v1/organisations/" + own.id()).with(httpBasic(partner, Fixtures.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(ownEdit)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.city", is("Karachi")))
			.andExpect(jsonPath("$.active", is(true)));

		mvc.perform(post("/api/v1/organisations").with(httpBasic(partner, Fixtures.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(body(Fixtures.unique("Partner-made"), "PK", "INDUSTRY"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void committeeReadsEverythingButCannotRegister() throws Exception {
		OrganisationDetails any = fixtures.organisation(Country.CN, OrganisationKind.INDUSTRY);
		String committee = fixtures.user(Role.COMMITTEE);
		mvc.perform(get("/api/v1/organisations/" + any.id()).with(httpBasic(committee, Fixtures.PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/organisations").with(httpBasic(committee, Fixtures.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(body(Fixtures.unique("Committee-made"), "PK", "INDUSTRY"))))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anonymousCallersGetAnUnauthorizedProblem() throws Exception {
		mvc.perform(get("/api/v1/organisations"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().exists("WWW-Authenticate"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status", is(401)));
	}
}
