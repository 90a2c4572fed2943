package org.quadhub.zones;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Allocates part of a zone's area to a QUAD; {@code allocatedOn} defaults to today. */
public record AllocatePlot(
		@NotNull Long quadId,
		@NotNull @DecimalMin(value = "0.01", message = "must be a positive area in acres") @Digits(integer = 10, fraction = 2) BigDecimal acres,
		@Nullable LocalDate allocatedOn) {
}
