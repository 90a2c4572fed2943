package org.quadhub.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Keeps HTTP Basic cheap for repeated API calls. Verifying a BCrypt hash costs tens of milliseconds of CPU by
 * design; an API client sends the same credentials with every request. This password encoder remembers, for a
 * short time, that a raw password matched a stored hash: the key is the SHA-256 of the password together with the
 * stored (salted) hash, never the password itself, and only successful checks are remembered. The account is still
 * loaded on every request, so a changed password (a new stored hash) no longer matches any remembered entry, and
 * changed roles or a disabled account take effect at once. Encoding new passwords is delegated unchanged. Concurrent
 * requests with the same credentials wait for one check instead of each making it, and a remembered password in
 * use is checked again in the last fifth of its lifetime, so a busy client never sees it lapse.
 */
@Configuration(proxyBeanMethods = false)
class VerifiedCredentials {

	/** Sign-in for the API and the UI: the usual account lookup with the remembering password check, throttled. */
	@Bean
	AuthenticationProvider quadHubAuthenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
			@Value("${quadhub.security.verified-credentials-ttl:PT5M}") Duration ttl,
			@Value("${quadhub.security.verified-credentials-max:10000}") int maxEntries, LoginThrottle throttle) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(new RememberingPasswordEncoder(passwordEncoder, ttl, maxEntries, Clock.systemUTC()));
		// Login throttling (ADR 0019) wraps the check; remembered credentials stay as cheap as before.
		return new ThrottledAuthenticationProvider(provider, throttle);
	}

	/** The password encoder that remembers successful matches; package-private for tests. */
	static final class RememberingPasswordEncoder implements PasswordEncoder {

		private final PasswordEncoder delegate;

		private final long ttlMillis;

		private final int maxEntries;

		private final Clock clock;

		private final ConcurrentHashMap<String, Long> verifiedUntil = new ConcurrentHashMap<>();

		/** Credentials being checked right now, and remembered ones being renewed. */
		private final ConcurrentHashMap<String, Object> checking = new ConcurrentHashMap<>();

		private final java.util.Set<String> renewing = ConcurrentHashMap.newKeySet();

		RememberingPasswordEncoder(PasswordEncoder delegate, Duration ttl, int maxEntries, Clock clock) {
			this.delegate = delegate;
			this.ttlMillis = ttl.toMillis();
			this.maxEntries = maxEntries;
			this.clock = clock;
		}

		@Override
		public @Nullable String encode(@Nullable CharSequence rawPassword) {
			return delegate.encode(rawPassword);
		}

		@Override
		public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
			if (rawPassword == null || encodedPassword == null || encodedPassword.isEmpty() || ttlMillis <= 0) {
				return delegate.matches(rawPassword, encodedPassword);
			}
			String key = key(rawPassword, encodedPassword);
			long now = clock.millis();
			Long until = verifiedUntil.get(key);
			if (until != null && until > now) {
				if (until - now < ttlMillis / 5 && renewing.add(key)) {
					// refresh ahead: one request renews a credential in use before it lapses, the others go on
					try {
						remember(key, delegate.matches(rawPassword, encodedPassword));
					}
					finally {
						renewing.remove(key);
					}
				}
				return true;
			}
			// one check per credential at a time: a client's concurrent requests wait for it instead of each
			// spending a BCrypt check (under load that stampede used to cost whole cores)
			Object lock = checking.computeIfAbsent(key, k -> new Object());
			try {
				synchronized (lock) {
					until = verifiedUntil.get(key);
					if (until != null && until > clock.millis()) {
						return true;
					}
					return remember(key, delegate.matches(rawPassword, encodedPassword));
				}
			}
			finally {
				checking.remove(key, lock);
			}
		}

		private boolean remember(String key, boolean matches) {
			if (matches) {
				long now = clock.millis();
				if (verifiedUntil.size() >= maxEntries) {
					verifiedUntil.values().removeIf(expiry -> expiry <= now);
					if (verifiedUntil.size() >= maxEntries) {
						verifiedUntil.clear();
					}
				}
				verifiedUntil.put(key, now + ttlMillis);
			}
			else {
				verifiedUntil.remove(key);
			}
			return matches;
		}

		@Override
		public boolean upgradeEncoding(@Nullable String encodedPassword) {
			return delegate.upgradeEncoding(encodedPassword);
		}

		int size() {
			return verifiedUntil.size();
		}

		private static String key(CharSequence rawPassword, String encodedPassword) {
			try {
				MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
				sha256.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
				sha256.update((byte) 0);
				sha256.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
				return HexFormat.of().formatHex(sha256.digest());
			}
			catch (NoSuchAlgorithmException e) {
				throw new IllegalStateException("SHA-256 is always available", e);
			}
		}
	}
}
