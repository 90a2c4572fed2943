package org.quadhub.matching;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Sets an organisation's capacity (null: the programme default, 2 for a company and 3 for academia) and exclusion
 * (null: not excluded). {@code version} is the one you read (null when the profile was never saved).
 */
public record ProfileCommand(@Nullable @Min(0) @Max(50) Integer capacity, @Nullable Exclusion exclusion,
		@Nullable @Size(max = 500) String exclusionNote, @Nullable Long version) {
}
