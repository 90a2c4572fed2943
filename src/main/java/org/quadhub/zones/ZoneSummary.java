package org.quadhub.zones;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** One line of the zone list. */
public record ZoneSummary(long id, String name, Province province, String district, BigDecimal totalAcres,
		BigDecimal allocatableAcres, BigDecimal allocatedAcres, BigDecimal freeAcres, ZoneStatus status) {

	public BigDecimal allocatedPercent() {
		if (allocatableAcres.signum() == 0) {
			return BigDecimal.ZERO;
		}
		return allocatedAcres.multiply(BigDecimal.valueOf(100)).divide(allocatableAcres, 1, RoundingMode.HALF_UP);
	}
}
