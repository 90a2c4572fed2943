package org.quadhub.ip;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/**
 * A party to an agreement or an owner of a patent, with its ownership share in percent: one of the QUAD's partners
 * (by {@code organisationId}; the name is filled in) or anyone else by {@code name}.
 */
public record Holder(@Nullable Long organisationId, @Size(max = 300) @Nullable String name,
		@NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) @Nullable BigDecimal share) {
}
