package org.quadhub.quads;

import org.junit.jupiter.api.Test;
import org.quadhub.approvals.Approvals;
import org.quadhub.approvals.ApprovalsTestSupport;
import org.quadhub.partners.OrganisationDetails;
import org.quadhub.partners.OrganisationKind;
import org.quadhub.shared.Country;
import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.quadhub.users.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@QuadHubTest
class QuadApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Approvals approvals;

	@Autowired
	Users users;

	private Map<String, Object> proposal(Map<PartnerRole, Long> seats) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", Fixtures.unique("Lithium QUAD"));
		body.put("productCategory", "ELECTRIC_VEHICLES_AND_BATTERIES");
		body.put("productDescription", "Lithium-ion cells and packs");
		body.put("hsCodes", List.of("8507.60", "870380"));
		body.put("partners", seats);
		return body;
	}

	private ResultActions propose(Map<String, Object> body, String user, String password) throws Exception {
		return mvc.perform(post("/api/v1/quads").with(httpBasic(user, password))
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
	}

	private ResultActions asAdmin(Map<String, Object> body) throws Exception {
		return propose(body, Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
	}

	private ResultActions move(long id, String to, String reason) throws Exception {
		Map<String, Object> body = new HashMap<>();
		body.put("to", to);
		body.put("reason", reason);
		return mvc.perform(post("/api/v1/quads/" + id + "/transitions")
			.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
	}

	@Test
	void formsAQuadWithTheProgrammeDefaults() throws Exception {
		Map<PartnerRole, Long> seats = fixtures.quartet();
		String location = asAdmin(proposal(seats))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/quads/")))
			.andExpect(jsonPath("$.status", is("PROPOSED")))
			.andExpect(jsonPath("$.exportTargetUsd").value(5_000_000_000L))
			.andExpect(jsonPath("$.targetYears", is(5)))
			.andExpect(jsonPath("$.hsCodes[*].code", is(List.of("850760", "870380"))))
			.andExpect(jsonPath("$.hsCodes[0].description", containsString("lithium-ion")))
			.andExpect(jsonPath("$.partners.CHINESE_INDUSTRY.id", is(seats.get(PartnerRole.CHINESE_INDUSTRY).intValue())))
			.andExpect(jsonPath("$.partners.PAKISTANI_ACADEMIA.country", is("PK")))
			.andExpect(jsonPath("$.history", hasSize(1)))
			.andExpect(jsonPath("$.history[0].to", is("PROPOSED")))
			.andExpect(jsonPath("$.history[0].actor", is("admin")))
			.andReturn().getResponse().getHeader("Location");
		mvc.perform(get(location).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.partners.PAKISTANI_INDUSTRY.id", is(seats.get(PartnerRole.PAKISTANI_INDUSTRY).intValue())));
	}

	@Test
	void acceptsACustomTargetAndHorizon() throws Exception {
		Map<String, Object> body = proposal(fixtures.quartet());
		body.put("exportTargetUsd", 2500000000L);
		body.put("targetYears", 7);
		asAdmin(body).andExpect(status().isCreated())
			.andExpect(jsonPath("$.exportTargetUsd").value(2_500_000_000L))
			.andExpect(jsonPath("$.targetYears", is(7)));
	}

	@Test
	void rejectsAQuadWithARoleLeftEmpty() throws Exception {
		Map<PartnerRole, Long> seats = fixtures.quartet();
		seats.remove(PartnerRole.CHINESE_ACADEMIA);
		asAdmin(proposal(seats)).andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type", endsWith("/partner-role-missing")))
			.andExpect(jsonPath("$.errors[0].field", is("partners.CHINESE_ACADEMIA")));
	}

	@Test
	void rejectsAPakistaniCompanyInTheChineseCompanySeat() throws Exception {
		Map<PartnerRole, Long> seats = fixtures.quartet();
		seats.put(PartnerRole.CHINESE_INDUSTRY, fixtures.organisation(Country.PK, OrganisationKind.INDUSTRY).id());
		asAdmin(proposal(seats)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type", endsWith("/partner-role-mismatch")))
			.andExpect(jsonPath("$.errors[0].field", is("partners.CHINESE_INDUSTRY")))
			.andExpect(jsonPath("$.errors[0].message", containsString("Chinese company")));
	}

	@Test
	void rejectsAUniversityInACompanySeat() throws Exception {
		Map<PartnerRole, Long> seats = fixtures.quartet();
		seats.put(PartnerRole.PAKISTANI_INDUSTRY, fixtures.organisation(Country.PK, OrganisationKind.ACADEMIA).id());
		asAdmin(proposal(seats)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type", endsWith("/partner-role-mismatch")))
			.andExpect(jsonPath("$.errors[0].field", is("partners.PAKISTANI_INDUSTRY")));
	}

	@Test
	void rejectsOneOrganisationInTwoSeats() throws Exception {
		Map<PartnerRole, Long> seats = fixtures.quartet();
		seats.put(PartnerRole.CHINESE_ACADEMIA, seats.get(PartnerRole.CHINESE_INDUSTRY));
		asAdmin(proposal(seats)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type", endsWith("/partners-not-distinct")))
			.andExpect(jsonPath("$.errors[0].field", is("partners.CHINESE_ACADEMIA")));
	}

	@Test
	void rejectsAnInactivePartner() throws Exception {
		Map<PartnerRole, Long> seats = fixtures.quartet();
		OrganisationDetails dormant = fixtures.organisation(Fixtures.unique("Dormant"), Country.CN,
				OrganisationKind.ACADEMIA, false);
		seats.put(PartnerRole.CHINESE_ACADEMIA, dormant.id());
		asAdmin(proposal(seats)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type", endsWith("/partner-inactive")))
			.andExpect(jsonPath("$.errors[0].field", is("partners.CHINESE_ACADEMIA")));
	}

	@Test
	void rejectsAnUnknownPartnerId() throws Exception {
		Map<PartnerRole, Long> seats = fixtures.quartet();
		seats.put(PartnerRole.PAKISTANI_ACADEMIA, 99999999L);
		asAdmin(proposal(seats)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type", endsWith("/partner-not-found")))
			.andExpect(jsonPath("$.errors[0].field", is("partners.PAKISTANI_ACADEMIA")));
	}

	@Test
	void rejectsHsCodesThatAreNotInTheHarmonizedSystem() throws Exception {
		Map<String, Object> body = proposal(fixtures.quartet());
		body.put("hsCodes", List.of("870380", "999999"));
		asAdmin(body).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type", endsWith("/unknown-hs-code")))
			.andExpect(jsonPath("$.errors[0].field", is("hsCodes[1]")));
		body.put("hsCodes", List.of("87"));
		asAdmin(body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("hsCodes[0]")));
	}

	@Test
	void aQuadNameIsTakenWhateverItsCase() throws Exception {
		Map<String, Object> first = proposal(fixtures.quartet());
		asAdmin(first).andExpect(status().isCreated());
		Map<String, Object> second = proposal(fixtures.quartet());
		second.put("name", ((String) first.get("name")).toUpperCase());
		asAdmin(second).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("/duplicate-quad")))
			.andExpect(jsonPath("$.errors[0].field", is("name")));
	}

	@Test
	void exportTargetsMustBeWholeCentsOfAPlausibleSize() throws Exception {
		Map<String, Object> body = proposal(fixtures.quartet());
		body.put("exportTargetUsd", new java.math.BigDecimal("0.001"));
		asAdmin(body).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("exportTargetUsd")));
		body.put("exportTargetUsd", new java.math.BigDecimal("1e18"));
		asAdmin(body).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("exportTargetUsd")));
	}

	@Test
	void missingFieldsAreListed() throws Exception {
		Map<String, Object> body = proposal(fixtures.quartet());
		body.remove("name");
		body.remove("hsCodes");
		asAdmin(body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("hsCodes")));
	}

	@Test
	void nothingIsStoredWhenAProposalIsRejected() throws Exception {
		Map<PartnerRole, Long> seats = fixtures.quartet();
		seats.put(PartnerRole.CHINESE_INDUSTRY, seats.get(PartnerRole.PAKISTANI_INDUSTRY));
		Map<String, Object> body = proposal(seats);
		asAdmin(body).andExpect(status().isUnprocessableContent());
		mvc.perform(get("/api/v1/quads").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$[*].name", not(hasItem(body.get("name")))));
	}

	@Test
	void walksTheLifecycleAndKeepsEveryStepInTheHistory() throws Exception {
		long id = fixtures.quad(fixtures.quartet()).id();
		move(id, "UNDER_REVIEW", "Complete file").andExpect(status().isOk());
		move(id, "APPROVED", null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type", endsWith("/establishment-case-not-approved")));
		ApprovalsTestSupport.approveEstablishment(approvals, users, id);
		move(id, "APPROVED", null).andExpect(status().isOk());
		move(id, "AGREEMENT_SIGNED", null).andExpect(status().isOk());
		move(id, "ESTABLISHED", "Notified in the gazette").andExpect(status().isOk())
			.andExpect(jsonPath("$.establishedOn", is(LocalDate.now(java.time.ZoneId.of("Asia/Karachi")).toString())))
			.andExpect(jsonPath("$.targetDate",
					is(LocalDate.now(java.time.ZoneId.of("Asia/Karachi")).plusYears(5).toString())));
		move(id, "PRODUCING", null).andExpect(status().isOk());
		move(id, "SUSPENDED", "Security review").andExpect(status().isOk())
			.andExpect(jsonPath("$.allowedTransitions", is(List.of("PRODUCING", "DISSOLVED"))));
		move(id, "EXPORTING", "skip ahead").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("/illegal-transition")));
		move(id, "PRODUCING", "Review cleared").andExpect(status().isOk());
		move(id, "EXPORTING", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.history[*].to", is(List.of("PROPOSED", "UNDER_REVIEW", "APPROVED",
					"AGREEMENT_SIGNED", "ESTABLISHED", "PRODUCING", "SUSPENDED", "PRODUCING", "EXPORTING"))))
			.andExpect(jsonPath("$.history[6].reason", is("Security review")))
			.andExpect(jsonPath("$.history[6].actor", is("admin")));
	}

	@Test
	void illegalTransitionsAreConflictsAndChangeNothing() throws Exception {
		long id = fixtures.quad(fixtures.quartet()).id();
		move(id, "EXPORTING", null).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		move(id, "REJECTED", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("reason")));
		move(id, "REJECTED", "Product already covered").andExpect(status().isOk());
		move(id, "UNDER_REVIEW", null).andExpect(status().isConflict());
		mvc.perform(get("/api/v1/quads/" + id).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$.status", is("REJECTED")))
			.andExpect(jsonPath("$.history", hasSize(2)))
			.andExpect(jsonPath("$.allowedTransitions", hasSize(0)));
	}

	@Test
	void establishmentCanBeBackDatedButNotFutureDated() throws Exception {
		long id = fixtures.quad(fixtures.quartet()).id();
		ApprovalsTestSupport.approveEstablishment(approvals, users, id);
		for (String step : List.of("UNDER_REVIEW", "APPROVED", "AGREEMENT_SIGNED")) {
			move(id, step, null).andExpect(status().isOk());
		}
		Map<String, Object> future = Map.of("to", "ESTABLISHED", "establishedOn", LocalDate.now().plusDays(30).toString());
		mvc.perform(post("/api/v1/quads/" + id + "/transitions").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(future)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("establishedOn")));
		Map<String, Object> past = Map.of("to", "ESTABLISHED", "establishedOn", "2023-01-02");
		mvc.perform(post("/api/v1/quads/" + id + "/transitions").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(past)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.establishedOn", is("2023-01-02")))
			.andExpect(jsonPath("$.targetDate", is("2028-01-02")));
	}

	@Test
	void unknownQuadIsNotFound() throws Exception {
		mvc.perform(get("/api/v1/quads/123456789").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		move(123456789, "UNDER_REVIEW", null).andExpect(status().isNotFound());
	}

	@Test
	void listsFilterByStatusAndSector() throws Exception {
		long proposed = fixtures.quad(fixtures.quartet()).id();
		long reviewed = fixtures.quad(fixtures.quartet()).id();
		move(reviewed, "UNDER_REVIEW", null).andExpect(status().isOk());
		mvc.perform(get("/api/v1/quads").param("status", "UNDER_REVIEW").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$[*].id", hasItem((int) reviewed)))
			.andExpect(jsonPath("$[*].id", not(hasItem((int) proposed))))
			.andExpect(jsonPath("$[*].status", not(hasItem("PROPOSED"))));
		mvc.perform(get("/api/v1/quads").param("sector", "AGRI_TECH").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$[*].id", not(hasItem((int) reviewed))));
		mvc.perform(get("/api/v1/quads").param("sector", "ELECTRONICS").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$[*].id", hasItem((int) reviewed)));
	}

	@Test
	void aPartnerProposesOnlyQuadsItBelongsTo() throws Exception {
		Map<PartnerRole, Long> seats = fixtures.quartet();
		String insider = fixtures.user(Role.PARTNER, seats.get(PartnerRole.PAKISTANI_ACADEMIA));
		String outsider = fixtures.user(Role.PARTNER, fixtures.organisation(Country.PK, OrganisationKind.ACADEMIA).id());

		propose(proposal(seats), outsider, Fixtures.PASSWORD).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type", endsWith("/not-own-quad")));
		propose(proposal(seats), insider, Fixtures.PASSWORD).andExpect(status().isCreated())
			.andExpect(jsonPath("$.proposedBy", is(insider)));
	}

	@Test
	void aPartnerSeesOnlyItsOwnQuadsAndCannotMoveThem() throws Exception {
		Map<PartnerRole, Long> seats = fixtures.quartet();
		long own = fixtures.quad(seats).id();
		long foreign = fixtures.quad(fixtures.quartet()).id();
		String partner = fixtures.user(Role.PARTNER, seats.get(PartnerRole.CHINESE_INDUSTRY));

		mvc.perform(get("/api/v1/quads/" + own).with(httpBasic(partner, Fixtures.PASSWORD))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/quads/" + foreign).with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/quads").with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(jsonPath("$[*].id", is(List.of((int) own))));
		mvc.perform(post("/api/v1/quads/" + own + "/transitions").with(httpBasic(partner, Fixtures.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"to\":\"UNDER_REVIEW\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void agenciesAndZoneOfficersReadButCannotPropose() throws Exception {
		long id = fixtures.quad(fixtures.quartet()).id();
		for (Role role : List.of(Role.AGENCY, Role.ZONE_OFFICER, Role.COMMITTEE)) {
			String user = fixtures.user(role);
			mvc.perform(get("/api/v1/quads/" + id).with(httpBasic(user, Fixtures.PASSWORD))).andExpect(status().isOk());
			propose(proposal(fixtures.quartet()), user, Fixtures.PASSWORD).andExpect(status().isForbidden());
		}
	}

	@Test
	void theOverviewIsPublicAndCountsByStatusWithoutNamingPartners() throws Exception {
		QuadDetails quad = fixtures.quad(fixtures.quartet());
		String partnerName = quad.partners().get(PartnerRole.CHINESE_INDUSTRY).name();
		mvc.perform(get("/api/v1/public/overview"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.quads[*].id", hasItem((int) quad.id())))
			.andExpect(jsonPath("$.byStatus.PROPOSED").isNumber())
			.andExpect(content().string(not(containsString(partnerName))));
	}

}
