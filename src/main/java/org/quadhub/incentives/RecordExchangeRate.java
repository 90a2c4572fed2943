package org.quadhub.incentives;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Records how many PKR one unit of {@code currency} (USD or CNY) cost on {@code date}. */
public record RecordExchangeRate(
		@Nullable String currency,
		@NotNull LocalDate date,
		@NotNull @DecimalMin(value = "0.0001") @Digits(integer = 9, fraction = 4) BigDecimal pkrPerUnit,
		@NotBlank @Size(max = 500) String source) {
}
