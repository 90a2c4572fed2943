package org.quadhub.users;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The rule for local account passwords (ADR 0019): at least 12 and at most 200 characters, not the username (in any
 * case, nor reversed), not one character repeated, and not in the bundled list of common passwords
 * ({@code users/common-passwords.txt}, compared without case). Length is the main defence, as NIST SP 800-63B
 * advises; no composition rules (they push people to predictable patterns).
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 200;

	private static final Set<String> COMMON = load();

	private PasswordPolicy() {
	}

	/** Why the password is refused, phrased for the {@code password} field, or empty when it is acceptable. */
	public static Optional<String> violation(@Nullable String username, @Nullable String password) {
		if (password == null || password.isBlank()) {
			return Optional.of("must not be blank");
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH || length > MAX_LENGTH) {
			return Optional.of("must be between " + MIN_LENGTH + " and " + MAX_LENGTH + " characters");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (username != null && !username.isBlank()) {
			String name = username.trim().toLowerCase(Locale.ROOT);
			if (lower.equals(name) || lower.equals(new StringBuilder(name).reverse().toString())) {
				return Optional.of("must not be the username");
			}
		}
		if (lower.codePoints().distinct().count() == 1) {
			return Optional.of("must not repeat a single character");
		}
		if (COMMON.contains(lower)) {
			return Optional.of("is too common: it appears in lists of leaked passwords");
		}
		return Optional.empty();
	}

	private static Set<String> load() {
		Set<String> words = new HashSet<>();
		try (InputStream in = PasswordPolicy.class.getResourceAsStream("/users/common-passwords.txt")) {
			if (in == null) {
				throw new IllegalStateException("users/common-passwords.txt is missing from the classpath");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String word = line.strip();
				if (!word.isEmpty() && !word.startsWith("#")) {
					words.add(word.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Set.copyOf(words);
	}
}
