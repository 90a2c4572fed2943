package org.quadhub.incentives;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "import_entry")
class ImportEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long packageId;
	private String entryRef = "";
	private LocalDate enteredOn = LocalDate.EPOCH;
	private String description = "";
	private BigDecimal cifValue = BigDecimal.ZERO;

	@Enumerated(EnumType.STRING)
	private Currency currency = Currency.PKR;

	private BigDecimal dutyRatePercent = BigDecimal.ZERO;
	private BigDecimal dutyForgone = BigDecimal.ZERO;
	private String recordedBy = "";
	private Instant recordedAt = Instant.EPOCH;

	protected ImportEntry() {
	}

	ImportEntry(long packageId, ImportEntries.Entry entry, Currency currency, String by, Instant now) {
		this.packageId = packageId;
		this.entryRef = entry.entryId().trim();
		this.enteredOn = entry.date();
		this.description = entry.description().trim();
		this.cifValue = entry.cifValue();
		this.currency = currency;
		this.dutyRatePercent = entry.dutyRatePercent();
		this.dutyForgone = dutyForgone(entry.cifValue(), entry.dutyRatePercent());
		this.recordedBy = by;
		this.recordedAt = now;
	}

	/** Duty forgone = CIF value x duty rate, to the cent (half-even, as for any booked amount). */
	static BigDecimal dutyForgone(BigDecimal cif, BigDecimal ratePercent) {
		return cif.multiply(ratePercent).movePointLeft(2).setScale(2, RoundingMode.HALF_EVEN);
	}

	LocalDate enteredOn() {
		return enteredOn;
	}

	Currency currency() {
		return currency;
	}

	BigDecimal dutyForgone() {
		return dutyForgone;
	}

	ImportEntryDetails details() {
		return new ImportEntryDetails(id == null ? 0 : id, entryRef, enteredOn, description, cifValue, currency,
				dutyRatePercent, dutyForgone, recordedBy);
	}
}
