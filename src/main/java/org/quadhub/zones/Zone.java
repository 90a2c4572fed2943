package org.quadhub.zones;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.quadhub.shared.DomainProblem;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "zone")
class Zone {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String name = "";

	@Enumerated(EnumType.STRING)
	private Province province = Province.PUNJAB;

	private String district = "";
	private BigDecimal totalAcres = BigDecimal.ZERO;
	private BigDecimal allocatableAcres = BigDecimal.ZERO;
	private BigDecimal allocatedAcres = BigDecimal.ZERO;

	@Enumerated(EnumType.STRING)
	private ZoneStatus status = ZoneStatus.NOTIFIED;

	private @Nullable String developer;
	private @Nullable BigDecimal powerMw;
	private @Nullable BigDecimal solarMw;
	private boolean gas;
	private boolean water;
	private @Nullable LocalDate notifiedOn;
	private @Nullable String notes;
	private Instant createdAt = Instant.EPOCH;

	@Version
	private long version;

	protected Zone() {
	}

	Zone(ZoneCommand command, Instant now) {
		apply(command);
		this.createdAt = now;
	}

	void apply(ZoneCommand c) {
		if (c.allocatableAcres().compareTo(c.totalAcres()) > 0) {
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "allocatable-exceeds-total",
					"Allocatable area exceeds the total",
					"The allocatable area (" + c.allocatableAcres().toPlainString() + " acres) cannot exceed the total area ("
							+ c.totalAcres().toPlainString() + " acres).",
					java.util.List.of(new DomainProblem.FieldProblem("allocatableAcres", "must not exceed totalAcres")));
		}
		if (c.allocatableAcres().compareTo(allocatedAcres) < 0) {
			throw new DomainProblem(DomainProblem.Kind.CONFLICT, "allocatable-below-allocated",
					"Allocatable area below what is allocated",
					allocatedAcres.toPlainString() + " acres are already allocated; release plots before reducing the "
							+ "allocatable area to " + c.allocatableAcres().toPlainString() + ".",
					java.util.List.of(new DomainProblem.FieldProblem("allocatableAcres",
							"must be at least the allocated " + allocatedAcres.toPlainString() + " acres")));
		}
		this.name = c.name().trim();
		this.province = c.province();
		this.district = c.district().trim();
		this.totalAcres = c.totalAcres();
		this.allocatableAcres = c.allocatableAcres();
		this.status = c.status();
		this.developer = blankToNull(c.developer());
		this.powerMw = c.powerMw();
		this.solarMw = c.solarMw();
		this.gas = Boolean.TRUE.equals(c.gas());
		this.water = Boolean.TRUE.equals(c.water());
		this.notifiedOn = c.notifiedOn();
		this.notes = blankToNull(c.notes());
	}

	BigDecimal freeAcres() {
		return allocatableAcres.subtract(allocatedAcres);
	}

	/** Takes acres out of the free area, or explains as a 409 that they are not there. */
	void take(BigDecimal acres) {
		if (acres.compareTo(freeAcres()) > 0) {
			throw new DomainProblem(DomainProblem.Kind.CONFLICT, "plot-over-allocated", "Not enough free area",
					"Zone '" + name + "' has " + freeAcres().toPlainString() + " free acres; " + acres.toPlainString()
							+ " were requested.",
					java.util.List.of(new DomainProblem.FieldProblem("acres",
							"exceeds the " + freeAcres().toPlainString() + " free acres of the zone")));
		}
		allocatedAcres = allocatedAcres.add(acres);
	}

	void giveBack(BigDecimal acres) {
		allocatedAcres = allocatedAcres.subtract(acres);
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Zone not saved yet");
		}
		return id;
	}

	String name() {
		return name;
	}

	long version() {
		return version;
	}

	ZoneSummary summary() {
		return new ZoneSummary(id(), name, province, district, totalAcres, allocatableAcres, allocatedAcres, freeAcres(),
				status);
	}

	ZoneDetails details(java.util.List<AllocationDetails> allocations) {
		return new ZoneDetails(id(), name, province, district, totalAcres, allocatableAcres, allocatedAcres, freeAcres(),
				status, developer, powerMw, solarMw, gas, water, notifiedOn, notes, allocations, version);
	}
}
