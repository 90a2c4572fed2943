package org.quadhub.ip;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** A technology-transfer milestone; {@code late} is true when it is open past its planned date. */
public record MilestoneDetails(long id, long quadId, @Nullable Long agreementId, String title, LocalDate plannedDate,
		@Nullable LocalDate actualDate, @Nullable String evidence, boolean evidenceIsLink, MilestoneStatus status,
		boolean late, String updatedBy, Instant updatedAt, long version) {
}
