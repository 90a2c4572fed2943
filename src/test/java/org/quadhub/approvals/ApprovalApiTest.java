package org.quadhub.approvals;

import org.junit.jupiter.api.Test;
import org.quadhub.quads.PartnerRole;
import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.quadhub.users.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The QUAD establishment route through the HTTP API, as the authority, the agencies and the partners use it. */
@QuadHubTest
class ApprovalApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Users users;

	@Autowired
	Approvals approvals;

	private long establishmentTemplate() throws Exception {
		JsonNode templates = read(mvc.perform(get("/api/v1/approvals/templates").with(admin()))
			.andExpect(status().isOk()).andReturn());
		for (JsonNode t : templates) {
			if (t.get("key").asString().equals("quad-establishment") && t.get("latest").asBoolean()) {
				return t.get("id").asLong();
			}
		}
		throw new AssertionError("no establishment route");
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor as(String user) {
		return httpBasic(user, Fixtures.PASSWORD);
	}

	private JsonNode read(MvcResult result) throws Exception {
		return json.readTree(result.getResponse().getContentAsString());
	}

	private ResultActions openCase(long quadId, long templateId, org.springframework.test.web.servlet.request.RequestPostProcessor who)
			throws Exception {
		return mvc.perform(post("/api/v1/approvals/cases").with(who).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("subjectKind", "QUAD", "subjectId", quadId, "templateId", templateId))));
	}

	private ResultActions decide(long caseId, long stepId, String outcome, String reason, String officer)
			throws Exception {
		Map<String, Object> body = new HashMap<>();
		body.put("outcome", outcome);
		body.put("reason", reason);
		return mvc.perform(post("/api/v1/approvals/cases/" + caseId + "/steps/" + stepId + "/decision").with(as(officer))
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
	}

	private static long stepId(JsonNode c, String code) {
		for (JsonNode step : c.get("steps")) {
			if (step.get("code").asString().equals(code)) {
				return step.get("id").asLong();
			}
		}
		throw new AssertionError("no step " + code);
	}

	private static String state(JsonNode c, String code) {
		for (JsonNode step : c.get("steps")) {
			if (step.get("code").asString().equals(code)) {
				return step.get("state").asString();
			}
		}
		throw new AssertionError("no step " + code);
	}

	private static List<String> inState(JsonNode c, String state) {
		List<String> codes = new ArrayList<>();
		c.get("steps").forEach(s -> {
			if (s.get("state").asString().equals(state)) {
				codes.add(s.get("code").asString());
			}
		});
		return codes;
	}

	@Test
	void theSeededRouteHasTheRealPakistaniStepsWithDependenciesAndLapseRules() throws Exception {
		mvc.perform(get("/api/v1/approvals/templates/" + establishmentTemplate()).with(as(fixtures.user(Role.AGENCY))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name", is("QUAD establishment")))
			.andExpect(jsonPath("$.steps[*].code", is(List.of("BOI_REGISTRATION", "SEZ_PLOT_ALLOTMENT",
					"FBR_TAX_EXEMPTION", "CUSTOMS_MACHINERY_LIST", "EPA_APPROVAL", "POWER_CONNECTION", "GAS_CONNECTION",
					"SBP_FDI_REGISTRATION", "INTERIOR_SECURITY_CLEARANCE"))))
			.andExpect(jsonPath("$.steps[2].dependsOn", is(List.of("BOI_REGISTRATION", "SEZ_PLOT_ALLOTMENT"))))
			.andExpect(jsonPath("$.steps[4].lapseRule", is("DEEMED_APPROVED")))
			.andExpect(jsonPath("$.steps[8].lapseRule", is("ESCALATE")))
			.andExpect(jsonPath("$.steps[6].optional", is(true)))
			.andExpect(jsonPath("$.steps[0].agencyName", is("Board of Investment")));
	}

	@Test
	void aFullRouteRunsParallelAndDependentStepsAndThenLetsTheQuadBeApproved() throws Exception {
		Map<PartnerRole, Long> seats = fixtures.quartet();
		long quadId = fixtures.quad(seats).id();
		long template = establishmentTemplate();
		String partner = fixtures.user(Role.PARTNER, seats.get(PartnerRole.PAKISTANI_INDUSTRY));

		// the applicant opens its own case; only the step without dependencies starts
		JsonNode c = read(openCase(quadId, template, as(partner)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status", is("OPEN")))
			.andExpect(jsonPath("$.subject.kind", is("QUAD")))
			.andExpect(jsonPath("$.subjectPath", is("/quads/" + quadId)))
			.andReturn());
		long caseId = c.get("id").asLong();
		assertThat(inState(c, "OPEN")).containsExactly("BOI_REGISTRATION");
		assertThat(inState(c, "WAITING")).hasSize(8);

		// the QUAD cannot be approved yet
		mvc.perform(post("/api/v1/quads/" + quadId + "/transitions").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"to\":\"UNDER_REVIEW\"}")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/quads/" + quadId + "/transitions").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"to\":\"APPROVED\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type", endsWith("/establishment-case-not-approved")));

		// BOI approves: plot allotment, SBP and Interior open in parallel
		c = read(decide(caseId, stepId(c, "BOI_REGISTRATION"), "APPROVED", "Registered",
				ApprovalsTestSupport.officer(users, "BOI")).andExpect(status().isOk()).andReturn());
		assertThat(inState(c, "OPEN")).containsExactlyInAnyOrder("SEZ_PLOT_ALLOTMENT", "SBP_FDI_REGISTRATION",
				"INTERIOR_SECURITY_CLEARANCE");
		assertThat(state(c, "FBR_TAX_EXEMPTION")).isEqualTo("WAITING");

		// plot allotment opens FBR, Customs and the EPA together; utilities still wait for the EPA
		c = read(decide(caseId, stepId(c, "SEZ_PLOT_ALLOTMENT"), "APPROVED", "Plot 14-B allotted",
				ApprovalsTestSupport.officer(users, "SEZA")).andExpect(status().isOk()).andReturn());
		assertThat(inState(c, "OPEN")).contains("FBR_TAX_EXEMPTION", "CUSTOMS_MACHINERY_LIST", "EPA_APPROVAL");
		assertThat(state(c, "POWER_CONNECTION")).isEqualTo("WAITING");
		c = read(decide(caseId, stepId(c, "EPA_APPROVAL"), "APPROVED", "IEE approved",
				ApprovalsTestSupport.officer(users, "EPA")).andExpect(status().isOk()).andReturn());
		assertThat(inState(c, "OPEN")).contains("POWER_CONNECTION", "GAS_CONNECTION");

		// every other required step; the optional gas connection is not needed for the case
		for (String code : List.of("FBR_TAX_EXEMPTION", "CUSTOMS_MACHINERY_LIST", "SBP_FDI_REGISTRATION",
				"INTERIOR_SECURITY_CLEARANCE")) {
			c = read(decide(caseId, stepId(c, code), "APPROVED", "Done",
					ApprovalsTestSupport.officer(users, c.get("steps").get(0).get("agency").asString().equals("x") ? "x"
							: agencyOf(c, code))).andExpect(status().isOk()).andReturn());
			assertThat(c.get("status").asString()).isEqualTo("OPEN");
		}
		c = read(decide(caseId, stepId(c, "POWER_CONNECTION"), "APPROVED", "Connected",
				ApprovalsTestSupport.officer(users, "POWER")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("APPROVED")))
			.andExpect(jsonPath("$.closedAt").isNotEmpty())
			.andReturn());
		assertThat(state(c, "GAS_CONNECTION")).isEqualTo("OPEN");

		// a partner of the QUAD reads its case; the QUAD may now be approved
		mvc.perform(get("/api/v1/approvals/cases/" + caseId).with(as(partner))).andExpect(status().isOk())
			.andExpect(jsonPath("$.steps[0].history[*].kind", is(List.of("OPENED", "APPROVED"))))
			.andExpect(jsonPath("$.steps[0].decidedBy").isNotEmpty())
			.andExpect(jsonPath("$.steps[0].withinSla", is(true)));
		mvc.perform(post("/api/v1/quads/" + quadId + "/transitions").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"to\":\"APPROVED\"}")).andExpect(status().isOk()).andExpect(jsonPath("$.status", is("APPROVED")));
		// a second live case on the same route is refused
		openCase(quadId, template, admin()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("/case-exists")));
	}

	private static String agencyOf(JsonNode c, String code) {
		for (JsonNode step : c.get("steps")) {
			if (step.get("code").asString().equals(code)) {
				return step.get("agency").asString();
			}
		}
		throw new AssertionError(code);
	}

	@Test
	void anAgencyOfficerDecidesOnlyItsOwnAgencysStepsAndNeverTwice() throws Exception {
		long quadId = fixtures.quad(fixtures.quartet()).id();
		JsonNode c = read(openCase(quadId, establishmentTemplate(), admin()).andExpect(status().isCreated()).andReturn());
		long caseId = c.get("id").asLong();
		long boi = stepId(c, "BOI_REGISTRATION");

		decide(caseId, boi, "APPROVED", "not mine", ApprovalsTestSupport.officer(users, "FBR"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type", endsWith("/not-your-agency")));
		decide(caseId, boi, "APPROVED", "no agency", fixtures.user(Role.AGENCY))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/approvals/cases/" + caseId + "/steps/" + boi + "/decision").with(admin())
			.contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"APPROVED\"}"))
			.andExpect(status().isForbidden());
		// nothing changed
		mvc.perform(get("/api/v1/approvals/cases/" + caseId).with(admin()))
			.andExpect(jsonPath("$.steps[0].state", is("OPEN")));

		String officer = ApprovalsTestSupport.officer(users, "BOI");
		decide(caseId, boi, "REJECTED", " ", officer).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("reason")));
		mvc.perform(post("/api/v1/approvals/cases/" + caseId + "/steps/" + boi + "/decision").with(as(officer))
			.contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"MAYBE\"}"))
			.andExpect(status().isBadRequest());
		decide(caseId, boi, "APPROVED", "Registered", officer).andExpect(status().isOk());
		decide(caseId, boi, "REJECTED", "Changed my mind", officer).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("/step-already-decided")));
		// a step still waiting for its dependencies cannot be decided either
		decide(caseId, stepId(c, "FBR_TAX_EXEMPTION"), "APPROVED", "early", ApprovalsTestSupport.officer(users, "FBR"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("/step-not-open")));
	}

	@Test
	void aRequiredRejectionRejectsTheCaseAndANewCaseMayFollow() throws Exception {
		long quadId = fixtures.quad(fixtures.quartet()).id();
		long template = establishmentTemplate();
		JsonNode c = read(openCase(quadId, template, admin()).andReturn());
		decide(c.get("id").asLong(), stepId(c, "BOI_REGISTRATION"), "REJECTED", "Feasibility study missing",
				ApprovalsTestSupport.officer(users, "BOI"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("REJECTED")))
			.andExpect(jsonPath("$.steps[0].reason", is("Feasibility study missing")));
		openCase(quadId, template, admin()).andExpect(status().isCreated());
	}

	@Test
	void partnersOfTheQuadSeeTheCaseAndAnswerQueriesOthersDoNot() throws Exception {
		Map<PartnerRole, Long> seats = fixtures.quartet();
		long quadId = fixtures.quad(seats).id();
		String insider = fixtures.user(Role.PARTNER, seats.get(PartnerRole.CHINESE_INDUSTRY));
		String outsider = fixtures.user(Role.PARTNER, fixtures.quartet().get(PartnerRole.CHINESE_INDUSTRY));
		JsonNode c = read(openCase(quadId, establishmentTemplate(), admin()).andReturn());
		long caseId = c.get("id").asLong();
		long boi = stepId(c, "BOI_REGISTRATION");
		openCase(quadId, establishmentTemplate(), as(outsider)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/approvals/cases/" + caseId).with(as(outsider))).andExpect(status().isForbidden());

		String officer = ApprovalsTestSupport.officer(users, "BOI");
		decide(caseId, boi, "QUERIED", "Please file the signed JV agreement", officer).andExpect(status().isOk())
			.andExpect(jsonPath("$.steps[0].state", is("QUERIED")))
			.andExpect(jsonPath("$.steps[0].heldBy", is("APPLICANT")))
			.andExpect(jsonPath("$.steps[0].assignee", is(officer)));
		// the query is in the partner's inbox
		mvc.perform(get("/api/v1/approvals/inbox").with(as(insider))).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].kind", is("STEP_QUERIED")))
			.andExpect(jsonPath("$[0].caseId", is((int) caseId)));
		// an agency cannot decide while the applicant holds the step
		decide(caseId, boi, "APPROVED", "ok", officer).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("/step-queried")));

		String answer = "{\"message\":\"Signed agreement filed\",\"attachments\":[{\"name\":\"jv.pdf\",\"reference\":\"dms://jv/7\"}]}";
		mvc.perform(post("/api/v1/approvals/cases/" + caseId + "/steps/" + boi + "/response").with(as(outsider))
			.contentType(MediaType.APPLICATION_JSON).content(answer)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/approvals/cases/" + caseId + "/steps/" + boi + "/response").with(as(insider))
			.contentType(MediaType.APPLICATION_JSON).content("{\"message\":\" \"}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("message")));
		mvc.perform(post("/api/v1/approvals/cases/" + caseId + "/steps/" + boi + "/response").with(as(insider))
			.contentType(MediaType.APPLICATION_JSON).content(answer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.steps[0].state", is("OPEN")))
			.andExpect(jsonPath("$.steps[0].heldBy", is("BOI")))
			.andExpect(jsonPath("$.steps[0].attachments[0].name", is("jv.pdf")))
			.andExpect(jsonPath("$.steps[0].history[*].kind", is(List.of("OPENED", "QUERIED", "ANSWERED"))));
		// the officer hears of the answer; a second answer has nothing to answer
		mvc.perform(get("/api/v1/approvals/inbox").with(as(officer)))
			.andExpect(jsonPath("$[*].kind", hasItem("QUERY_ANSWERED")));
		mvc.perform(post("/api/v1/approvals/cases/" + caseId + "/steps/" + boi + "/response").with(as(insider))
			.contentType(MediaType.APPLICATION_JSON).content(answer)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("/step-not-queried")));
	}

	@Test
	void theQueueListsMyAgencysPendingStepsByDueDate() throws Exception {
		long quadId = fixtures.quad(fixtures.quartet()).id();
		String officer = ApprovalsTestSupport.officer(users, "BOI");
		String other = ApprovalsTestSupport.officer(users, "SBP");
		JsonNode c = read(openCase(quadId, establishmentTemplate(), admin()).andReturn());
		mvc.perform(get("/api/v1/approvals/queue").with(as(officer))).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].caseId", hasItem(c.get("id").asInt())))
			.andExpect(jsonPath("$[*].agency", not(hasItem("SBP"))));
		mvc.perform(get("/api/v1/approvals/queue").with(as(other)))
			.andExpect(jsonPath("$[*].caseId", not(hasItem(c.get("id").asInt()))));
		mvc.perform(get("/api/v1/approvals/inbox").with(as(officer)))
			.andExpect(jsonPath("$[*].kind", hasItem("STEP_OPENED")));
		JsonNode queue = read(mvc.perform(get("/api/v1/approvals/queue").with(admin())).andReturn());
		for (int i = 1; i < queue.size(); i++) {
			assertThat(queue.get(i - 1).get("dueOn").asString()).isLessThanOrEqualTo(queue.get(i).get("dueOn").asString());
		}
		mvc.perform(get("/api/v1/approvals/queue").with(as(fixtures.user(Role.PARTNER, fixtures.quartet()
			.get(PartnerRole.CHINESE_ACADEMIA))))).andExpect(status().isForbidden());
	}

	@Test
	void unknownSubjectsAndTemplatesAreClearProblems() throws Exception {
		openCase(987654321L, establishmentTemplate(), admin()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type", endsWith("/subject-not-found")))
			.andExpect(jsonPath("$.errors[0].field", is("subjectId")));
		long quadId = fixtures.quad(fixtures.quartet()).id();
		openCase(quadId, 987654321L, admin()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("templateId")));
		mvc.perform(post("/api/v1/approvals/cases").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"subjectKind\":\"SPACESHIP\",\"subjectId\":1,\"templateId\":1}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("subjectKind")));
		mvc.perform(post("/api/v1/approvals/cases").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"subjectKind\":\"QUAD\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("subjectId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("templateId")));
		mvc.perform(get("/api/v1/approvals/cases/987654321").with(admin())).andExpect(status().isNotFound());
	}

	@Test
	void theAuthorityAddsANewRouteVersionAndBrokenRoutesAreRefused() throws Exception {
		String key = "test-route-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> a = Map.of("code", "A", "name", "Registration", "agency", "BOI", "slaDays", 5,
				"lapseRule", "ESCALATE");
		Map<String, Object> b = new HashMap<>(Map.of("code", "B", "name", "Clearance", "agency", "INTERIOR",
				"slaDays", 10, "lapseRule", "DEEMED_APPROVED", "dependsOn", List.of("A")));
		Map<String, Object> route = Map.of("key", key, "name", "Test route", "steps", List.of(a, b));
		mvc.perform(post("/api/v1/approvals/templates").with(as(fixtures.user(Role.AGENCY)))
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(route))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/approvals/templates").with(admin())
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(route)))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.version", is(1)));
		mvc.perform(post("/api/v1/approvals/templates").with(admin())
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(route)))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.version", is(2)))
			.andExpect(jsonPath("$.latest", is(true)));

		Map<String, Object> cyclicA = new HashMap<>(a);
		cyclicA.put("dependsOn", List.of("B"));
		mvc.perform(post("/api/v1/approvals/templates").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("key", key, "name", "Cycle", "steps", List.of(cyclicA, b)))))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.type", endsWith("/dependency-cycle")));
		Map<String, Object> unknown = new HashMap<>(b);
		unknown.put("agency", "NOBODY");
		unknown.put("dependsOn", List.of("Z"));
		mvc.perform(post("/api/v1/approvals/templates").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("key", key, "name", "Broken", "steps", List.of(a, unknown)))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("steps[1].agency")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("steps[1].dependsOn")));
		Map<String, Object> noSla = new HashMap<>(a);
		noSla.remove("slaDays");
		mvc.perform(post("/api/v1/approvals/templates").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("key", key, "name", "Broken", "steps", List.of(noSla)))))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("steps[0].slaDays")));
		// still two versions
		mvc.perform(get("/api/v1/approvals/templates").with(admin()))
			.andExpect(jsonPath("$[?(@.key == '" + key + "')].version", is(List.of(2, 1))));
	}

	@Test
	void holidaysAreListedForEveryoneAndEditedByTheAuthorityOnly() throws Exception {
		mvc.perform(get("/api/v1/approvals/holidays").param("year", "2026").with(as(fixtures.user(Role.AGENCY))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].date", hasItem("2026-08-14")))
			.andExpect(jsonPath("$[*].date", hasItem("2026-03-23")));
		mvc.perform(get("/api/v1/approvals/holidays").param("year", "2027").with(admin()))
			.andExpect(jsonPath("$[*].name", hasItem("Quaid-e-Azam Day")));
		String body = "{\"date\":\"2041-07-01\",\"name\":\"Bank holiday\",\"provisional\":false}";
		mvc.perform(post("/api/v1/approvals/holidays").with(as(fixtures.user(Role.AGENCY)))
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/approvals/holidays").with(admin()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated());
		mvc.perform(put("/api/v1/approvals/holidays/2041-07-01").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Bank holiday (moved)\",\"provisional\":true}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.provisional", is(true)));
		mvc.perform(post("/api/v1/approvals/holidays").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\":\"2041-07-02\"}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("name")));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.delete("/api/v1/approvals/holidays/2041-07-01").with(admin())).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/approvals/holidays").param("year", "2041").with(admin()))
			.andExpect(jsonPath("$[*].date", not(hasItem("2041-07-01"))));
	}
}
