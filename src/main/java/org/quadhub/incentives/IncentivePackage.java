package org.quadhub.incentives;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "incentive_package")
class IncentivePackage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long quadId;
	private long policyId;
	private LocalDate appliedOn = LocalDate.EPOCH;

	@Enumerated(EnumType.STRING)
	private LandTerms landTerms = LandTerms.MARKET;

	private BigDecimal landSubsidyPercent = BigDecimal.ZERO;
	private BigDecimal landMarketValue = BigDecimal.ZERO;

	@Enumerated(EnumType.STRING)
	private Currency landCurrency = Currency.PKR;

	private int taxExemptionYears;
	private @Nullable LocalDate taxExemptionStart;
	private boolean dutyFreeMachinery;
	private BigDecimal solarMw = BigDecimal.ZERO;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "package_utility", joinColumns = @JoinColumn(name = "package_id"))
	private List<UtilityRow> utilities = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private PackageStatus status = PackageStatus.DRAFT;

	private @Nullable LocalDate signedOn;
	private @Nullable String signedBy;
	private Instant createdAt = Instant.EPOCH;
	private Instant updatedAt = Instant.EPOCH;

	@Version
	private long version;

	@Embeddable
	static class UtilityRow {

		@Enumerated(EnumType.STRING)
		@Column(name = "utility")
		private Utility utility = Utility.POWER;

		private BigDecimal discountPercent = BigDecimal.ZERO;
		private BigDecimal annualBill = BigDecimal.ZERO;

		@Enumerated(EnumType.STRING)
		private Currency currency = Currency.PKR;

		protected UtilityRow() {
		}

		UtilityRow(Utility utility, BigDecimal discountPercent, BigDecimal annualBill, Currency currency) {
			this.utility = utility;
			this.discountPercent = discountPercent;
			this.annualBill = annualBill;
			this.currency = currency;
		}

		PackageDetails.UtilityLine line() {
			return new PackageDetails.UtilityLine(utility, discountPercent, annualBill, currency);
		}
	}

	protected IncentivePackage() {
	}

	IncentivePackage(long quadId, Instant now) {
		this.quadId = quadId;
		this.createdAt = now;
	}

	/** Takes terms that have already been checked against the policy. */
	void apply(PackageTerms terms, Instant now) {
		this.policyId = terms.policyId();
		this.appliedOn = terms.appliedOn();
		this.landTerms = terms.landTerms();
		this.landSubsidyPercent = terms.landSubsidyPercent();
		this.landMarketValue = terms.landMarketValue();
		this.landCurrency = terms.landCurrency();
		this.taxExemptionYears = terms.taxExemptionYears();
		this.taxExemptionStart = terms.taxExemptionStart();
		this.dutyFreeMachinery = terms.dutyFreeMachinery();
		this.solarMw = terms.solarMw();
		this.utilities.clear();
		for (PackageDetails.UtilityLine line : terms.utilities()) {
			this.utilities.add(new UtilityRow(line.utility(), line.discountPercent(), line.annualBill(), line.currency()));
		}
		this.updatedAt = now;
	}

	void sign(LocalDate on, String by, Instant now) {
		this.status = PackageStatus.SIGNED;
		this.signedOn = on;
		this.signedBy = by;
		this.updatedAt = now;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Package not saved yet");
		}
		return id;
	}

	long quadId() {
		return quadId;
	}

	long policyId() {
		return policyId;
	}

	PackageStatus status() {
		return status;
	}

	boolean dutyFreeMachinery() {
		return dutyFreeMachinery;
	}

	long version() {
		return version;
	}

	@Nullable
	LocalDate signedOn() {
		return signedOn;
	}

	@Nullable
	String signedBy() {
		return signedBy;
	}

	PackageTerms terms() {
		return new PackageTerms(policyId, appliedOn, landTerms, landSubsidyPercent, landMarketValue, landCurrency,
				taxExemptionYears, taxExemptionStart, dutyFreeMachinery, solarMw,
				utilities.stream().map(UtilityRow::line).toList());
	}
}
