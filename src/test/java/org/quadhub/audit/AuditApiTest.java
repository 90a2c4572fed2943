package org.quadhub.audit;

import org.junit.jupiter.api.Test;
import org.quadhub.quads.QuadDetails;
import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@QuadHubTest
class AuditApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	private List<Map<String, Object>> entries(String kind, String id) {
		return jdbc.queryForList("select * from audit_entry where subject_kind = ? and subject_id = ? order by id",
				kind, id);
	}

	@Test
	void onlyTheAuthorityReadsOrVerifiesTheTrail() throws Exception {
		for (Role role : List.of(Role.COMMITTEE, Role.AGENCY, Role.ZONE_OFFICER)) {
			String user = fixtures.user(role);
			for (String url : List.of("/api/v1/audit/verify", "/api/v1/audit/entries", "/api/v1/audit/entries.csv")) {
				mvc.perform(get(url).with(httpBasic(user, Fixtures.PASSWORD)))
					.andExpect(status().isForbidden())
					.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			}
		}
		mvc.perform(get("/api/v1/audit/verify")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/audit/verify").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid", is(true)))
			.andExpect(jsonPath("$.entries", greaterThan(0)))
			.andExpect(jsonPath("$.firstBrokenEntryId").doesNotExist());
	}

	@Test
	void aNewUserIsAuditedWithTheRequestIdAndThePasswordMasked() throws Exception {
		String username = Fixtures.unique("audited").toLowerCase().replaceAll("[^a-z0-9-]", "-");
		Map<String, Object> body = new HashMap<>();
		body.put("username", username);
		body.put("password", "a-long-enough-passphrase");
		body.put("roles", List.of("COMMITTEE"));
		MvcResult created = mvc.perform(post("/api/v1/users").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andExpect(header().exists("X-Request-Id"))
			.andReturn();
		String id = String.valueOf(json.readValue(created.getResponse().getContentAsString(), Map.class).get("id"));
		List<Map<String, Object>> trail = entries("app_user", id);
		assertThat(trail).hasSize(1);
		Map<String, Object> entry = trail.get(0);
		assertThat(entry.get("action")).isEqualTo("create");
		assertThat(entry.get("actor")).isEqualTo(Fixtures.ADMIN);
		assertThat(entry.get("request_id")).isEqualTo(created.getResponse().getHeader("X-Request-Id"));
		assertThat(entry.get("client_address")).isNotNull();
		String changes = (String) entry.get("changes");
		assertThat(changes).contains("\"username\":\"" + username + "\"").contains("\"passwordHash\":\"***\"")
			.contains("COMMITTEE").doesNotContain("$2").doesNotContain("passphrase");

		mvc.perform(get("/api/v1/audit/entries").param("subjectKind", "app_user").param("subjectId", id)
				.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements", is(1)))
			.andExpect(jsonPath("$.content[0].action", is("create")))
			.andExpect(jsonPath("$.content[0].actor", is("admin")));
	}

	@Test
	void aStatusChangeIsATransitionWithFromAndTo() throws Exception {
		QuadDetails quad = fixtures.quad(fixtures.quartet());
		mvc.perform(post("/api/v1/quads/" + quad.id() + "/transitions")
				.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"to\":\"UNDER_REVIEW\",\"reason\":\"dossier complete\"}"))
			.andExpect(status().isOk());
		List<Map<String, Object>> trail = entries("quad", String.valueOf(quad.id()));
		assertThat(trail).extracting(e -> e.get("action")).containsExactly("create", "transition");
		assertThat(trail.get(1).get("from_state")).isEqualTo("PROPOSED");
		assertThat(trail.get(1).get("to_state")).isEqualTo("UNDER_REVIEW");
		assertThat(trail.get(1).get("actor")).isEqualTo(Fixtures.ADMIN);
	}

	@Test
	void failedSignInsAreAuditedButStatelessApiSuccessesAreNot() throws Exception {
		String name = Fixtures.unique("nobody").toLowerCase().replaceAll("[^a-z0-9-]", "-");
		mvc.perform(get("/api/v1/quads").with(httpBasic(name, "wrong-password-123")))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/login").with(csrf()).param("username", name).param("password", "also-wrong-123"))
			.andExpect(status().is3xxRedirection());
		List<Map<String, Object>> failures = entries("user", name);
		assertThat(failures).hasSize(2).allSatisfy(e -> {
			assertThat(e.get("action")).isEqualTo("login-failure");
			assertThat(e.get("actor")).isEqualTo(name);
			assertThat(e.get("request_id")).isNotNull();
		});

		String user = fixtures.user(Role.COMMITTEE);
		mvc.perform(get("/api/v1/quads").with(httpBasic(user, Fixtures.PASSWORD))).andExpect(status().isOk());
		assertThat(entries("user", user)).isEmpty();
		mvc.perform(post("/login").with(csrf()).param("username", user).param("password", Fixtures.PASSWORD))
			.andExpect(status().is3xxRedirection());
		assertThat(entries("user", user)).extracting(e -> e.get("action")).containsExactly("login");
	}

	@Test
	void entriesFilterByActorActionAndTimeAndExportAsCsv() throws Exception {
		String name = Fixtures.unique("csv").toLowerCase().replaceAll("[^a-z0-9-]", "-");
		mvc.perform(get("/api/v1/quads").with(httpBasic(name, "wrong-password-123")));
		mvc.perform(get("/api/v1/audit/entries").param("actor", name).param("action", "login-failure")
				.param("from", "2000-01-01").param("to", "2999-12-31")
				.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$.totalElements", is(1)))
			.andExpect(jsonPath("$.content[0].subjectId", is(name)));
		mvc.perform(get("/api/v1/audit/entries").param("actor", name).param("to", "2000-01-01")
				.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$.totalElements", is(0)));
		mvc.perform(get("/api/v1/audit/entries").param("from", "yesterday")
				.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("from")));
		String csv = mvc.perform(get("/api/v1/audit/entries.csv").param("actor", name)
				.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn().getResponse().getContentAsString();
		String[] lines = csv.split("\r\n");
		assertThat(lines).hasSize(2);
		assertThat(lines[0]).startsWith("id,occurred_at,actor,action,subject_kind,subject_id");
		assertThat(lines[1]).contains("," + name + ",login-failure,user," + name + ",");
	}

	@Test
	void theAuditPageIsForTheAuthorityOnly() throws Exception {
		mvc.perform(get("/audit").param("verify", "true").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"verification\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"audit-entries\"")));
		mvc.perform(get("/audit").with(httpBasic(fixtures.user(Role.COMMITTEE), Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());
	}
}
