package org.quadhub.reporting;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;

/**
 * Checks one plain-ASCII export line of a file straight from its bytes, without making strings or decimals: the
 * path nearly every line of a machine-written file takes. It accepts only the ordinary spelling of a valid line
 * (month {@code YYYY-MM}, 4 or 6 digits, two letters, unsigned decimals) and answers false for anything else,
 * valid or not, so the general path in {@link LineRules} decides it and words any problem: one set of rules, with
 * this class as a shortcut through it. Its lines go into the same duplicate check, with the same keys.
 */
final class ExportLineBytes {

	private static final boolean[] COUNTRY = new boolean[26 * 26];
	/** Bytes a unit may hold: ASCII letters, digits, space and . _ / % - (as {@link LineRules} allows). */
	private static final boolean[] UNIT_BYTE = new boolean[128];
	private static final int MAX_UNITS_KEPT = 32;

	static {
		for (String code : LineRules.COUNTRIES) {
			if (code.length() == 2 && upper(code.charAt(0)) && upper(code.charAt(1))) {
				COUNTRY[(code.charAt(0) - 'A') * 26 + code.charAt(1) - 'A'] = true;
			}
		}
		for (int c = 0; c < 128; c++) {
			UNIT_BYTE[c] = Character.isLetterOrDigit(c) || " ._/%-".indexOf(c) >= 0;
		}
	}

	private final LineRules rules;
	private final int firstMonth;
	private final int lastMonth;
	/** Cell index of period, hs_code, destination, value_usd, quantity and unit. */
	private final int[] column = new int[6];
	private final int width;
	private final int[] cellStart;
	private final int[] cellEnd;
	private final BitSet checkedCodes = new BitSet();
	private final BitSet knownCodes = new BitSet();
	private final byte[][] unitBytes = new byte[MAX_UNITS_KEPT][];
	private final int[] unitIndex = new int[MAX_UNITS_KEPT];
	private int unitsKept;

	// the line just read
	int month;
	int hsStart;
	int hsEnd;
	/** The code's digits as a number (a 4-digit code keeps its value, e.g. 8517). */
	private int hsCode;
	int destination;
	long valueCents;
	long quantityThousandths;
	int unitStart;
	int unitEnd;

	/**
	 * @param positions where each export column sits in the header (all six present)
	 * @param width the header's number of cells
	 */
	ExportLineBytes(LineRules rules, Map<String, Integer> positions, int width) {
		this.rules = rules;
		this.firstMonth = monthIndex(rules.first().getYear(), rules.first().getMonthValue());
		this.lastMonth = monthIndex(rules.last().getYear(), rules.last().getMonthValue());
		for (int i = 0; i < 6; i++) {
			column[i] = positions.get(FileImport.EXPORT_COLUMNS.get(i));
		}
		this.width = width;
		this.cellStart = new int[width];
		this.cellEnd = new int[width];
	}

	/** Months counted from year 0 (year × 12 + month − 1). */
	static int monthIndex(int year, int month) {
		return year * 12 + month - 1;
	}

	/**
	 * Reads a line and logs its key for the file's duplicate check; false, with nothing logged, when the line has
	 * to take the general path.
	 */
	boolean read(long row, byte[] b, int start, int end) {
		int cells = 0;
		int from = start;
		for (int i = start; i <= end; i++) {
			if (i == end || b[i] == ',') {
				if (cells == width) {
					return false;
				}
				int a = from;
				int z = i;
				while (a < z && b[a] <= ' ') {
					a++;
				}
				while (z > a && b[z - 1] <= ' ') {
					z--;
				}
				cellStart[cells] = a;
				cellEnd[cells] = z;
				cells++;
				from = i + 1;
			}
		}
		if (cells != width) {
			return false;
		}
		return period(b, cellStart[column[0]], cellEnd[column[0]])
				&& hsCode(b, cellStart[column[1]], cellEnd[column[1]])
				&& destination(b, cellStart[column[2]], cellEnd[column[2]])
				&& (valueCents = scaled(b, cellStart[column[3]], cellEnd[column[3]], 2)) >= 0
				&& (quantityThousandths = scaled(b, cellStart[column[4]], cellEnd[column[4]], 3)) >= 0
				&& unitAndKey(b, cellStart[column[5]], cellEnd[column[5]], row);
	}

	private boolean period(byte[] b, int s, int e) {
		if (e - s != 7 || b[s + 4] != '-') {
			return false;
		}
		int year = 0;
		for (int i = s; i < s + 4; i++) {
			if (!digit(b[i])) {
				return false;
			}
			year = year * 10 + b[i] - '0';
		}
		if (!digit(b[s + 5]) || !digit(b[s + 6])) {
			return false;
		}
		int m = (b[s + 5] - '0') * 10 + b[s + 6] - '0';
		if (m < 1 || m > 12) {
			return false;
		}
		month = monthIndex(year, m);
		return month >= firstMonth && month <= lastMonth;
	}

	private boolean hsCode(byte[] b, int s, int e) {
		int length = e - s;
		if (length != 4 && length != 6) {
			return false;
		}
		int code = 0;
		for (int i = s; i < e; i++) {
			if (!digit(b[i])) {
				return false;
			}
			code = code * 10 + b[i] - '0';
		}
		int bit = length == 6 ? code : 1_000_000 + code;
		if (!checkedCodes.get(bit)) {
			checkedCodes.set(bit);
			if (rules.knownHsCode(new String(b, s, length, StandardCharsets.ISO_8859_1))) {
				knownCodes.set(bit);
			}
		}
		hsStart = s;
		hsEnd = e;
		hsCode = code;
		return knownCodes.get(bit);
	}

	private boolean destination(byte[] b, int s, int e) {
		if (e - s != 2) {
			return false;
		}
		if (!letter(b[s]) || !letter(b[s + 1])) {
			return false;
		}
		destination = ((b[s] & 0xDF) - 'A') * 26 + (b[s + 1] & 0xDF) - 'A';
		return COUNTRY[destination];
	}

	/**
	 * An unsigned decimal with at most 15 integer digits as a whole number of 10^-decimals; further decimals must
	 * be zeros. −1 for any other spelling.
	 */
	static long scaled(byte[] b, int s, int e, int decimals) {
		long v = 0;
		int i = s;
		while (i < e && digit(b[i])) {
			if (i - s == 15) {
				return -1;
			}
			v = v * 10 + b[i] - '0';
			i++;
		}
		if (i == s) {
			return -1;
		}
		int places = 0;
		if (i < e) {
			if (b[i] != '.' || i + 1 == e) {
				return -1;
			}
			for (i++; i < e; i++) {
				if (!digit(b[i])) {
					return -1;
				}
				if (places < decimals) {
					v = v * 10 + b[i] - '0';
					places++;
				}
				else if (b[i] != '0') {
					return -1;
				}
			}
		}
		for (; places < decimals; places++) {
			v *= 10;
		}
		return v;
	}

	private boolean unitAndKey(byte[] b, int s, int e, long row) {
		int length = e - s;
		if (length == 0 || length > 20) {
			return false;
		}
		for (int i = s; i < e; i++) {
			if (!UNIT_BYTE[b[i]]) {
				return false;
			}
		}
		int unit = -1;
		for (int k = 0; k < unitsKept; k++) {
			if (Arrays.equals(unitBytes[k], 0, unitBytes[k].length, b, s, e)) {
				unit = unitIndex[k];
				break;
			}
		}
		if (unit < 0) {
			unit = rules.unitIndex(new String(b, s, length, StandardCharsets.ISO_8859_1));
			if (unitsKept < MAX_UNITS_KEPT) {
				unitBytes[unitsKept] = Arrays.copyOfRange(b, s, e);
				unitIndex[unitsKept++] = unit;
			}
		}
		unitStart = s;
		unitEnd = e;
		long key = LineRules.key(month - 1900 * 12, hsCode * 2L + (hsEnd - hsStart == 6 ? 1 : 0), destination, unit);
		if (key < 0) {
			return false;
		}
		rules.logFileLine(key, row);
		return true;
	}

	private static boolean digit(byte c) {
		return c >= '0' && c <= '9';
	}

	private static boolean letter(byte c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
	}

	private static boolean upper(char c) {
		return c >= 'A' && c <= 'Z';
	}
}
