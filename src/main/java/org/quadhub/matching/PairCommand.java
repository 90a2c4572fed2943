package org.quadhub.matching;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Two organisations and a note: why they are incompatible, or what they did together. */
public record PairCommand(@NotNull Long organisationA, @NotNull Long organisationB,
		@Nullable @Size(max = 500) String note) {
}
