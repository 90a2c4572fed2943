package org.quadhub.incentives;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/**
 * One calendar year of a QUAD's (or the programme's) fiscal ledger, in USD; {@code costPkr} converts the cost at
 * the year's rate ({@code pkrPerUsd}), null when no rate is recorded for that year.
 */
public record FiscalYear(int year, int yearOfOperation, BigDecimal exportsUsd, Basis exportsBasis, BigDecimal dvaShare,
		BigDecimal netForexUsd, long directJobs, Basis jobsBasis, BigDecimal corporateTaxForgoneUsd,
		BigDecimal dutyForgoneUsd, BigDecimal landSubsidyUsd, BigDecimal utilitySubsidyUsd, BigDecimal costUsd,
		@Nullable BigDecimal pkrPerUsd, @Nullable BigDecimal costPkr, BigDecimal netBenefitUsd) {
}
