package org.quadhub.incentives;

import org.quadhub.shared.Sector;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * One version of the fiscal assumptions: corporate tax rate, default discount rate and redundancy share, the
 * horizon in years, and per sector the domestic-value-added share in year 1 and year 5 of operation, direct jobs
 * per USD 1 bn of exports and the profit margin, each with its source note. Versions never change once made.
 */
public record AssumptionSet(int version, BigDecimal citRate, BigDecimal discountRate, BigDecimal redundancyShare,
		int horizonYears, String note, String sourceNote, Instant createdAt, String createdBy,
		Map<Sector, SectorAssumption> sectors) {

	public record SectorAssumption(BigDecimal dvaYear1, BigDecimal dvaYear5, int jobsPerUsdBn, BigDecimal profitMargin,
			String sourceNote) {
	}
}
