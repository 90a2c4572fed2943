package org.quadhub.skills;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** People of one category a QUAD's plan needs in one year. */
public record DemandRow(@NotNull @Min(2000) @Max(2100) @Nullable Integer year, @NotNull @Nullable SkillCategory category,
		@NotNull @Min(0) @Max(1_000_000) @Nullable Integer headcount) {
}
