package org.quadhub.committee;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * One line of the committee overview: the meeting, whether it is still ahead, and its minutes' state with the
 * number of days the minutes have waited in that state (null when there are no minutes yet).
 */
public record MeetingSummary(long id, String title, LocalDate date, @Nullable String place,
		@Nullable String videoLink, boolean upcoming, @Nullable MinutesState minutesState,
		@Nullable Long minutesWaitingDays, @Nullable String minutesWaitingFor, int decisions, int openActionItems,
		int overdueActionItems) {
}
