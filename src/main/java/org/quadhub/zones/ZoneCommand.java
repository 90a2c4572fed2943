package org.quadhub.zones;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Designates or edits a zone. Areas are in acres with at most two decimals; an edit carries the {@code version} it
 * read, and a stale one is a 409.
 */
public record ZoneCommand(
		@NotBlank @Size(max = 200) String name,
		@NotNull Province province,
		@NotBlank @Size(max = 100) String district,
		@NotNull @DecimalMin(value = "0.01") @Digits(integer = 10, fraction = 2) BigDecimal totalAcres,
		@NotNull @DecimalMin(value = "0") @Digits(integer = 10, fraction = 2) BigDecimal allocatableAcres,
		@NotNull ZoneStatus status,
		@Nullable @Size(max = 200) String developer,
		@Nullable @DecimalMin(value = "0") @Digits(integer = 8, fraction = 2) BigDecimal powerMw,
		@Nullable @DecimalMin(value = "0") @Digits(integer = 8, fraction = 2) BigDecimal solarMw,
		@Nullable Boolean gas,
		@Nullable Boolean water,
		@Nullable LocalDate notifiedOn,
		@Nullable @Size(max = 2000) String notes,
		@Nullable Long version) {
}
