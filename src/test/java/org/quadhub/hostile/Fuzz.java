package org.quadhub.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A small seeded property runner for the hostile-input suites (ADR 0020): each property runs {@code tries} times on
 * inputs drawn from a {@link Random} with a logged seed, so a failure names the seed that reproduces it
 * ({@code -Dquadhub.fuzz.seed=...}) and longer runs only need {@code -Dquadhub.fuzz.factor=100}.
 */
final class Fuzz {

	/** Tokens that break naive parsers: separators, quotes, line ends, encodings, numbers at their limits. */
	static final List<String> NASTY = List.of(",", ";", "\t", "\"", "\"\"", "'", "\n", "\r\n", "\r", "\uFEFF", "\u0000",
			"\\", "=", "+", "-", "@", "=cmd|' /C calc'!A0", " ", "", "0", "-1", "1e999", "-1e-999", "NaN", "Infinity",
			"99999999999999999999999999", "0x10", "1,5", "1.5", "2026-13-45", "2026-02", "0000-00", "9999-12", "850440",
			"85044", "AE", "PK", "CN", "ZZ", "<script>alert(1)</script>", "' OR '1'='1", "\u2019", "\uD800", "\uDBFF\uDFFF",
			"数据", "اردو", "\u202E", "%s%n", "${7*7}", "{{7*7}}", "null", "true", "[]", "{}", "A1", "XFD1048576");

	private final Random random;
	final long seed;

	private Fuzz(long seed) {
		this.seed = seed;
		this.random = new Random(seed);
	}

	static int tries(int base) {
		double factor = Double.parseDouble(System.getProperty("quadhub.fuzz.factor", "1"));
		return Math.max(1, (int) Math.round(base * factor));
	}

	/** Runs {@code property} on {@code tries} fresh generators; a failure reports the seed that reproduces it. */
	static void forAll(int tries, Consumer<Fuzz> property) {
		String fixed = System.getProperty("quadhub.fuzz.seed");
		long first = fixed != null ? Long.parseLong(fixed) : new Random().nextLong();
		Random seeds = new Random(first);
		for (int i = 0; i < tries; i++) {
			long seed = i == 0 ? first : seeds.nextLong();
			Fuzz fuzz = new Fuzz(seed);
			try {
				property.accept(fuzz);
			}
			catch (AssertionError | RuntimeException e) {
				AssertionError failure = new AssertionError(
						"Property failed on try " + (i + 1) + " with seed " + seed + " (rerun with -Dquadhub.fuzz.seed="
								+ seed + " to reproduce): " + e, e);
				throw failure;
			}
		}
	}

	int between(int low, int high) {
		return low + random.nextInt(high - low + 1);
	}

	boolean chance(double p) {
		return random.nextDouble() < p;
	}

	<T> T pick(List<T> items) {
		return items.get(random.nextInt(items.size()));
	}

	byte[] bytes(int max) {
		byte[] b = new byte[between(0, max)];
		random.nextBytes(b);
		return b;
	}

	/** Text made of nasty tokens, plain words and random code points. */
	String text(int maxTokens) {
		StringBuilder s = new StringBuilder();
		int n = between(0, maxTokens);
		for (int i = 0; i < n; i++) {
			int kind = random.nextInt(4);
			if (kind == 0) {
				s.append(pick(NASTY));
			}
			else if (kind == 1) {
				s.appendCodePoint(between(0x20, 0x7E));
			}
			else if (kind == 2) {
				s.append(random.nextInt(100_000));
			}
			else {
				int cp = between(0, 0x2FFFF);
				if (!Character.isSurrogate((char) cp) || cp > 0xFFFF) {
					s.appendCodePoint(cp);
				}
			}
		}
		return s.toString();
	}

	/** A valid input with a few random edits: byte flips, token insertions, deletions, duplicated slices. */
	byte[] mutate(byte[] valid) {
		List<Byte> out = new ArrayList<>(valid.length + 64);
		for (byte b : valid) {
			out.add(b);
		}
		int edits = between(1, 8);
		for (int e = 0; e < edits && !out.isEmpty(); e++) {
			int at = random.nextInt(out.size());
			switch (random.nextInt(5)) {
				case 0 -> out.set(at, (byte) random.nextInt(256));
				case 1 -> {
					byte[] token = pick(NASTY).getBytes(StandardCharsets.UTF_8);
					for (int i = token.length - 1; i >= 0; i--) {
						out.add(at, token[i]);
					}
				}
				case 2 -> {
					int len = Math.min(out.size() - at, between(1, 20));
					for (int i = 0; i < len; i++) {
						out.remove(at);
					}
				}
				case 3 -> {
					int len = Math.min(out.size() - at, between(1, 200));
					List<Byte> slice = new ArrayList<>(out.subList(at, at + len));
					out.addAll(at, slice);
				}
				default -> out.add(at, (byte) between(0, 31));
			}
		}
		byte[] result = new byte[out.size()];
		for (int i = 0; i < result.length; i++) {
			result[i] = out.get(i);
		}
		return result;
	}

	Random random() {
		return random;
	}
}
