package org.quadhub.committee;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A meeting with its agenda, decisions, minutes (if drafted) and action items. */
public record MeetingDetails(long id, String title, LocalDate date, @Nullable String place,
		@Nullable String videoLink, String coChairPakistan, String coChairChina, List<Attendee> attendees,
		boolean upcoming, String createdBy, Instant createdAt, List<AgendaItemView> agenda,
		List<DecisionView> decisions, @Nullable MinutesView minutes, List<ActionItemView> actionItems, long version) {
}
