package org.quadhub.skills;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** Graduates of a programme in one year (actual for past years, expected for later ones). */
public record GraduateYear(@NotNull @Min(2000) @Max(2100) @Nullable Integer year,
		@NotNull @Min(0) @Max(1_000_000) @Nullable Integer graduates) {
}
