package org.quadhub.zones;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "plot_allocation")
class PlotAllocation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long zoneId;
	private long quadId;
	private BigDecimal acres = BigDecimal.ZERO;
	private LocalDate allocatedOn = LocalDate.EPOCH;
	private @Nullable LocalDate releasedOn;
	private String allocatedBy = "";
	private @Nullable String releasedBy;
	private Instant createdAt = Instant.EPOCH;

	protected PlotAllocation() {
	}

	PlotAllocation(long zoneId, long quadId, BigDecimal acres, LocalDate allocatedOn, String by, Instant now) {
		this.zoneId = zoneId;
		this.quadId = quadId;
		this.acres = acres;
		this.allocatedOn = allocatedOn;
		this.allocatedBy = by;
		this.createdAt = now;
	}

	void release(LocalDate on, String by) {
		this.releasedOn = on;
		this.releasedBy = by;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Allocation not saved yet");
		}
		return id;
	}

	long zoneId() {
		return zoneId;
	}

	long quadId() {
		return quadId;
	}

	BigDecimal acres() {
		return acres;
	}

	boolean active() {
		return releasedOn == null;
	}

	AllocationDetails details(String zoneName, String quadName) {
		return new AllocationDetails(id(), zoneId, zoneName, quadId, quadName, acres, allocatedOn, releasedOn,
				allocatedBy, releasedBy);
	}
}
