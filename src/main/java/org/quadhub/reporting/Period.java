package org.quadhub.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reporting period: one calendar month ({@code 2026-03}) or one calendar quarter ({@code 2026-Q1}). */
public record Period(PeriodKind kind, LocalDate start) {

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	public Period {
		if (start.getDayOfMonth() != 1 || (kind == PeriodKind.QUARTER && (start.getMonthValue() - 1) % 3 != 0)) {
			throw new IllegalArgumentException("not the first day of a " + kind);
		}
	}

	/** Parses {@code YYYY-MM} or {@code YYYY-Qn}; throws IllegalArgumentException otherwise. */
	public static Period parse(String text) {
		String t = text.trim();
		Matcher q = QUARTER.matcher(t);
		if (q.matches()) {
			return quarter(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2)));
		}
		if (MONTH.matcher(t).matches()) {
			try {
				return month(YearMonth.parse(t));
			}
			catch (DateTimeParseException e) {
				throw new IllegalArgumentException("not a month: " + t);
			}
		}
		throw new IllegalArgumentException("must be YYYY-MM or YYYY-Qn");
	}

	public static Period month(YearMonth month) {
		return new Period(PeriodKind.MONTH, month.atDay(1));
	}

	public static Period quarter(int year, int quarter) {
		return new Period(PeriodKind.QUARTER, LocalDate.of(year, (quarter - 1) * 3 + 1, 1));
	}

	/** First day after the period. */
	public LocalDate end() {
		return start.plusMonths(kind == PeriodKind.MONTH ? 1 : 3);
	}

	public YearMonth firstMonth() {
		return YearMonth.from(start);
	}

	public YearMonth lastMonth() {
		return YearMonth.from(end().minusDays(1));
	}

	public boolean contains(YearMonth month) {
		return !month.isBefore(firstMonth()) && !month.isAfter(lastMonth());
	}

	public List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = firstMonth(); !m.isAfter(lastMonth()); m = m.plusMonths(1)) {
			months.add(m);
		}
		return months;
	}

	/** {@code 2026-03} or {@code 2026-Q1}. */
	public String label() {
		return kind == PeriodKind.MONTH ? firstMonth().toString()
				: start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
	}

	@Override
	public String toString() {
		return label();
	}
}
