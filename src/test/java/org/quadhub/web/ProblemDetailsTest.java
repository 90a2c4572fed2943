package org.quadhub.web;

import org.junit.jupiter.api.Test;
import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every error a client can get is RFC 9457 problem+json with a stable type. */
@QuadHubTest
class ProblemDetailsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@LocalServerPort
	int port;

	@Test
	void unauthenticated() throws Exception {
		mvc.perform(get("/api/v1/quads"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type", startsWith("https://quadhub.gov.pk/problems/")))
			.andExpect(jsonPath("$.title").isString());
	}

	@Test
	void wrongPasswordIsTheSameUnauthorizedAsAnUnknownUser() throws Exception {
		String a = mvc.perform(get("/api/v1/quads").with(httpBasic("admin", "not-the-password")))
			.andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
		String b = mvc.perform(get("/api/v1/quads").with(httpBasic("nobody-here", "not-the-password")))
			.andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
		assertThat(a).isEqualTo(b);
	}

	@Test
	void aFileFormPostedWithoutAFileIsABadRequestNotAFailure() throws Exception {
		long quad = fixtures.quad(fixtures.quartet()).id();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/quads/" + quad + "/reports/upload").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED).content("file=nothing"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type", is("https://quadhub.gov.pk/problems/malformed-upload")));
	}

	@Test
	void forbidden() throws Exception {
		mvc.perform(get("/api/v1/users").with(httpBasic(fixtures.user(Role.AGENCY), Fixtures.PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status", is(403)));
	}

	@Test
	void notFoundForAnUnknownPath() throws Exception {
		mvc.perform(get("/api/v1/no-such-thing").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type", is("https://quadhub.gov.pk/problems/not-found")));
	}

	@Test
	void methodNotAllowed() throws Exception {
		mvc.perform(delete("/api/v1/quads").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type", is("https://quadhub.gov.pk/problems/method-not-allowed")));
	}

	@Test
	void malformedJson() throws Exception {
		mvc.perform(post("/api/v1/quads").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type", is("https://quadhub.gov.pk/problems/malformed-body")));
	}

	@Test
	void unsupportedMediaType() throws Exception {
		mvc.perform(post("/api/v1/quads").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.contentType(MediaType.TEXT_PLAIN).content("hello"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void problemsLeakNoInternals() throws Exception {
		String body = mvc.perform(post("/api/v1/organisations").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"name\": [1,2]}"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(body).doesNotContain("Exception", "tools.jackson", "org.quadhub", "at [Source");
	}

	@Test
	void errorsOutsideControllersAreProblemsToo() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/api/v1/quads/%2e%2e/users")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void healthIsPublicAndOtherActuatorEndpointsAreForTheAuthority() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status", is("UP")));
		mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/metrics").with(httpBasic(fixtures.user(Role.COMMITTEE), Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/actuator/metrics").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void openApiDescribesTheApiAndSwaggerUiIsServed() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/quads'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/quads/{id}/transitions'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/organisations/{id}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/users'].post").exists());
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}
}
