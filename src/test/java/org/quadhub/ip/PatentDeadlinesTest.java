package org.quadhub.ip;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PatentDeadlinesTest {

	@ParameterizedTest(name = "priority {0} + {1} months = {2}")
	@CsvSource({
			"2024-08-31, 30, 2027-02-28", // common year: 28 Feb
			"2025-08-31, 30, 2028-02-29", // leap year: 29 Feb
			"2024-08-29, 30, 2027-02-28",
			"2025-08-30, 30, 2028-02-29",
			"2024-08-31, 31, 2027-03-31", // EPO's 31 months
			"2024-07-31, 31, 2027-02-28",
			"2023-07-31, 31, 2026-02-28",
			"2025-07-31, 31, 2028-02-29",
			"2024-02-29, 30, 2026-08-29",
			"2024-01-15, 30, 2026-07-15",
			"2024-10-31, 30, 2027-04-30", // 30-day month
			"2024-12-31, 30, 2027-06-30"
	})
	void nationalPhaseEntryUsesCalendarMonthsClampedToTheMonthsEnd(LocalDate priority, int months, LocalDate due) {
		assertEquals(due, PatentDeadlines.nationalPhaseEntry(priority, months));
	}

	@Test
	void annuitiesFallOnFilingAnniversariesAndALeapDayFilingMovesToTheTwentyEighth() {
		assertEquals(LocalDate.of(2024, 2, 29), PatentDeadlines.annuityDue(LocalDate.of(2024, 2, 29), 1));
		assertEquals(LocalDate.of(2025, 2, 28), PatentDeadlines.annuityDue(LocalDate.of(2024, 2, 29), 2));
		assertEquals(LocalDate.of(2028, 2, 29), PatentDeadlines.annuityDue(LocalDate.of(2024, 2, 29), 5));
		assertEquals(LocalDate.of(2027, 3, 1), PatentDeadlines.annuityDue(LocalDate.of(2025, 3, 1), 3));
	}
}
