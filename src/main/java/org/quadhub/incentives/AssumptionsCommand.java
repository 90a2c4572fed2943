package org.quadhub.incentives;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Sector;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A new version of the fiscal assumptions, based on the version the editor read ({@code basedOnVersion}; a stale
 * one is a 409). Sectors left out keep the values of the version it is based on. Shares are fractions (0.29 = 29%).
 */
public record AssumptionsCommand(
		@NotNull Integer basedOnVersion,
		@NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal citRate,
		@NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal discountRate,
		@NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal redundancyShare,
		@NotNull @Min(1) @Max(50) Integer horizonYears,
		@NotBlank @Size(max = 2000) String note,
		@NotBlank @Size(max = 4000) String sourceNote,
		@Nullable Map<Sector, @Valid @NotNull SectorValues> sectors) {

	public record SectorValues(
			@NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal dvaYear1,
			@NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal dvaYear5,
			@NotNull @Min(0) @Max(1_000_000) Integer jobsPerUsdBn,
			@NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal profitMargin,
			@NotBlank @Size(max = 2000) String sourceNote) {
	}
}
