package org.quadhub.approvals;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingCalendarTest {

	/** Eid ul-Fitr 2026 (Fri 20 to Sun 22 March) and Pakistan Day (Mon 23 March), as seeded. */
	private final WorkingCalendar calendar = new WorkingCalendar(Set.of(LocalDate.of(2026, 3, 20),
			LocalDate.of(2026, 3, 21), LocalDate.of(2026, 3, 22), LocalDate.of(2026, 3, 23)));

	@Test
	void weekendsAndHolidaysAreNotWorkingDays() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 18))).isTrue(); // Wednesday
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 14))).isFalse(); // Saturday
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 15))).isFalse(); // Sunday
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 20))).isFalse(); // Eid, a Friday
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 23))).isFalse(); // Pakistan Day, a Monday
	}

	@Test
	void theOpeningDayNeverCountsAndWeekendsAreSkipped() {
		// opened on a Wednesday with three working days: Thursday, Friday, then Monday
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 4), 3)).isEqualTo(LocalDate.of(2026, 3, 9));
		// opened on a Saturday: Monday is the first working day
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 7), 1)).isEqualTo(LocalDate.of(2026, 3, 9));
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 4), 0)).isEqualTo(LocalDate.of(2026, 3, 4));
	}

	@Test
	void aDeadlineRunningIntoEidAndPakistanDayMovesPastThem() {
		// opened Wednesday 18 March with an SLA of 3: Thursday 19, then Eid (Fri-Sun) and Pakistan Day (Mon 23),
		// then Tuesday 24 and Wednesday 25
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 18), 3)).isEqualTo(LocalDate.of(2026, 3, 25));
		// without the holidays it would have been Monday 23
		assertThat(new WorkingCalendar(Set.of()).addWorkingDays(LocalDate.of(2026, 3, 18), 3))
			.isEqualTo(LocalDate.of(2026, 3, 23));
	}

	@Test
	void countsWorkingDaysAfterTheFirstDateUpToAndIncludingTheSecond() {
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 25))).isEqualTo(3);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2))).isZero();
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 2))).isZero();
		// the two functions agree: n working days after a date are n working days away
		LocalDate from = LocalDate.of(2026, 3, 11);
		for (int n = 0; n < 30; n++) {
			assertThat(calendar.workingDaysBetween(from, calendar.addWorkingDays(from, n))).isEqualTo(n);
		}
	}
}
