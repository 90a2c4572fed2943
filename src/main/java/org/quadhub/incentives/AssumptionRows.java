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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Sector;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Entity
@Table(name = "fiscal_assumption_set")
class AssumptionSetRow {

	@Id
	private int version;

	private BigDecimal citRate = BigDecimal.ZERO;
	private BigDecimal discountRate = BigDecimal.ZERO;
	private BigDecimal redundancyShare = BigDecimal.ZERO;
	private int horizonYears;
	private String note = "";
	private String sourceNote = "";
	private Instant createdAt = Instant.EPOCH;
	private String createdBy = "";

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "fiscal_sector_assumption", joinColumns = @JoinColumn(name = "set_version"))
	@MapKeyColumn(name = "sector")
	@MapKeyEnumerated(EnumType.STRING)
	private Map<Sector, SectorRow> sectors = new HashMap<>();

	@Embeddable
	static class SectorRow {

		@Column(name = "dva_year1")
		private BigDecimal dvaYear1 = BigDecimal.ZERO;

		@Column(name = "dva_year5")
		private BigDecimal dvaYear5 = BigDecimal.ZERO;

		@Column(name = "jobs_per_usd_bn")
		private int jobsPerUsdBn;

		private BigDecimal profitMargin = BigDecimal.ZERO;
		private String sourceNote = "";

		protected SectorRow() {
		}

		SectorRow(AssumptionSet.SectorAssumption a) {
			this.dvaYear1 = a.dvaYear1();
			this.dvaYear5 = a.dvaYear5();
			this.jobsPerUsdBn = a.jobsPerUsdBn();
			this.profitMargin = a.profitMargin();
			this.sourceNote = a.sourceNote();
		}

		AssumptionSet.SectorAssumption value() {
			return new AssumptionSet.SectorAssumption(dvaYear1, dvaYear5, jobsPerUsdBn, profitMargin, sourceNote);
		}
	}

	protected AssumptionSetRow() {
	}

	AssumptionSetRow(int version, AssumptionsCommand c, Map<Sector, AssumptionSet.SectorAssumption> sectors, String by,
			Instant now) {
		this.version = version;
		this.citRate = c.citRate();
		this.discountRate = c.discountRate();
		this.redundancyShare = c.redundancyShare();
		this.horizonYears = c.horizonYears();
		this.note = c.note().trim();
		this.sourceNote = c.sourceNote().trim();
		this.createdBy = by;
		this.createdAt = now;
		sectors.forEach((sector, value) -> this.sectors.put(sector, new SectorRow(value)));
	}

	AssumptionSet value() {
		Map<Sector, AssumptionSet.SectorAssumption> values = new EnumMap<>(Sector.class);
		sectors.forEach((sector, row) -> values.put(sector, row.value()));
		return new AssumptionSet(version, citRate, discountRate, redundancyShare, horizonYears, note, sourceNote,
				createdAt, createdBy, values);
	}
}

@Entity
@Table(name = "exchange_rate")
class ExchangeRateRow {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Enumerated(EnumType.STRING)
	private Currency currency = Currency.USD;

	private LocalDate rateDate = LocalDate.EPOCH;
	private BigDecimal pkrPerUnit = BigDecimal.ONE;
	private String source = "";
	private String recordedBy = "";
	private Instant recordedAt = Instant.EPOCH;

	protected ExchangeRateRow() {
	}

	ExchangeRateRow(Currency currency, RecordExchangeRate c, String by, Instant now) {
		this.currency = currency;
		this.rateDate = c.date();
		this.pkrPerUnit = c.pkrPerUnit();
		this.source = c.source().trim();
		this.recordedBy = by;
		this.recordedAt = now;
	}

	ExchangeRate value() {
		return new ExchangeRate(id == null ? 0 : id, currency, rateDate, pkrPerUnit, source, recordedBy);
	}
}

interface AssumptionSetRepository extends JpaRepository<AssumptionSetRow, Integer> {

	@Query("select max(a.version) from AssumptionSetRow a")
	Optional<Integer> latestVersion();

	@Query("select a from AssumptionSetRow a order by a.version desc")
	List<AssumptionSetRow> findAllNewestFirst();
}

interface ExchangeRateRepository extends JpaRepository<ExchangeRateRow, Long> {

	@Query("select r from ExchangeRateRow r order by r.currency, r.rateDate")
	List<ExchangeRateRow> findAllOrdered();
}
