package org.quadhub.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.quadhub.users.PasswordPolicy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The password policy for local accounts (issue 9, ADR 0019): at least 12 characters, not the username, not a
 * common password; a refused password is a 400 problem naming the password field, and no account is created.
 */
@QuadHubTest
class PasswordPolicyApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	private String body(String username, String password) {
		Map<String, Object> body = new HashMap<>();
		body.put("username", username);
		body.put("password", password);
		body.put("roles", List.of("COMMITTEE"));
		return json.writeValueAsString(body);
	}

	@Test
	void weakPasswordsAreRefusedNamingThePasswordFieldAndNothingIsStored() throws Exception {
		String username = "policy-" + System.nanoTime();
		for (String weak : List.of("short-pw-1", username, username.toUpperCase(),
				new StringBuilder(username).reverse().toString(), "password1234", "Qwertyuiop123", "aaaaaaaaaaaaaa",
				"123456789012")) {
			mvc.perform(post("/api/v1/users").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
					.contentType(MediaType.APPLICATION_JSON).content(body(username, weak)))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[*].field", hasItem("password")))
				.andExpect(content().string(not(containsString(weak))));
		}
		mvc.perform(get("/api/v1/users").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(username))));
		mvc.perform(post("/api/v1/users").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(body(username, "river stone lantern 42")))
			.andExpect(status().isCreated());
	}

	@Test
	void theTestAndDemoPasswordsComply() {
		for (Map.Entry<String, String> account : Map.of("uabc123def456", Fixtures.PASSWORD, Fixtures.ADMIN,
				Fixtures.ADMIN_PASSWORD, "authority", "authority-demo-2026", "committee-cn", "committee-cn-demo-2026",
				"zone", "zone-demo-2026", "agency", "agency-demo-2026", "officer-fbr", "officer-demo-2026", "partner",
				"partner-demo-2026").entrySet()) {
			assertThat(PasswordPolicy.violation(account.getKey(), account.getValue())).as(account.toString()).isEmpty();
		}
		assertThat(Set.of("Password1234", "ADMINISTRATOR", "pakistan1234"))
			.allSatisfy(common -> assertThat(PasswordPolicy.violation("someone", common)).isPresent());
	}
}
