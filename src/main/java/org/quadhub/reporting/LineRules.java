package org.quadhub.reporting;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.HsCatalogue;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules every export line obeys, whichever channel brought it: a month inside the QUAD's reporting life, a
 * known HS code, an ISO 3166 alpha-2 destination, non-negative value and quantity, a unit, and no second line
 * with the same month, HS code, destination and unit. Duplicates are found with a compact 64-bit key per line
 * so a file of millions of lines needs tens of megabytes, not gigabytes: a JSON report's lines are checked one by
 * one, a file's all together after its last line ({@link KeyLog}).
 */
final class LineRules {

	/** ISO 3166-1 alpha-2 codes as the JDK knows them. */
	static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
	private static final BigDecimal MAX_AMOUNT = new BigDecimal("1e17");

	/** Receives one problem with one field of a line. */
	interface Problems {
		void add(String column, String reason);
	}

	record Line(YearMonth month, String hsCode, String destination, BigDecimal valueUsd, BigDecimal quantity,
			String unit) {
	}

	private final HsCatalogue catalogue = HsCatalogue.standard();
	private final YearMonth first;
	private final YearMonth last;
	private final String lastReason;
	private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
	private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile("\\d{4}-\\d{2}");
	private static final java.util.regex.Pattern UNIT = java.util.regex.Pattern.compile("[\\p{L}\\p{N} ._/%-]+");

	private final LongLongMap seen = new LongLongMap(1 << 12);
	/** A file's keys, when its duplicates are found after its last line (see {@link #fileOf}). */
	private @Nullable KeyLog keyLog;
	private final Map<String, Integer> units = new HashMap<>();
	/** Texts already found valid; a file repeats the same months, codes and units on every line. */
	private final Map<String, YearMonth> validMonths = new HashMap<>();
	private final Map<String, String> validCodes = new HashMap<>();
	private final Map<String, String> validUnits = new HashMap<>();

	/**
	 * @param first the establishment month
	 * @param last the last month that may be reported (the current month or the horizon, whichever is earlier)
	 * @param lastReason why months after {@code last} are refused
	 */
	LineRules(YearMonth first, YearMonth last, String lastReason) {
		this.first = first;
		this.last = last;
		this.lastReason = lastReason;
	}

	/**
	 * Switches to checking a file: lines are not compared as they come, but all at once by {@link #duplicates()}
	 * after the last one.
	 *
	 * @param lines about how many lines the file has (bounded: a larger file grows the log)
	 */
	void fileOf(long lines) {
		keyLog = new KeyLog((int) Math.min(lines, 1 << 21));
	}

	/** The lines of a file ({@link #fileOf}) that repeat an earlier line's month, code, destination and unit. */
	java.util.List<KeyLog.Duplicate> duplicates() {
		return keyLog == null ? java.util.List.of() : keyLog.duplicates();
	}

	@Nullable
	YearMonth month(@Nullable String text, String column, Problems problems) {
		if (text == null || text.isBlank()) {
			problems.add(column, "is required (YYYY-MM)");
			return null;
		}
		YearMonth known = validMonths.get(text);
		if (known != null) {
			return known;
		}
		YearMonth month;
		try {
			String t = text.trim();
			if (DAY.matcher(t).matches()) {
				t = t.substring(0, 7);
			}
			if (!MONTH.matcher(t).matches()) {
				throw new DateTimeException(t);
			}
			month = YearMonth.parse(t);
		}
		catch (DateTimeException e) {
			problems.add(column, "'" + clip(text) + "' is not a month (YYYY-MM)");
			return null;
		}
		if (month.isBefore(first)) {
			problems.add(column, month + " is before the QUAD was established (" + first + ")");
			return null;
		}
		if (month.isAfter(last)) {
			problems.add(column, month + " is " + lastReason + " (" + last + ")");
			return null;
		}
		validMonths.put(text, month);
		return month;
	}

	@Nullable
	Line check(@Nullable YearMonth month, @Nullable String hsText, @Nullable String destText,
			@Nullable String valueText, @Nullable String quantityText, @Nullable String unitText, Names names,
			long row, Problems problems) {
		String hs = hsCode(hsText, names.hsCode(), problems);
		String destination = destination(destText, names.destination(), problems);
		BigDecimal value = amount(valueText, names.valueUsd(), 2, problems);
		BigDecimal quantity = amount(quantityText, names.quantity(), 3, problems);
		String unit = unit(unitText, names.unit(), problems);
		if (month == null || hs == null || destination == null || value == null || quantity == null || unit == null) {
			return null;
		}
		long key = key(month, hs, destination, unit);
		if (keyLog != null) {
			keyLog.add(key, row);
			return new Line(month, hs, destination, value, quantity, unit);
		}
		long earlier = seen.putIfAbsent(key, row);
		if (earlier != LongLongMap.MISSING) {
			problems.add(names.row(), "duplicates " + ("row".equals(names.rowName()) ? "row " + earlier
					: names.rowName() + "[" + earlier + "]")
					+ " (same period, hs_code, destination and unit)");
			return null;
		}
		return new Line(month, hs, destination, value, quantity, unit);
	}

	/** Column names of one channel: the file's header names or the JSON field names. */
	record Names(String period, String hsCode, String destination, String valueUsd, String quantity, String unit,
			String row, String rowName) {

		static final Names FILE = new Names("period", "hs_code", "destination", "value_usd", "quantity", "unit",
				"row", "row");
	}

	@Nullable
	private String hsCode(@Nullable String text, String column, Problems problems) {
		if (text == null || text.isBlank()) {
			problems.add(column, "is required");
			return null;
		}
		String known = validCodes.get(text);
		if (known != null) {
			return known;
		}
		String code = text.trim().replace(".", "");
		if (!isDigits(code) || (code.length() != 4 && code.length() != 6)) {
			problems.add(column, "'" + clip(text) + "' must have 4 or 6 digits");
			return null;
		}
		if (!catalogue.contains(code)) {
			problems.add(column, code + " is not a known HS code");
			return null;
		}
		validCodes.put(text, code);
		return code;
	}

	@Nullable
	private static String destination(@Nullable String text, String column, Problems problems) {
		if (text == null || text.isBlank()) {
			problems.add(column, "is required (ISO 3166 alpha-2, e.g. AE)");
			return null;
		}
		String code = text.trim().toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(code)) {
			problems.add(column, "'" + clip(text) + "' is not an ISO 3166 alpha-2 country code");
			return null;
		}
		return code;
	}

	@Nullable
	private static BigDecimal amount(@Nullable String text, String column, int decimals, Problems problems) {
		if (text == null || text.isBlank()) {
			problems.add(column, "is required");
			return null;
		}
		BigDecimal value;
		try {
			value = new BigDecimal(text.trim());
		}
		catch (NumberFormatException e) {
			problems.add(column, "'" + clip(text) + "' is not a number");
			return null;
		}
		return amount(value, column, decimals, problems);
	}

	@Nullable
	static BigDecimal amount(BigDecimal value, String column, int decimals, Problems problems) {
		if (value.signum() < 0) {
			problems.add(column, "must not be negative");
			return null;
		}
		if (value.compareTo(MAX_AMOUNT) >= 0) {
			problems.add(column, "is implausibly large");
			return null;
		}
		if (value.scale() > decimals && value.stripTrailingZeros().scale() > decimals) {
			problems.add(column, "has more than " + decimals + " decimals");
			return null;
		}
		return value.setScale(decimals);
	}

	@Nullable
	private String unit(@Nullable String text, String column, Problems problems) {
		if (text == null || text.isBlank()) {
			problems.add(column, "is required (e.g. units, kg, doses)");
			return null;
		}
		String known = validUnits.get(text);
		if (known != null) {
			return known;
		}
		String unit = text.trim();
		if (unit.length() > 20 || !UNIT.matcher(unit).matches()) {
			problems.add(column, "must be up to 20 letters, digits, spaces or . _ / % -");
			return null;
		}
		validUnits.put(text, unit);
		return unit;
	}

	private long key(YearMonth month, String hs, String destination, String unit) {
		long m = (month.getYear() - 1900L) * 12 + month.getMonthValue() - 1;
		long h = Long.parseLong(hs) * 2 + (hs.length() == 6 ? 1 : 0);
		long d = (destination.charAt(0) - 'A') * 26L + (destination.charAt(1) - 'A');
		long key = key(m, h, d, unitIndex(unit));
		if (key < 0) {
			throw new IllegalStateException("line key out of range");
		}
		return key;
	}

	/**
	 * The duplicate-check key of a line: month since 1900 (12 bits), HS code × 2 + 1 if it has six digits (21 bits),
	 * destination (10 bits) and unit number (20 bits); −1 when a part is out of range.
	 */
	static long key(long month, long hs, long destination, long unit) {
		if (unit >= (1 << 20) || month < 0 || month >= (1 << 12)) {
			return -1;
		}
		return (month << 51) | (hs << 30) | (destination << 20) | unit;
	}

	/** The number of a unit, the same for every spelling of it in upper or lower case. */
	int unitIndex(String unit) {
		return units.computeIfAbsent(unit.toLowerCase(Locale.ROOT), k -> units.size());
	}

	/** Records the key of a file's line ({@link #fileOf}); {@link #duplicates()} finds the repeats. */
	void logFileLine(long key, long row) {
		if (keyLog == null) {
			throw new IllegalStateException("not checking a file: call fileOf first");
		}
		keyLog.add(key, row);
	}

	/** Whether a code of 4 or 6 digits, as written in a line, is a known HS code. */
	boolean knownHsCode(String code) {
		return catalogue.contains(code);
	}

	YearMonth first() {
		return first;
	}

	YearMonth last() {
		return last;
	}

	private static boolean isDigits(String s) {
		for (int i = 0; i < s.length(); i++) {
			if (s.charAt(i) < '0' || s.charAt(i) > '9') {
				return false;
			}
		}
		return !s.isEmpty();
	}

	static String clip(String text) {
		String t = text.trim();
		return t.length() > 40 ? t.substring(0, 40) + "…" : t;
	}
}
