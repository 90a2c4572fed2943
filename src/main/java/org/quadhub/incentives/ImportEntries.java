package org.quadhub.incentives;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Duty-free machinery imports to register, all or none: one row per customs entry (goods declaration number). */
public record ImportEntries(@NotEmpty @Size(max = 500) List<@Valid @NotNull Entry> entries) {

	public record Entry(
			@NotBlank @Size(max = 60) String entryId,
			@NotNull LocalDate date,
			@NotBlank @Size(max = 500) String description,
			@NotNull @DecimalMin(value = "0.01") @Digits(integer = 17, fraction = 2) BigDecimal cifValue,
			@Nullable String currency,
			@NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 3) BigDecimal dutyRatePercent) {
	}
}
