package org.quadhub.approvals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Pakistan's working days: Monday to Friday except public holidays. Deadlines count working days after the day a
 * step reaches the agency: with an SLA of n days, the agency has until the end of the n-th working day after that
 * day. Plain Java, no Spring: the rules are tested on their own.
 */
public final class WorkingCalendar {

	/** A case deadline further than this many calendar days away means the holiday table is broken. */
	private static final int MAX_SPAN_DAYS = 3660;

	private final Set<LocalDate> holidays;

	public WorkingCalendar(Set<LocalDate> holidays) {
		this.holidays = Set.copyOf(holidays);
	}

	public boolean isWorkingDay(LocalDate day) {
		DayOfWeek dow = day.getDayOfWeek();
		return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
	}

	/** The n-th working day after {@code from} ({@code from} itself never counts); {@code from} when n is 0. */
	public LocalDate addWorkingDays(LocalDate from, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("n must not be negative");
		}
		LocalDate day = from;
		int counted = 0;
		int span = 0;
		while (counted < n) {
			day = day.plusDays(1);
			if (++span > MAX_SPAN_DAYS) {
				throw new IllegalStateException("No working days found after " + from);
			}
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/** Working days d with {@code from < d <= to}; 0 when {@code to} is not after {@code from}. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}
}
