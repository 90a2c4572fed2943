package org.quadhub.incentives;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Money paid out under an instrument, in the instrument's currency (stated to guard against mix-ups). */
public record DisbursementCommand(
		@NotNull LocalDate date,
		@NotNull @DecimalMin("0.01") @Digits(integer = 17, fraction = 2) BigDecimal amount,
		@Nullable String currency,
		@Nullable @Size(max = 500) String note) {
}
