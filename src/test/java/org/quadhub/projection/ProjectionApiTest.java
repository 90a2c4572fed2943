package org.quadhub.projection;

import org.junit.jupiter.api.Test;
import org.quadhub.partners.OrganisationKind;
import org.quadhub.quads.PartnerRole;
import org.quadhub.approvals.Approvals;
import org.quadhub.approvals.ApprovalsTestSupport;
import org.quadhub.quads.QuadDetails;
import org.quadhub.users.Users;
import org.quadhub.quads.Quads;
import org.quadhub.quads.TransitionQuad;
import org.quadhub.quads.QuadStatus;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@QuadHubTest
class ProjectionApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Quads quads;

	@Autowired
	Approvals approvals;

	@Autowired
	Users users;

	private ResultActions post(String user, String password, String body) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/projections")
			.with(httpBasic(user, password)).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private ResultActions asAdmin(String body) throws Exception {
		return post(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, body);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> json(ResultActions actions) throws Exception {
		return (Map<String, Object>) ProjectionJson.parse(actions.andReturn().getResponse().getContentAsString());
	}

	/** Polls the run until it is finished (at most 60 s), as a client would. */
	private Map<String, Object> awaitFinished(long id) throws Exception {
		long deadline = System.currentTimeMillis() + 60_000;
		while (true) {
			Map<String, Object> run = json(mvc.perform(get("/api/v1/projections/" + id)
				.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))).andExpect(status().isOk()));
			String status = (String) run.get("status");
			assertThat(status).isIn("QUEUED", "RUNNING", "COMPLETED", "FAILED");
			if (status.equals("COMPLETED") || status.equals("FAILED")) {
				return run;
			}
			assertThat(System.currentTimeMillis()).as("run %d finished in time", id).isLessThan(deadline);
			Thread.sleep(100);
		}
	}

	private long submit(String body) throws Exception {
		Map<String, Object> accepted = json(asAdmin(body).andExpect(status().isAccepted())
			.andExpect(header().string("Location", containsString("/api/v1/projections/"))));
		return ((Number) accepted.get("id")).longValue();
	}

	@Test
	@SuppressWarnings("unchecked")
	void acceptsTheMinimalScenarioRunsItAsynchronouslyAndReturnsTheResultShape() throws Exception {
		long id = submit(ProjectionCommandTest.MINIMAL);
		Map<String, Object> run = awaitFinished(id);

		assertThat(run).containsEntry("status", "COMPLETED").containsEntry("createdBy", Fixtures.ADMIN)
			.containsEntry("progress", 1.0).containsKey("createdAt");
		List<Map<String, Object>> years = (List<Map<String, Object>>) run.get("years");
		assertThat(years).hasSize(10);
		for (int i = 0; i < years.size(); i++) {
			assertThat(years.get(i)).containsEntry("year", i + 1);
			for (String metric : List.of("exports", "netForex", "directJobs", "indirectJobs")) {
				assertThat((Map<String, Object>) years.get(i).get(metric)).containsOnlyKeys("mean", "p5", "p10", "p50",
						"p90", "p95");
			}
		}
		Map<String, Object> exports = (Map<String, Object>) years.get(9).get("exports");
		assertThat(((Number) exports.get("mean")).doubleValue()).isBetween(81e9, 84e9);
		assertThat((List<Map<String, Object>>) run.get("thresholds")).singleElement()
			.satisfies(t -> assertThat(t).containsEntry("year", 10).containsKey("probability"));
		assertThat((Map<String, Object>) run.get("scenario")).containsEntry("seed", 7);

		// The stored result is the command line's result file, byte for byte the same for the same seed.
		String stored = mvc.perform(get("/api/v1/projections/" + id + "/result")
			.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		var again = org.quadhub.projection.engine.ProjectionEngine.run(
				org.quadhub.projection.engine.ScenarioReader.read(ProjectionJson.parse(ProjectionCommandTest.MINIMAL)),
				1, null, null);
		assertThat(stored).isEqualTo(ProjectionJson.write(again));

		mvc.perform(get("/api/v1/projections").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem((int) id)));
	}

	@Test
	void invalidScenarioGives422NamingTheFieldAndStoresNothing() throws Exception {
		int before = mvcList().size();
		asAdmin(ProjectionCommandTest.MINIMAL.replace("\"sigma\": 0.8", "\"sigma\": -0.8"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type", containsString("invalid-scenario")))
			.andExpect(jsonPath("$.errors[0].field", is("sectors.ELECTRIC_VEHICLES_AND_BATTERIES.peakExportsUsd.sigma")));
		asAdmin(ProjectionCommandTest.MINIMAL.replace("\"fixed\", \"value\": 5", "\"triangular\", \"min\": 5"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[*].field",
					hasItem("sectors.ELECTRIC_VEHICLES_AND_BATTERIES.yearsToTarget.mode")));
		asAdmin("{ \"horizonYears\": 0, \"launches\": [ { \"year\": 1, \"count\": 2, \"sector\": \"TEXTILES\" } ] }")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[*].field", hasItem("horizonYears")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("launches[0].sector")));
		asAdmin("{ \"trials\": ").andExpect(status().isBadRequest());
		assertThat(mvcList()).hasSize(before);
	}

	private List<?> mvcList() throws Exception {
		return (List<?>) ProjectionJson.parse(mvc.perform(get("/api/v1/projections")
			.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))).andReturn().getResponse().getContentAsString());
	}

	@Test
	void presetsCarryTheirSourcesAndRunAsTheyAre() throws Exception {
		String user = fixtures.user(Role.AGENCY);
		mvc.perform(get("/api/v1/projections/presets").with(httpBasic(user, Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(3)))
			.andExpect(jsonPath("$[*].name", hasItem("Op-ed as written")))
			.andExpect(jsonPath("$[*].name", hasItem("Benchmarked")))
			.andExpect(jsonPath("$[*].name", hasItem("IMF-constrained")))
			.andExpect(jsonPath("$[1].sources[0]", containsString("underperform")))
			.andExpect(jsonPath("$[0].scenario.launches[0].count", is(50)));

		String opEd = ProjectionJson.write(ProjectionPresets.find("op-ed").orElseThrow().scenario());
		Map<String, Object> run = awaitFinished(submit(opEd));
		assertThat(run).containsEntry("status", "COMPLETED");
		@SuppressWarnings("unchecked")
		Map<String, Object> threshold = ((List<Map<String, Object>>) run.get("thresholds")).get(0);
		assertThat(threshold).containsEntry("probability", 1.0);
	}

	@Test
	void authorityAndCommitteeRunOtherReadersOnlyReadPartnersNeither() throws Exception {
		String committee = fixtures.user(Role.COMMITTEE);
		String agency = fixtures.user(Role.AGENCY);
		Map<PartnerRole, Long> seats = fixtures.quartet();
		String partner = fixtures.user(Role.PARTNER, seats.get(PartnerRole.PAKISTANI_INDUSTRY));
		String small = "{ \"trials\": 50, \"launches\": [ { \"year\": 1, \"count\": 2, \"sector\": \"ELECTRONICS\" } ] }";

		Map<String, Object> accepted = json(post(committee, Fixtures.PASSWORD, small).andExpect(status().isAccepted()));
		long id = ((Number) accepted.get("id")).longValue();
		post(agency, Fixtures.PASSWORD, small).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		post(partner, Fixtures.PASSWORD, small).andExpect(status().isForbidden());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/projections")
			.contentType(MediaType.APPLICATION_JSON).content(small)).andExpect(status().isUnauthorized());

		mvc.perform(get("/api/v1/projections/" + id).with(httpBasic(agency, Fixtures.PASSWORD)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.createdBy", is(committee)));
		mvc.perform(get("/api/v1/projections/" + id).with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/projections/999999999").with(httpBasic(agency, Fixtures.PASSWORD)))
			.andExpect(status().isNotFound());
		awaitFinished(id);
	}

	@Test
	@SuppressWarnings("unchecked")
	void runsFromTheProgrammeAsItIsAndComparesRunsSideBySide() throws Exception {
		QuadDetails established = fixtures.quad(fixtures.quartet());
		for (QuadStatus to : List.of(QuadStatus.UNDER_REVIEW, QuadStatus.APPROVED, QuadStatus.AGREEMENT_SIGNED)) {
			if (to == QuadStatus.APPROVED) {
				ApprovalsTestSupport.approveEstablishment(approvals, users, established.id());
			}
			quads.transition(Actor.system(), established.id(), new TransitionQuad(to, "test", null));
		}
		quads.transition(Actor.system(), established.id(),
				new TransitionQuad(QuadStatus.ESTABLISHED, "test", LocalDate.now().minusYears(3).minusDays(10)));

		long fromProgramme = submit("{ \"name\": \"As it is\", \"trials\": 200, \"programme\": true }");
		long opEd = submit(ProjectionJson.write(ProjectionPresets.find("op-ed").orElseThrow().scenario())
			.replace("\"trials\":1000", "\"trials\":100"));
		Map<String, Object> run = awaitFinished(fromProgramme);
		assertThat(run).containsEntry("status", "COMPLETED").containsEntry("fromProgramme", true);
		List<Map<String, Object>> listed = (List<Map<String, Object>>) ((Map<String, Object>) run.get("scenario"))
			.get("quads");
		assertThat(listed).anySatisfy(q -> {
			assertThat((String) q.get("label")).contains(established.name());
			assertThat(q).containsEntry("launchYear", -2).containsEntry("launched", true);
		});
		awaitFinished(opEd);

		mvc.perform(get("/api/v1/projections/compare").param("ids", fromProgramme + "," + opEd)
			.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].name", is("As it is")))
			.andExpect(jsonPath("$[1].name", is("Op-ed as written")))
			.andExpect(jsonPath("$[1].thresholds[0].probability", is(1.0)))
			.andExpect(jsonPath("$[0].years", hasSize(10)));
		mvc.perform(get("/api/v1/projections/" + opEd + "/status").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$.status", is("COMPLETED")))
			.andExpect(jsonPath("$.name", startsWith("Op-ed")));
	}
}
