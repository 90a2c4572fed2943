package org.quadhub.incentives;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/**
 * The cost-benefit results, plain and with the redundancy share taken off the benefits (the part of the activity
 * that would have happened without incentives): cost per direct job (USD per job at the peak), net foreign exchange
 * per rupee forgone (USD per PKR), and NPV in USD of net forex minus cost, discounted to the first year.
 * Null where a figure is undefined (no jobs, no cost, no exchange rate).
 */
public record FiscalResults(BigDecimal discountRate, BigDecimal redundancyShare,
		@Nullable BigDecimal costPerDirectJobUsd, @Nullable BigDecimal netForexUsdPerPkrForgone, BigDecimal npvUsd,
		@Nullable BigDecimal costPerDirectJobUsdAdjusted, @Nullable BigDecimal netForexUsdPerPkrForgoneAdjusted,
		BigDecimal npvUsdAdjusted) {
}
