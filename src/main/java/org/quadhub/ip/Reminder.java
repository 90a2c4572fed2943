package org.quadhub.ip;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of the IP inbox: a deadline that is {@code leadDays} days (or fewer) away when the reminder was made. */
public record Reminder(long id, long quadId, String deadlineKey, DeadlineKind kind, String subject,
		@Nullable PatentOffice office, LocalDate dueDate, int leadDays, Instant createdAt) {
}
