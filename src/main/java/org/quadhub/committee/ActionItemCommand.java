package org.quadhub.committee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Country;

import java.time.LocalDate;

/**
 * An action item: what is to be done, which side and which person own it, and by when; optionally the decision
 * it follows from. {@code version} is required when editing.
 */
public record ActionItemCommand(@NotBlank @Size(max = 1000) String title, @NotNull Country ownerSide,
		@NotBlank @Size(max = 200) String ownerName, @NotNull LocalDate dueDate, @Nullable Long decisionId,
		@Nullable Long version) {
}
