package org.quadhub.incentives;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/** Sums over the ledger's years; {@code costPkr} is null if any year lacks an exchange rate. */
public record FiscalTotals(BigDecimal exportsUsd, BigDecimal netForexUsd, BigDecimal corporateTaxForgoneUsd,
		BigDecimal dutyForgoneUsd, BigDecimal landSubsidyUsd, BigDecimal utilitySubsidyUsd, BigDecimal costUsd,
		@Nullable BigDecimal costPkr, long peakDirectJobs) {
}
