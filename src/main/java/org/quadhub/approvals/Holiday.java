package org.quadhub.approvals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A public holiday; {@code provisional} marks a date that depends on moon sighting (false when left out). */
public record Holiday(@NotNull @Nullable LocalDate date, @NotBlank @Size(max = 200) String name,
		@Nullable Boolean provisional) {
}
