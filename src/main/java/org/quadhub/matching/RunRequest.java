package org.quadhub.matching;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A programme assignment: many slots solved together within {@code timeLimitSeconds}. With no slots,
 * {@code topProducts} takes that many products from the product selection, when one is installed.
 */
public record RunRequest(
		@Nullable @Size(max = 200) List<@Valid @NotNull SlotRequest> slots,
		@Nullable @Valid MatchingWeights weights,
		@NotNull @Min(1) @Max(600) Integer timeLimitSeconds,
		@Nullable @Min(1) @Max(200) Integer topProducts) {

	public List<SlotRequest> slotsOrEmpty() {
		return slots == null ? List.of() : slots;
	}
}
