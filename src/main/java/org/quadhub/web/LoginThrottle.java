package org.quadhub.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per network address in PostgreSQL, so every application instance sees
 * the same counters. An account with {@code quadhub.security.login.account-failures} failures within
 * {@code quadhub.security.login.window} is locked for {@code quadhub.security.login.lockout}; an address with
 * {@code quadhub.security.login.address-failures} failures in the window is refused for the same time. Locks always
 * end: nothing here locks anyone out for good. Subjects are stored as SHA-256 digests. See ADR 0019.
 */
@Component
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	static final String ACCOUNT = "A";

	static final String ADDRESS = "N";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final int accountFailures;

	private final int addressFailures;

	private final Duration window;

	private final Duration lockout;

	/**
	 * Account-and-address pairs found with no failure and no lock, until when (System.nanoTime): an API client
	 * signs in with every request, and its clean standing need not be read again for each (ADR 0026). Any failure
	 * counted here forgets them all; a failure counted by another instance is seen here after at most
	 * {@code quadhub.security.login.clean-standing}.
	 */
	private final ConcurrentHashMap<String, Long> cleanUntil = new ConcurrentHashMap<>();

	private final long cleanForNanos;

	private static final Standing CLEAN = new Standing(null, null, false);

	LoginThrottle(JdbcTemplate jdbc, Clock clock,
			@Value("${quadhub.security.login.account-failures:5}") int accountFailures,
			@Value("${quadhub.security.login.address-failures:20}") int addressFailures,
			@Value("${quadhub.security.login.window:PT15M}") Duration window,
			@Value("${quadhub.security.login.lockout:PT15M}") Duration lockout,
			@Value("${quadhub.security.login.clean-standing:PT5S}") Duration cleanStanding) {
		this.cleanForNanos = cleanStanding.toNanos();
		this.jdbc = jdbc;
		this.clock = clock;
		this.accountFailures = accountFailures;
		this.addressFailures = addressFailures;
		this.window = window;
		this.lockout = lockout;
	}

	/** What the counters say before a sign-in attempt: one indexed read for both subjects. */
	record Standing(@Nullable Duration accountLockedFor, @Nullable Duration addressBlockedFor, boolean accountHasFailures) {
	}

	Standing standing(String username, @Nullable String address) {
		Instant now = clock.instant();
		String account = digest(normalise(username));
		String net = digest(address == null ? "" : address);
		String pair = account + net;
		Long until = cleanUntil.get(pair);
		if (until != null && until - System.nanoTime() > 0) {
			return CLEAN;
		}
		List<Row> rows = jdbc.query(
				"select kind, failures, window_started, locked_until from login_throttle "
						+ "where (kind = 'A' and subject = ?) or (kind = 'N' and subject = ?)",
				(rs, i) -> new Row(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant(),
						rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()),
				account, net);
		Duration accountLocked = null;
		Duration addressBlocked = null;
		boolean accountHasFailures = false;
		for (Row row : rows) {
			Duration remaining = row.lockedUntil() != null && row.lockedUntil().isAfter(now)
					? Duration.between(now, row.lockedUntil()) : null;
			if (ACCOUNT.equals(row.kind())) {
				accountLocked = remaining;
				accountHasFailures = row.failures() > 0 || row.lockedUntil() != null;
			}
			else if (address != null) {
				addressBlocked = remaining;
			}
		}
		if (accountLocked == null && addressBlocked == null && !accountHasFailures && cleanForNanos > 0) {
			if (cleanUntil.size() >= 10_000) {
				cleanUntil.clear();
			}
			cleanUntil.put(pair, System.nanoTime() + cleanForNanos);
			return CLEAN;
		}
		return new Standing(accountLocked, addressBlocked, accountHasFailures);
	}

	/** Records one failed attempt for the account and the address, locking either when it reaches its limit. */
	void failed(String username, @Nullable String address) {
		cleanUntil.clear();
		if (count(ACCOUNT, digest(normalise(username)), accountFailures)) {
			log.warn("Sign-in locked for {} after {} failures", normalise(username), accountFailures);
		}
		if (address != null && count(ADDRESS, digest(address), addressFailures)) {
			log.warn("Sign-in refused from {} after {} failures", address, addressFailures);
		}
	}

	/** A successful sign-in clears the account's failures (not the address's). */
	void succeeded(String username) {
		jdbc.update("delete from login_throttle where kind = 'A' and subject = ?", digest(normalise(username)));
	}

	/** Drops counters whose window and lock are both over; any instance may run it, it is idempotent. */
	@Scheduled(fixedDelayString = "${quadhub.security.login.cleanup:PT10M}", initialDelayString = "PT1M")
	void forgetExpired() {
		Instant now = clock.instant();
		jdbc.update("delete from login_throttle where window_started <= ? and (locked_until is null or locked_until <= ?)",
				Timestamp.from(now.minus(window)), Timestamp.from(now));
	}

	Duration lockout() {
		return lockout;
	}

	/** Returns true when this failure reached the limit and set a lock. */
	private boolean count(String kind, String subject, int limit) {
		Instant now = clock.instant();
		Timestamp nowTs = Timestamp.from(now);
		Timestamp windowStart = Timestamp.from(now.minus(window));
		Timestamp lockedUntil = Timestamp.from(now.plus(lockout));
		// One atomic statement, so concurrent failures on several instances are all counted. When the window is
		// over the count starts again at one; reaching the limit sets the lock and starts a fresh window.
		Integer failures = jdbc.queryForObject("""
				insert into login_throttle as t (kind, subject, failures, window_started, locked_until)
				values (?, ?, 1, ?, case when 1 >= ? then ?::timestamptz end)
				on conflict (kind, subject) do update set
				  failures = case when t.window_started <= ? then 1 else t.failures + 1 end,
				  locked_until = case
				    when (case when t.window_started <= ? then 1 else t.failures + 1 end) >= ? then ?::timestamptz
				    else t.locked_until end,
				  window_started = case when t.window_started <= ? then ?::timestamptz else t.window_started end
				returning failures""", Integer.class, kind, subject, nowTs, limit, lockedUntil, windowStart, windowStart,
				limit, lockedUntil, windowStart, nowTs);
		if (failures != null && failures >= limit) {
			jdbc.update("update login_throttle set failures = 0, window_started = ? where kind = ? and subject = ?", nowTs,
					kind, subject);
			return true;
		}
		return false;
	}

	static String normalise(String username) {
		return username.trim().toLowerCase(Locale.ROOT);
	}

	private static String digest(String value) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is always available", e);
		}
	}

	private record Row(String kind, int failures, Instant windowStarted, @Nullable Instant lockedUntil) {
	}
}
