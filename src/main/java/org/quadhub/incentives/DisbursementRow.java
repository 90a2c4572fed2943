package org.quadhub.incentives;

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
@Table(name = "disbursement")
class DisbursementRow {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private LocalDate disbursedOn = LocalDate.EPOCH;
	private BigDecimal amount = BigDecimal.ZERO;
	private @Nullable String note;
	private String recordedBy = "";
	private Instant recordedAt = Instant.EPOCH;

	protected DisbursementRow() {
	}

	DisbursementRow(LocalDate on, BigDecimal amount, @Nullable String note, String by, Instant now) {
		this.disbursedOn = on;
		this.amount = amount;
		this.note = note == null || note.isBlank() ? null : note.trim();
		this.recordedBy = by;
		this.recordedAt = now;
	}

	BigDecimal amount() {
		return amount;
	}

	FinancingDetails.Disbursement details() {
		return new FinancingDetails.Disbursement(id == null ? 0 : id, disbursedOn, amount, note, recordedBy);
	}
}
