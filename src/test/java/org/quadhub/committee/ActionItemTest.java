package org.quadhub.committee;

import org.junit.jupiter.api.Test;
import org.quadhub.QuadHubApplication;
import org.quadhub.shared.Country;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ActionItemTest {

	/** 2026-06-30T20:30Z is already 1 July in Karachi (UTC+5): the programme's calendar decides. */
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T20:30:00Z"), QuadHubApplication.PROGRAMME_ZONE);
	private static final LocalDate TODAY = LocalDate.now(CLOCK);

	private static ActionItem dueOn(LocalDate due) {
		return new ActionItem(1, new ActionItemCommand("Allot the plot", Country.PK, "Chairman SEZA", due, null, null),
				"secretariat", CLOCK.instant());
	}

	@Test
	void todayIsTheProgrammeDayOfTheClock() {
		assertThat(TODAY).isEqualTo(LocalDate.of(2026, 7, 1));
	}

	@Test
	void anItemIsOverdueOnlyAfterItsDueDay() {
		assertThat(dueOn(LocalDate.of(2026, 7, 1)).overdueOn(TODAY)).isFalse();
		assertThat(dueOn(LocalDate.of(2026, 7, 2)).overdueOn(TODAY)).isFalse();
		ActionItem late = dueOn(LocalDate.of(2026, 6, 28));
		assertThat(late.overdueOn(TODAY)).isTrue();
		assertThat(late.daysOverdueOn(TODAY)).isEqualTo(3);
	}

	@Test
	void workInProgressStaysOverdueButDoneOrCancelledItemsDoNot() {
		ActionItem late = dueOn(LocalDate.of(2026, 6, 1));
		late.changeStatus(ActionStatus.IN_PROGRESS, null, "member", CLOCK.instant());
		assertThat(late.overdueOn(TODAY)).isTrue();
		late.changeStatus(ActionStatus.DONE, "Allotted", "member", CLOCK.instant());
		assertThat(late.overdueOn(TODAY)).isFalse();
		assertThat(late.daysOverdueOn(TODAY)).isZero();
		ActionItem dropped = dueOn(LocalDate.of(2026, 6, 1));
		dropped.changeStatus(ActionStatus.CANCELLED, "Superseded", "member", CLOCK.instant());
		assertThat(dropped.overdueOn(TODAY)).isFalse();
	}
}
