package org.quadhub.zones;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One plot: acres of a zone allocated to a QUAD, and when it was released if it was. */
public record AllocationDetails(long id, long zoneId, String zoneName, long quadId, String quadName, BigDecimal acres,
		LocalDate allocatedOn, @Nullable LocalDate releasedOn, String allocatedBy, @Nullable String releasedBy) {

	public boolean active() {
		return releasedOn == null;
	}
}
