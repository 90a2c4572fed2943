package org.quadhub.projection;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Tax terms for the fiscal cost of a projection, when the zones module's incentive assumptions are present. A
 * scenario's own {@code fiscal} block wins; without either, results carry no fiscal cost.
 */
public interface FiscalAssumptions {

	/** No fiscal terms known (used while no module provides them). */
	FiscalAssumptions NONE = Optional::empty;

	Optional<Terms> current();

	/**
	 * Revenue foregone is corporateTaxRate times the sector's profit margin times exports, in each QUAD's first
	 * holidayYears operating years.
	 *
	 * @param corporateTaxRate e.g. 0.29
	 * @param holidayYears income-tax holiday in years
	 * @param source where the terms come from (shown with the result)
	 */
	record Terms(BigDecimal corporateTaxRate, int holidayYears, String source) {
	}
}
