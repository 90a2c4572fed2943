package org.quadhub.incentives;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A financing instrument for a QUAD. A CONCESSIONAL_LOAN needs {@code interestRatePercent}, {@code tenorYears} and
 * {@code graceYears}; a TRAINING_GRANT needs {@code trainees} and {@code programme}; an EXPORT_CREDIT_GUARANTEE
 * needs {@code coverPercent} and {@code premiumPercent} ({@code amount} is the amount guaranteed).
 */
public record FinancingCommand(
		@NotNull FinancingKind kind,
		@NotBlank @Size(max = 200) String provider,
		@NotNull @DecimalMin("0.01") @Digits(integer = 17, fraction = 2) BigDecimal amount,
		@Nullable String currency,
		@Nullable @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 3) BigDecimal interestRatePercent,
		@Nullable @Min(1) @Max(60) Integer tenorYears,
		@Nullable @Min(0) @Max(60) Integer graceYears,
		@Nullable @Min(1) Integer trainees,
		@Nullable @Size(max = 500) String programme,
		@Nullable @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal coverPercent,
		@Nullable @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 3) BigDecimal premiumPercent,
		@NotNull LocalDate agreedOn,
		@Nullable @Size(max = 2000) String notes) {
}
