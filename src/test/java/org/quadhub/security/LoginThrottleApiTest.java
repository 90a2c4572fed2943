package org.quadhub.security;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Login throttling (issue 9, ADR 0019), per account and per network address, for HTTP Basic on the API and form
 * login in the UI, with the counters in PostgreSQL (so several instances share them). Each test signs in from its
 * own made-up address so the per-address limit of one test does not touch another.
 */
@QuadHubTest
class LoginThrottleApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static String address() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(1, 255) + "." + random.nextInt(1, 255) + "." + random.nextInt(1, 255);
	}

	/** The stored subject of an account: SHA-256 of the lower-cased username, never the name itself. */
	static String digest(String username) throws Exception {
		return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
			.digest(username.toLowerCase(java.util.Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

	private MockHttpServletResponse api(String user, String password, String address) throws Exception {
		return mvc.perform(get("/api/v1/quads").with(httpBasic(user, password)).with(from(address))).andReturn()
			.getResponse();
	}

	private String formLogin(String user, String password, String address) throws Exception {
		return mvc.perform(post("/login").with(csrf()).with(from(address)).param("username", user)
				.param("password", password)).andReturn().getResponse().getRedirectedUrl();
	}

	@Test
	void fiveFailuresLockTheAccountForAWhileEvenAgainstTheRightPassword() throws Exception {
		String user = fixtures.user(Role.COMMITTEE);
		String address = address();
		MockHttpServletResponse wrong = null;
		for (int i = 0; i < 5; i++) {
			wrong = api(user, "wrong-password-" + i, address);
			assertThat(wrong.getStatus()).isEqualTo(401);
		}
		MockHttpServletResponse locked = api(user, Fixtures.PASSWORD, address);
		assertThat(locked.getStatus()).as("locked account, right password").isEqualTo(401);
		assertThat(locked.getContentAsString()).as("the same answer as a wrong password")
			.isEqualTo(wrong.getContentAsString());
		// Also from another address and through the sign-in form: the lock is on the account.
		assertThat(api(user, Fixtures.PASSWORD, address()).getStatus()).isEqualTo(401);
		assertThat(formLogin(user, Fixtures.PASSWORD, address())).isEqualTo("/login?error");

		// The lock ends by itself: move it into the past, as fifteen minutes would.
		jdbc.update("update login_throttle set locked_until = timestamptz '2000-01-01 00:00Z', "
				+ "window_started = timestamptz '2000-01-01 00:00Z' where kind = 'A' and subject = ?", digest(user));
		assertThat(api(user, Fixtures.PASSWORD, address).getStatus()).as("after the lock").isEqualTo(200);
	}

	@Test
	void aSuccessfulSignInClearsTheAccountsFailures() throws Exception {
		String user = fixtures.user(Role.AGENCY);
		String address = address();
		for (int round = 0; round < 3; round++) {
			for (int i = 0; i < 4; i++) {
				assertThat(api(user, "wrong-password-" + i, address).getStatus()).isEqualTo(401);
			}
			assertThat(api(user, Fixtures.PASSWORD, address).getStatus()).as("round %s", round).isEqualTo(200);
		}
	}

	@Test
	void formLoginFailuresCountTowardsTheSameLock() throws Exception {
		String user = fixtures.user(Role.ZONE_OFFICER);
		String address = address();
		for (int i = 0; i < 5; i++) {
			assertThat(formLogin(user, "wrong-password-" + i, address)).isEqualTo("/login?error");
		}
		assertThat(formLogin(user, Fixtures.PASSWORD, address)).isEqualTo("/login?error");
		assertThat(api(user, Fixtures.PASSWORD, address()).getStatus()).isEqualTo(401);
	}

	@Test
	void twentyFailuresFromOneAddressRefuseItWithTooManyRequests() throws Exception {
		String address = address();
		String user = fixtures.user(Role.COMMITTEE);
		for (int i = 0; i < 20; i++) {
			// Different unknown accounts, so no account lock is involved.
			assertThat(api(Fixtures.unique("nobody").replace(' ', '-'), "wrong-password", address).getStatus())
				.isEqualTo(401);
		}
		MockHttpServletResponse refused = api(user, Fixtures.PASSWORD, address);
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(refused.getHeader("Retry-After")).isNotNull();
		assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 15 * 60L + 1);
		assertThat(refused.getContentAsString()).contains("too-many-sign-in-failures");
		assertThat(formLogin(user, Fixtures.PASSWORD, address)).as("the form too").isEqualTo("/login?error");
		// The same user from elsewhere is fine: the address is refused, not the account.
		assertThat(api(user, Fixtures.PASSWORD, address()).getStatus()).isEqualTo(200);
	}

	@Test
	void concurrentFailuresOnSeveralThreadsAreAllCounted() throws Exception {
		String user = fixtures.user(Role.COMMITTEE);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> calls = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				int n = i;
				calls.add(pool.submit(() -> api(user, "wrong-password-" + n, address()).getStatus()));
			}
			for (Future<Integer> call : calls) {
				assertThat(call.get()).isEqualTo(401);
			}
		}
		finally {
			pool.shutdown();
		}
		// Eight simultaneous failures passed the limit of five: the account is locked whatever the interleaving.
		assertThat(api(user, Fixtures.PASSWORD, address()).getStatus()).isEqualTo(401);
		assertThat(jdbc.queryForObject("select locked_until from login_throttle where kind = 'A' and subject = ?",
				java.sql.Timestamp.class, digest(user))).as("lock stored in PostgreSQL for every instance").isNotNull();
	}
}
