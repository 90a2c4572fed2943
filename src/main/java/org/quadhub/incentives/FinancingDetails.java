package org.quadhub.incentives;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A financing instrument with its disbursements and what remains undisbursed. */
public record FinancingDetails(long id, long quadId, FinancingKind kind, String provider, BigDecimal amount,
		Currency currency, @Nullable BigDecimal interestRatePercent, @Nullable Integer tenorYears,
		@Nullable Integer graceYears, @Nullable Integer trainees, @Nullable String programme,
		@Nullable BigDecimal coverPercent, @Nullable BigDecimal premiumPercent, LocalDate agreedOn,
		@Nullable String notes, List<Disbursement> disbursements, BigDecimal disbursed, BigDecimal undisbursed) {

	public record Disbursement(long id, LocalDate date, BigDecimal amount, @Nullable String note, String recordedBy) {
	}
}
