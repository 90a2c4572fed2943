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

/** The terms of a policy version. A draft is edited with the {@code version} it read; a published one never. */
public record PolicyCommand(
		@NotBlank @Size(max = 200) String name,
		@NotBlank @Size(max = 4000) String legalBasis,
		@NotNull @Min(0) @Max(50) Integer maxTaxExemptionYears,
		@NotNull Boolean dutyFreeMachinery,
		@NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal maxLandSubsidyPercent,
		@NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal maxPowerDiscountPercent,
		@NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal maxGasDiscountPercent,
		@NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal maxWaterDiscountPercent,
		@NotNull Boolean solarProvision,
		@Nullable @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal maxSolarMw,
		@NotNull LocalDate effectiveFrom,
		@Nullable LocalDate effectiveTo,
		@Nullable Long version) {
}
