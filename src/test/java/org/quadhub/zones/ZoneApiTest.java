package org.quadhub.zones;

import org.junit.jupiter.api.Test;
import org.quadhub.partners.OrganisationKind;
import org.quadhub.quads.PartnerRole;
import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@QuadHubTest
class ZoneApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	static Map<String, Object> zone(String name, String total, String allocatable) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("province", "KHYBER_PAKHTUNKHWA");
		body.put("district", "Nowshera");
		body.put("totalAcres", total);
		body.put("allocatableAcres", allocatable);
		body.put("status", "UNDER_DEVELOPMENT");
		body.put("developer", "CRBC-led SPV");
		body.put("powerMw", "30");
		body.put("gas", true);
		body.put("water", true);
		body.put("notifiedOn", "2018-03-01");
		return body;
	}

	private ResultActions send(MockHttpServletRequestBuilder request, Object body, String user, String password)
			throws Exception {
		return mvc.perform(request.with(httpBasic(user, password)).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	private ResultActions asAdmin(MockHttpServletRequestBuilder request, Object body) throws Exception {
		return send(request, body, Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
	}

	private JsonNode created(Map<String, Object> body) throws Exception {
		String response = asAdmin(post("/api/v1/zones"), body).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return json.readTree(response);
	}

	private ResultActions allocate(long zoneId, long quadId, String acres) throws Exception {
		return asAdmin(post("/api/v1/zones/" + zoneId + "/allocations"), Map.of("quadId", quadId, "acres", acres));
	}

	@Test
	void designatesAZoneAndReadsItBack() throws Exception {
		String name = Fixtures.unique("Rashakai SEZ");
		String location = asAdmin(post("/api/v1/zones"), zone(name, "1000", "780.5"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/zones/")))
			.andExpect(jsonPath("$.name", is(name)))
			.andExpect(jsonPath("$.province", is("KHYBER_PAKHTUNKHWA")))
			.andExpect(jsonPath("$.allocatableAcres").value(780.5))
			.andExpect(jsonPath("$.allocatedAcres").value(0))
			.andExpect(jsonPath("$.freeAcres").value(780.5))
			.andExpect(jsonPath("$.status", is("UNDER_DEVELOPMENT")))
			.andReturn().getResponse().getHeader("Location");
		String officer = fixtures.user(Role.PARTNER, fixtures.organisation(org.quadhub.shared.Country.PK, OrganisationKind.ACADEMIA).id());
		mvc.perform(get(location).with(httpBasic(officer, Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.developer", is("CRBC-led SPV")))
			.andExpect(jsonPath("$.gas", is(true)))
			.andExpect(jsonPath("$.notifiedOn", is("2018-03-01")));
		mvc.perform(get("/api/v1/zones").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$[*].name", hasItem(name)));
	}

	@Test
	void aZoneOfficerDesignatesZonesButAPartnerMayNot() throws Exception {
		String officer = fixtures.user(Role.ZONE_OFFICER);
		send(post("/api/v1/zones"), zone(Fixtures.unique("Officer Zone"), "100", "80"), officer, Fixtures.PASSWORD)
			.andExpect(status().isCreated());
		String partner = fixtures.user(Role.PARTNER, fixtures.quartet().get(PartnerRole.PAKISTANI_INDUSTRY));
		String name = Fixtures.unique("Partner Zone");
		send(post("/api/v1/zones"), zone(name, "100", "80"), partner, Fixtures.PASSWORD)
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(jdbc.queryForObject("select count(*) from zone where name = ?", Integer.class, name)).isZero();
	}

	@Test
	void negativeAreasAreRejectedAndNothingIsStored() throws Exception {
		String name = Fixtures.unique("Negative Zone");
		asAdmin(post("/api/v1/zones"), zone(name, "-5", "-10"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("totalAcres")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("allocatableAcres")));
		asAdmin(post("/api/v1/zones"), zone(name, "100", "120"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type", endsWith("/allocatable-exceeds-total")))
			.andExpect(jsonPath("$.errors[0].field", is("allocatableAcres")));
		Map<String, Object> badProvince = zone(name, "100", "50");
		badProvince.put("province", "KASHMIR_VALLEY");
		asAdmin(post("/api/v1/zones"), badProvince).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("province")));
		assertThat(jdbc.queryForObject("select count(*) from zone where name = ?", Integer.class, name)).isZero();
	}

	@Test
	void negativeOrZeroAcresCannotBeAllocated() throws Exception {
		long zoneId = created(zone(Fixtures.unique("Acre Zone"), "100", "100")).get("id").asLong();
		long quadId = fixtures.quad(fixtures.quartet()).id();
		allocate(zoneId, quadId, "-3").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("acres")));
		allocate(zoneId, quadId, "0").andExpect(status().isBadRequest());
		allocate(zoneId, 987654321L, "3").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type", endsWith("/quad-not-found")))
			.andExpect(jsonPath("$.errors[0].field", is("quadId")));
		assertThat(jdbc.queryForObject("select count(*) from plot_allocation where zone_id = ?", Integer.class, zoneId)).isZero();
		mvc.perform(get("/api/v1/zones/" + zoneId).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$.allocatedAcres").value(0));
	}

	@Test
	void allocatesUpToTheAllocatableAreaAndReleaseReturnsIt() throws Exception {
		long zoneId = created(zone(Fixtures.unique("Dhabeji SEZ"), "1530", "100")).get("id").asLong();
		long first = fixtures.quad(fixtures.quartet()).id();
		long second = fixtures.quad(fixtures.quartet()).id();
		String body = allocate(zoneId, first, "60.25").andExpect(status().isCreated())
			.andExpect(jsonPath("$.quadId", is((int) first)))
			.andExpect(jsonPath("$.acres").value(60.25))
			.andExpect(header().string("Location", containsString("/allocations/")))
			.andReturn().getResponse().getContentAsString();
		long allocationId = json.readTree(body).get("id").asLong();
		allocate(zoneId, second, "39.76").andExpect(status().isConflict());
		allocate(zoneId, second, "39.75").andExpect(status().isCreated());
		allocate(zoneId, second, "0.01").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("/plot-over-allocated")))
			.andExpect(jsonPath("$.detail", containsString("0.00 free acres")));
		mvc.perform(get("/api/v1/zones/" + zoneId).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$.allocatedAcres").value(100))
			.andExpect(jsonPath("$.freeAcres").value(0))
			.andExpect(jsonPath("$.allocations.length()", is(2)));
		mvc.perform(delete("/api/v1/zones/" + zoneId + "/allocations/" + allocationId)
				.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.releasedOn").isNotEmpty());
		mvc.perform(delete("/api/v1/zones/" + zoneId + "/allocations/" + allocationId)
				.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("/plot-already-released")));
		mvc.perform(get("/api/v1/zones/" + zoneId).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$.allocatedAcres").value(39.75))
			.andExpect(jsonPath("$.freeAcres").value(60.25));
		allocate(zoneId, second, "60.26").andExpect(status().isConflict());
		allocate(zoneId, second, "60.25").andExpect(status().isCreated());
	}

	@Test
	void editsCarryTheVersionAndCannotShrinkBelowWhatIsAllocated() throws Exception {
		JsonNode zone = created(zone(Fixtures.unique("Bostan SEZ"), "1000", "200"));
		long id = zone.get("id").asLong();
		allocate(id, fixtures.quad(fixtures.quartet()).id(), "150").andExpect(status().isCreated());
		long version = json.readTree(mvc.perform(get("/api/v1/zones/" + id)
				.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))).andReturn().getResponse().getContentAsString())
			.get("version").asLong();
		Map<String, Object> edit = zone(zone.get("name").asString(), "1000", "100");
		edit.put("version", version);
		asAdmin(put("/api/v1/zones/" + id), edit).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("/allocatable-below-allocated")));
		edit.put("allocatableAcres", "300");
		edit.put("status", "OPERATIONAL");
		asAdmin(put("/api/v1/zones/" + id), edit).andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("OPERATIONAL")))
			.andExpect(jsonPath("$.freeAcres").value(150));
		asAdmin(put("/api/v1/zones/" + id), edit).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("/stale-version")));
	}

	@Test
	void zoneNamesAreUniqueWhateverTheirCaseAndAZoneWithPlotsCannotBeDeleted() throws Exception {
		String name = Fixtures.unique("Mohmand Marble City");
		long id = created(zone(name, "350", "237")).get("id").asLong();
		asAdmin(post("/api/v1/zones"), zone(name.toUpperCase(), "350", "237")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("/duplicate-zone")));
		allocate(id, fixtures.quad(fixtures.quartet()).id(), "10").andExpect(status().isCreated());
		mvc.perform(delete("/api/v1/zones/" + id).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.type", endsWith("/zone-has-plots")));
		long empty = created(zone(Fixtures.unique("Empty Zone"), "10", "10")).get("id").asLong();
		mvc.perform(delete("/api/v1/zones/" + empty).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/zones/" + empty).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/zones").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$[*].id", not(hasItem((int) empty))));
	}

	@Test
	void aPartnerCannotAllocateOrRelease() throws Exception {
		long zoneId = created(zone(Fixtures.unique("Guarded Zone"), "50", "50")).get("id").asLong();
		Map<PartnerRole, Long> seats = fixtures.quartet();
		long quadId = fixtures.quad(seats).id();
		String partner = fixtures.user(Role.PARTNER, seats.get(PartnerRole.PAKISTANI_ACADEMIA));
		send(post("/api/v1/zones/" + zoneId + "/allocations"), Map.of("quadId", quadId, "acres", "5"), partner,
				Fixtures.PASSWORD).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select allocated_acres from zone where id = ?", java.math.BigDecimal.class, zoneId))
			.isZero();
	}
}
