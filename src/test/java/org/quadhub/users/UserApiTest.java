package org.quadhub.users;

import org.junit.jupiter.api.Test;
import org.quadhub.partners.OrganisationKind;
import org.quadhub.shared.Country;
import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@QuadHubTest
class UserApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Fixtures fixtures;

	private ResultActions create(Map<String, Object> body, String user, String password) throws Exception {
		return mvc.perform(post("/api/v1/users").with(httpBasic(user, password))
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
	}

	private static Map<String, Object> user(String username, List<String> roles, Long organisationId) {
		Map<String, Object> body = new HashMap<>();
		body.put("username", username);
		body.put("password", "a-long-enough-passphrase");
		body.put("roles", roles);
		body.put("organisationId", organisationId);
		return body;
	}

	private static String name() {
		return "user-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void authorityCreatesAUserWhoCanThenSignIn() throws Exception {
		String username = name();
		create(user(username, List.of("AGENCY"), null), Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.username", is(username)))
			.andExpect(jsonPath("$.roles[0]", is("AGENCY")))
			.andExpect(jsonPath("$.password").doesNotExist())
			.andExpect(content().string(not(containsString("passphrase"))));
		mvc.perform(get("/api/v1/quads").with(httpBasic(username, "a-long-enough-passphrase")))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/quads").with(httpBasic(username, "wrong-passphrase-here")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aPartnerUserMustBeBoundToAnExistingOrganisation() throws Exception {
		create(user(name(), List.of("PARTNER"), null), Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("organisationId")));
		create(user(name(), List.of("PARTNER"), 987654321L), Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("organisationId")));
		long org = fixtures.organisation(Country.PK, OrganisationKind.INDUSTRY).id();
		create(user(name(), List.of("PARTNER"), org), Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.organisationId", is((int) org)));
	}

	@Test
	void aPartnerUserHasNoOtherRoleAndNullRolesAreRefused() throws Exception {
		long org = fixtures.organisation(Country.CN, OrganisationKind.ACADEMIA).id();
		create(user(name(), List.of("PARTNER", "COMMITTEE"), org), Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("roles")));
		create(user(name(), java.util.Arrays.asList("AGENCY", null), null), Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", startsWith("roles")));
	}

	@Test
	void theLocationOfANewUserCanBeFollowed() throws Exception {
		String username = name();
		String location = create(user(username, List.of("ZONE_OFFICER"), null), Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)
			.andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
		mvc.perform(get(location).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username", is(username)));
	}

	@Test
	void weakPasswordsAndDuplicateNamesAreRefused() throws Exception {
		Map<String, Object> weak = user(name(), List.of("COMMITTEE"), null);
		weak.put("password", "short");
		create(weak, Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("password")));
		String username = name();
		create(user(username, List.of("COMMITTEE"), null), Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)
			.andExpect(status().isCreated());
		create(user(username.toUpperCase(), List.of("COMMITTEE"), null), Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)
			.andExpect(status().isConflict());
	}

	@Test
	void onlyTheAuthorityManagesUsers() throws Exception {
		String committee = fixtures.user(Role.COMMITTEE);
		create(user(name(), List.of("AUTHORITY"), null), committee, Fixtures.PASSWORD)
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/users").with(httpBasic(committee, Fixtures.PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/users").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.username == 'admin')].roles[0]").value("AUTHORITY"));
	}
}
