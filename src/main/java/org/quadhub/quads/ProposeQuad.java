package org.quadhub.quads;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Sector;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A proposal to form a QUAD. The export target defaults to USD 5 bn a year and the horizon to 5 years from
 * establishment, as the programme promises.
 */
public record ProposeQuad(
		@NotBlank @Size(max = 200) String name,
		@NotNull Sector productCategory,
		@NotBlank @Size(max = 2000) String productDescription,
		@NotEmpty @Size(max = 50) List<@NotBlank String> hsCodes,
		@NotNull Map<PartnerRole, Long> partners,
		@Nullable @DecimalMin(value = "1") @Digits(integer = 15, fraction = 2) BigDecimal exportTargetUsd,
		@Nullable @Min(1) @Max(30) Integer targetYears) {

	public static final BigDecimal DEFAULT_EXPORT_TARGET_USD = new BigDecimal("5000000000");
	public static final int DEFAULT_TARGET_YEARS = 5;
}
