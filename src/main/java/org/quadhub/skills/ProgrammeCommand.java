package org.quadhub.skills;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Sector;

import java.time.LocalDate;
import java.util.List;

/**
 * A university programme supplying a QUAD: the university (an academic organisation of the registry), the category
 * of people it trains, the sector it is linked to (the QUAD's by default), enrolment, graduates per year, and
 * whether and when its curriculum was revised with industry. An update carries the {@code version} last read.
 */
public record ProgrammeCommand(@NotNull @Nullable Long universityId, @NotBlank @Size(max = 300) @Nullable String name,
		@NotNull @Nullable SkillCategory category, @Nullable Sector sector,
		@NotNull @Min(0) @Max(1_000_000) @Nullable Integer enrolment,
		@Size(max = 100) @Nullable List<@Valid @NotNull GraduateYear> graduates, @Nullable Boolean curriculumRevised,
		@Nullable LocalDate revisedOn, @Nullable Long version) {
}
