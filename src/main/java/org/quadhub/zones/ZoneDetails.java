package org.quadhub.zones;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** A zone with its area accounts and its plots (active and released). */
public record ZoneDetails(long id, String name, Province province, String district, BigDecimal totalAcres,
		BigDecimal allocatableAcres, BigDecimal allocatedAcres, BigDecimal freeAcres, ZoneStatus status,
		@Nullable String developer, @Nullable BigDecimal powerMw, @Nullable BigDecimal solarMw, boolean gas,
		boolean water, @Nullable LocalDate notifiedOn, @Nullable String notes, List<AllocationDetails> allocations,
		long version) {

	/** Allocated share of the allocatable area, 0 to 100, for the area bar. */
	public BigDecimal allocatedPercent() {
		if (allocatableAcres.signum() == 0) {
			return BigDecimal.ZERO;
		}
		return allocatedAcres.multiply(BigDecimal.valueOf(100)).divide(allocatableAcres, 1, RoundingMode.HALF_UP);
	}
}
