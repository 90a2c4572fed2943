package org.quadhub.web;

import org.junit.jupiter.api.Test;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Without an issuer nothing of single sign-on exists: no button, no bearer tokens, local accounts only. */
@QuadHubTest
class SingleSignOnOffTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void withoutAnIssuerThereIsNoSsoButtonAndBearerTokensAreNotAccepted() throws Exception {
		assertThat(context.getBeanNamesForType(SsoSecurity.class)).isEmpty();
		mvc.perform(get("/login")).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("sso-sign-in"))))
			.andExpect(content().string(containsString("name=\"password\"")));
		mvc.perform(get("/api/v1/quads").header(HttpHeaders.AUTHORIZATION, "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}
}
