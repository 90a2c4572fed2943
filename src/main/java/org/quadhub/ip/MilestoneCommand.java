package org.quadhub.ip;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * Creates or replaces a technology-transfer milestone (e.g. local cell assembly line commissioned). ACHIEVED needs
 * the actual date; {@code evidence} is a note or a link; {@code agreementId} optionally ties it to an agreement.
 */
public record MilestoneCommand(@NotBlank @Size(max = 300) @Nullable String title,
		@NotNull @Nullable LocalDate plannedDate, @Nullable LocalDate actualDate,
		@Size(max = 2000) @Nullable String evidence, @Nullable MilestoneStatus status, @Nullable Long agreementId,
		@Nullable Long version) {
}
