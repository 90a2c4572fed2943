package org.quadhub.incentives;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "financing_instrument")
class FinancingInstrument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long quadId;

	@Enumerated(EnumType.STRING)
	private FinancingKind kind = FinancingKind.CONCESSIONAL_LOAN;

	private String provider = "";
	private BigDecimal amount = BigDecimal.ZERO;

	@Enumerated(EnumType.STRING)
	private Currency currency = Currency.USD;

	private @Nullable BigDecimal interestRatePercent;
	private @Nullable Integer tenorYears;
	private @Nullable Integer graceYears;
	private @Nullable Integer trainees;
	private @Nullable String programme;
	private @Nullable BigDecimal coverPercent;
	private @Nullable BigDecimal premiumPercent;
	private LocalDate agreedOn = LocalDate.EPOCH;
	private @Nullable String notes;
	private Instant createdAt = Instant.EPOCH;
	private String createdBy = "";

	@OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
	@JoinColumn(name = "instrument_id", nullable = false)
	@OrderBy("disbursedOn, id")
	private List<DisbursementRow> disbursements = new ArrayList<>();

	@Version
	private long version;

	protected FinancingInstrument() {
	}

	FinancingInstrument(long quadId, FinancingCommand c, Currency currency, String by, Instant now) {
		this.quadId = quadId;
		this.kind = c.kind();
		this.provider = c.provider().trim();
		this.amount = c.amount();
		this.currency = currency;
		this.interestRatePercent = c.interestRatePercent();
		this.tenorYears = c.tenorYears();
		this.graceYears = c.graceYears();
		this.trainees = c.trainees();
		this.programme = c.programme() == null || c.programme().isBlank() ? null : c.programme().trim();
		this.coverPercent = c.coverPercent();
		this.premiumPercent = c.premiumPercent();
		this.agreedOn = c.agreedOn();
		this.notes = c.notes() == null || c.notes().isBlank() ? null : c.notes().trim();
		this.createdBy = by;
		this.createdAt = now;
	}

	BigDecimal disbursed() {
		return disbursements.stream().map(DisbursementRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	void disburse(DisbursementRow row) {
		disbursements.add(row);
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Instrument not saved yet");
		}
		return id;
	}

	long quadId() {
		return quadId;
	}

	BigDecimal amount() {
		return amount;
	}

	Currency currency() {
		return currency;
	}

	LocalDate agreedOn() {
		return agreedOn;
	}

	FinancingDetails details() {
		BigDecimal disbursed = disbursed();
		return new FinancingDetails(id(), quadId, kind, provider, amount, currency, interestRatePercent, tenorYears,
				graceYears, trainees, programme, coverPercent, premiumPercent, agreedOn, notes,
				disbursements.stream().map(DisbursementRow::details).toList(), disbursed, amount.subtract(disbursed));
	}
}
