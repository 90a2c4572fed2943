package org.quadhub.incentives;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a QUAD reported it achieved, for the fiscal ledger: accepted exports by calendar year in USD, and direct
 * jobs by calendar year. A reporting module implements this as a bean; without one the ledger uses planned
 * exports and jobs estimated from exports. A year missing from the maps has no report.
 */
public interface ReportedResults {

	/** Calendar year to accepted exports in USD. */
	Map<Integer, BigDecimal> exportsByYear(long quadId);

	/** Calendar year to direct jobs reported. */
	default Map<Integer, Long> directJobsByYear(long quadId) {
		return Map.of();
	}
}
