package org.quadhub.ip;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * Something that falls due: {@code key} identifies it stably (reminders are made once per key, due date and lead
 * time), {@code office} is the designated office of a national-phase entry or the office of an annuity, and
 * {@code annuityYear} the patent year an annuity pays for.
 */
public record Deadline(String key, long quadId, String quadName, DeadlineKind kind, String subject,
		@Nullable PatentOffice office, @Nullable Integer annuityYear, LocalDate dueDate, long daysLeft,
		@Nullable Long patentId, @Nullable Long milestoneId, @Nullable Long agreementId) {
}
