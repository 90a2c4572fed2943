package org.quadhub.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@QuadHubTest
class VerifiedCredentialsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	/** Counts the expensive checks it is asked to make. */
	static final class CountingEncoder implements PasswordEncoder {

		final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();

		final AtomicInteger checks = new AtomicInteger();

		@Override
		public @Nullable String encode(@Nullable CharSequence rawPassword) {
			return bcrypt.encode(rawPassword);
		}

		@Override
		public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
			checks.incrementAndGet();
			return bcrypt.matches(rawPassword, encodedPassword);
		}
	}

	static final class MovableClock extends Clock {

		Instant now = Instant.parse("2026-11-29T00:00:00Z");

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	@Test
	void aVerifiedPasswordIsCheckedOnceWithinTheLifetimeAndAWrongOneEveryTime() {
		CountingEncoder counting = new CountingEncoder();
		MovableClock clock = new MovableClock();
		var encoder = new VerifiedCredentials.RememberingPasswordEncoder(counting, Duration.ofMinutes(5), 100, clock);
		String hash = encoder.encode("correct-horse-battery");

		assertThat(encoder.matches("correct-horse-battery", hash)).isTrue();
		assertThat(encoder.matches("correct-horse-battery", hash)).isTrue();
		assertThat(counting.checks).hasValue(1);

		assertThat(encoder.matches("wrong-horse-battery", hash)).isFalse();
		assertThat(encoder.matches("wrong-horse-battery", hash)).isFalse();
		assertThat(counting.checks).hasValue(3);

		clock.now = clock.now.plus(Duration.ofMinutes(6));
		assertThat(encoder.matches("correct-horse-battery", hash)).isTrue();
		assertThat(counting.checks).hasValue(4);
	}

	@Test
	void concurrentRequestsWithTheSameCredentialsCostOneCheckAndAPasswordInUseIsRenewedBeforeItLapses()
			throws Exception {
		CountingEncoder counting = new CountingEncoder();
		MovableClock clock = new MovableClock();
		var encoder = new VerifiedCredentials.RememberingPasswordEncoder(counting, Duration.ofMinutes(5), 100, clock);
		String hash = encoder.encode("correct-horse-battery");

		var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
		var start = new java.util.concurrent.CountDownLatch(1);
		var answers = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
		for (int i = 0; i < 8; i++) {
			answers.add(pool.submit(() -> {
				start.await();
				return encoder.matches("correct-horse-battery", hash);
			}));
		}
		start.countDown();
		for (var answer : answers) {
			assertThat(answer.get()).isTrue();
		}
		pool.shutdown();
		assertThat(counting.checks).hasValue(1);

		// in the last fifth of its lifetime a remembered password is checked once more and kept for another lifetime
		clock.now = clock.now.plus(Duration.ofMinutes(4).plusSeconds(30));
		assertThat(encoder.matches("correct-horse-battery", hash)).isTrue();
		assertThat(counting.checks).hasValue(2);
		clock.now = clock.now.plus(Duration.ofMinutes(3));
		assertThat(encoder.matches("correct-horse-battery", hash)).isTrue();
		assertThat(counting.checks).hasValue(2);
	}

	@Test
	void aRememberedPasswordDoesNotMatchANewHashAndTheCacheStaysBounded() {
		CountingEncoder counting = new CountingEncoder();
		var encoder = new VerifiedCredentials.RememberingPasswordEncoder(counting, Duration.ofMinutes(5), 3,
				Clock.systemUTC());
		String oldHash = encoder.encode("old-passphrase");
		String newHash = encoder.encode("new-passphrase");
		assertThat(encoder.matches("old-passphrase", oldHash)).isTrue();
		assertThat(encoder.matches("old-passphrase", newHash)).isFalse();
		assertThat(encoder.matches("new-passphrase", newHash)).isTrue();
		for (int i = 0; i < 5; i++) {
			String hash = encoder.encode("passphrase-" + i);
			assertThat(encoder.matches("passphrase-" + i, hash)).isTrue();
		}
		assertThat(encoder.size()).isLessThanOrEqualTo(3);
	}

	@Test
	void aChangedPasswordOrRoleOrADisabledAccountTakesEffectAtOnceOnTheApi() throws Exception {
		String username = fixtures.user(Role.AUTHORITY);
		mvc.perform(get("/api/v1/users").with(httpBasic(username, Fixtures.PASSWORD))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/users").with(httpBasic(username, Fixtures.PASSWORD))).andExpect(status().isOk());

		long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
		jdbc.update("update app_user_role set role = 'COMMITTEE' where user_id = ?", id);
		mvc.perform(get("/api/v1/users").with(httpBasic(username, Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());

		jdbc.update("update app_user set password_hash = ? where id = ?", passwordEncoder.encode("a-new-passphrase"),
				id);
		mvc.perform(get("/api/v1/quads").with(httpBasic(username, Fixtures.PASSWORD)))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/quads").with(httpBasic(username, "a-new-passphrase"))).andExpect(status().isOk());

		jdbc.update("update app_user set enabled = false where id = ?", id);
		mvc.perform(get("/api/v1/quads").with(httpBasic(username, "a-new-passphrase")))
			.andExpect(status().isUnauthorized());
	}
}
