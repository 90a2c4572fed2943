package org.quadhub.incentives;

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
@Table(name = "incentive_policy")
class IncentivePolicy {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String name = "";
	private String legalBasis = "";
	private int maxTaxExemptionYears;
	private boolean dutyFreeMachinery;
	private BigDecimal maxLandSubsidyPercent = BigDecimal.ZERO;
	private BigDecimal maxPowerDiscountPercent = BigDecimal.ZERO;
	private BigDecimal maxGasDiscountPercent = BigDecimal.ZERO;
	private BigDecimal maxWaterDiscountPercent = BigDecimal.ZERO;
	private boolean solarProvision;
	private @Nullable BigDecimal maxSolarMw;
	private LocalDate effectiveFrom = LocalDate.EPOCH;
	private @Nullable LocalDate effectiveTo;

	@Enumerated(EnumType.STRING)
	private PolicyStatus status = PolicyStatus.DRAFT;

	private @Nullable Instant publishedAt;
	private @Nullable String publishedBy;
	private Instant createdAt = Instant.EPOCH;
	private String createdBy = "";

	@Version
	private long version;

	protected IncentivePolicy() {
	}

	IncentivePolicy(PolicyCommand command, String by, Instant now) {
		apply(command);
		this.createdBy = by;
		this.createdAt = now;
	}

	void apply(PolicyCommand c) {
		if (status == PolicyStatus.PUBLISHED) {
			throw published();
		}
		if (c.effectiveTo() != null && c.effectiveTo().isBefore(c.effectiveFrom())) {
			throw DomainProblem.invalid("effectiveTo", "must not be before effectiveFrom");
		}
		this.name = c.name().trim();
		this.legalBasis = c.legalBasis().trim();
		this.maxTaxExemptionYears = c.maxTaxExemptionYears();
		this.dutyFreeMachinery = c.dutyFreeMachinery();
		this.maxLandSubsidyPercent = c.maxLandSubsidyPercent();
		this.maxPowerDiscountPercent = c.maxPowerDiscountPercent();
		this.maxGasDiscountPercent = c.maxGasDiscountPercent();
		this.maxWaterDiscountPercent = c.maxWaterDiscountPercent();
		this.solarProvision = c.solarProvision();
		this.maxSolarMw = c.maxSolarMw();
		this.effectiveFrom = c.effectiveFrom();
		this.effectiveTo = c.effectiveTo();
	}

	void publish(String by, Instant now) {
		if (status == PolicyStatus.PUBLISHED) {
			throw published();
		}
		status = PolicyStatus.PUBLISHED;
		publishedAt = now;
		publishedBy = by;
	}

	private DomainProblem published() {
		return new DomainProblem(DomainProblem.Kind.CONFLICT, "policy-published", "Policy version is published",
				"Policy version '" + name + "' is published and can no longer change; create a new version instead.");
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Policy not saved yet");
		}
		return id;
	}

	String name() {
		return name;
	}

	long version() {
		return version;
	}

	PolicyDetails details() {
		return new PolicyDetails(id(), name, legalBasis, maxTaxExemptionYears, dutyFreeMachinery, maxLandSubsidyPercent,
				maxPowerDiscountPercent, maxGasDiscountPercent, maxWaterDiscountPercent, solarProvision, maxSolarMw,
				effectiveFrom, effectiveTo, status, publishedAt, publishedBy, version);
	}
}
