package org.quadhub.security;

import java.util.Arrays;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quadhub.security.LoginThrottleApiTest.address;
import static org.quadhub.security.LoginThrottleApiTest.from;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A failed sign-in says nothing about whether the account exists (issue 9, ADR 0019): an unknown user, a wrong
 * password and a locked account get the same status and the same body, in the API and in the UI, and take about
 * the same time (the password hash is checked for unknown users too). QuadHub has no password-reset flow.
 */
@QuadHubTest
class NoUserEnumerationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	private MockHttpServletResponse api(String user, String password) throws Exception {
		return mvc.perform(get("/api/v1/quads").with(httpBasic(user, password)).with(from(address()))).andReturn()
			.getResponse();
	}

	private String form(String user, String password) throws Exception {
		return mvc.perform(post("/login").with(csrf()).with(from(address())).param("username", user)
				.param("password", password)).andReturn().getResponse().getRedirectedUrl();
	}

	private String lockedUser() throws Exception {
		String user = fixtures.user(Role.COMMITTEE);
		for (int i = 0; i < 5; i++) {
			api(user, "wrong-password-" + i);
		}
		return user;
	}

	@Test
	void theApiAnswersUnknownWrongAndLockedAlike() throws Exception {
		String known = fixtures.user(Role.AGENCY);
		MockHttpServletResponse unknown = api("nobody-" + System.nanoTime(), "some-password-1");
		MockHttpServletResponse wrong = api(known, "some-password-1");
		MockHttpServletResponse locked = api(lockedUser(), Fixtures.PASSWORD);
		for (MockHttpServletResponse response : new MockHttpServletResponse[] { unknown, wrong, locked }) {
			assertThat(response.getStatus()).isEqualTo(401);
			assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			assertThat(response.getContentAsString()).isEqualTo(unknown.getContentAsString());
			assertThat(response.getHeader("WWW-Authenticate")).isEqualTo(unknown.getHeader("WWW-Authenticate"));
		}
	}

	@Test
	void theSignInFormAnswersUnknownWrongAndLockedAlike() throws Exception {
		String known = fixtures.user(Role.AGENCY);
		assertThat(form("nobody-" + System.nanoTime(), "some-password-1")).isEqualTo("/login?error");
		assertThat(form(known, "some-password-1")).isEqualTo("/login?error");
		assertThat(form(lockedUser(), Fixtures.PASSWORD)).isEqualTo("/login?error");
	}

	@Test
	void anUnknownUserCostsAsMuchAsAWrongPassword() throws Exception {
		String known = fixtures.user(Role.AGENCY);
		// Warm up, then compare medians: without the dummy hash check an unknown user answers ten times faster.
		api("nobody-warm", "some-password-1");
		api(known, "some-password-0");
		long unknown = median(() -> timed(() -> api("nobody-" + System.nanoTime(), "some-password-1")));
		long wrong = median(() -> timed(() -> api(known, "some-password-" + System.nanoTime() % 3)));
		assertThat((double) unknown).as("unknown %s ns vs wrong password %s ns", unknown, wrong)
			.isGreaterThan(wrong * 0.3);
	}

	private static long median(Supplier<Long> sample) {
		long[] samples = new long[5];
		for (int i = 0; i < samples.length; i++) {
			samples[i] = sample.get();
		}
		Arrays.sort(samples);
		return samples[2];
	}

	interface Call {

		Object run() throws Exception;
	}

	private static long timed(Call call) {
		try {
			long start = System.nanoTime();
			call.run();
			return System.nanoTime() - start;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
