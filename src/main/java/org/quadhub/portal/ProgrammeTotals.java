package org.quadhub.portal;

import java.math.BigDecimal;
import java.util.List;

/**
 * The programme against its export target (USD 200 bn a year), from accepted reports only.
 *
 * @param targetUsd the programme's export target (USD 200 bn)
 * @param targetYear the calendar year by which the target is due
 * @param acceptedExportsUsd all accepted exports of all QUADs to date
 * @param trailingAcceptedUsd accepted exports of all QUADs over the last twelve complete months (the annual rate)
 * @param years accepted exports by calendar year against the sum of the QUADs' target trajectories
 */
public record ProgrammeTotals(BigDecimal targetUsd, int targetYear, BigDecimal acceptedExportsUsd,
		BigDecimal trailingAcceptedUsd, long quads,
		long establishedQuads, List<Year> years) {

	/** The last twelve months' accepted exports as a share of the annual target, in percent. */
	public BigDecimal shareOfTargetPercent() {
		return Money.percent(trailingAcceptedUsd, targetUsd);
	}

	/** One calendar year: accepted exports and the trajectory sum. */
	public record Year(int year, BigDecimal acceptedUsd, BigDecimal trajectoryUsd) {
	}
}
