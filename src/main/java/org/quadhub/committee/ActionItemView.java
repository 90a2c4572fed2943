package org.quadhub.committee;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Country;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * An action item as the tracker shows it. {@code overdue} is true when it is still open or in progress after its
 * due date (today in Pakistan's calendar, from the application clock); {@code daysOverdue} says by how much.
 */
public record ActionItemView(long id, long meetingId, String meetingTitle, @Nullable Long decisionId, String title,
		Country ownerSide, String ownerName, LocalDate dueDate, ActionStatus status, @Nullable String statusNote,
		boolean overdue, long daysOverdue, String statusChangedBy, Instant statusChangedAt,
		Set<ActionStatus> allowedStatuses, long version) {
}
