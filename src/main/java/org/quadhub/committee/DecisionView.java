package org.quadhub.committee;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** A decision with its meeting, its texts in English, Chinese and Urdu, and its subject. */
public record DecisionView(long id, long meetingId, String meetingTitle, LocalDate meetingDate,
		@Nullable Long agendaItemId, String textEn, @Nullable String textZh, @Nullable String textUr,
		@Nullable SubjectRef subject, @Nullable String subjectLabel, @Nullable String subjectPage, String decidedBy,
		Instant decidedAt, long version) {
}
