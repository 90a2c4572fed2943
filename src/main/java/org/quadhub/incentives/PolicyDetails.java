package org.quadhub.incentives;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A policy version: its terms, dates and whether it is published (then immutable). */
public record PolicyDetails(long id, String name, String legalBasis, int maxTaxExemptionYears,
		boolean dutyFreeMachinery, BigDecimal maxLandSubsidyPercent, BigDecimal maxPowerDiscountPercent,
		BigDecimal maxGasDiscountPercent, BigDecimal maxWaterDiscountPercent, boolean solarProvision,
		@Nullable BigDecimal maxSolarMw, LocalDate effectiveFrom, @Nullable LocalDate effectiveTo, PolicyStatus status,
		@Nullable Instant publishedAt, @Nullable String publishedBy, long version) {

	public BigDecimal maxDiscountPercent(Utility utility) {
		switch (utility) {
			case POWER:
				return maxPowerDiscountPercent;
			case GAS:
				return maxGasDiscountPercent;
			default:
				return maxWaterDiscountPercent;
		}
	}

	public boolean inForceOn(LocalDate day) {
		return status == PolicyStatus.PUBLISHED && !effectiveFrom.isAfter(day)
				&& (effectiveTo == null || !effectiveTo.isBefore(day));
	}
}
