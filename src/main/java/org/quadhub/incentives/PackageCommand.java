package org.quadhub.incentives;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A QUAD's incentive package. {@code policyVersionId} defaults to the policy in force on {@code appliedOn} (itself
 * defaulting to today); the named policy must be published and in force on that day. Land: FREE means a 100%
 * subsidy, MARKET 0%, SUBSIDISED needs {@code landSubsidyPercent}. An edit carries the {@code version} it read.
 */
public record PackageCommand(
		@Nullable Long policyVersionId,
		@Nullable LocalDate appliedOn,
		@NotNull LandTerms landTerms,
		@Nullable @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal landSubsidyPercent,
		@Nullable @DecimalMin("0") @Digits(integer = 17, fraction = 2) BigDecimal landMarketValue,
		@Nullable String landCurrency,
		@NotNull @Min(0) @Max(50) Integer taxExemptionYears,
		@Nullable LocalDate taxExemptionStart,
		@Nullable Boolean dutyFreeMachinery,
		@Nullable @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal solarMw,
		@Nullable @Size(max = 3) List<@Valid @NotNull UtilityDiscount> utilityDiscounts,
		@Nullable Long version) {

	/** A discount on one utility, and the estimated annual bill (consumption at tariff) it applies to. */
	public record UtilityDiscount(
			@NotNull Utility utility,
			@NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal discountPercent,
			@NotNull @DecimalMin("0") @Digits(integer = 17, fraction = 2) BigDecimal annualBill,
			@Nullable String currency) {
	}
}
