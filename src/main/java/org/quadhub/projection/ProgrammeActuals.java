package org.quadhub.projection;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * Accepted exports of the programme's QUADs so far, for projections "from the programme as it is". The reporting
 * module provides the real implementation; without one, no QUAD has accepted exports yet.
 */
public interface ProgrammeActuals {

	/** No accepted exports anywhere (used while no module provides actuals). */
	ProgrammeActuals NONE = quadIds -> Map.of();

	/** Accepted exports for those of the given QUADs that have any; QUADs without accepted exports are absent. */
	Map<Long, AcceptedExports> acceptedExports(Collection<Long> quadIds);

	/**
	 * One QUAD's accepted exports.
	 *
	 * @param toDateUsd all accepted exports since establishment
	 * @param latestYearUsd accepted exports over the latest 12 months (the floor of its simulated peak)
	 */
	record AcceptedExports(BigDecimal toDateUsd, BigDecimal latestYearUsd) {
	}
}
