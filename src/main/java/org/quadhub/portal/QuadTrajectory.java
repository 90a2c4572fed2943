package org.quadhub.portal;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A QUAD's exports against its target trajectory month by month from establishment: the trajectory's expected
 * exports and the accepted exports (null where nothing was accepted), in USD.
 */
public record QuadTrajectory(List<Month> months) {

	/** The months summed by calendar year, up to and including the last year with an accepted month or today. */
	public List<Year> years(int untilYear) {
		java.util.Map<Integer, BigDecimal[]> sums = new java.util.TreeMap<>();
		java.util.Set<Integer> withAccepted = new java.util.HashSet<>();
		for (Month m : months) {
			int year = Integer.parseInt(m.month().substring(0, 4));
			BigDecimal[] sum = sums.computeIfAbsent(year, k -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
			sum[0] = sum[0].add(m.expectedUsd());
			if (m.acceptedUsd() != null) {
				sum[1] = sum[1].add(m.acceptedUsd());
				withAccepted.add(year);
			}
		}
		int last = Math.max(untilYear, withAccepted.stream().max(Integer::compare).orElse(untilYear));
		return sums.entrySet().stream()
			.filter(e -> e.getKey() <= last)
			.map(e -> new Year(e.getKey(), e.getValue()[0],
					withAccepted.contains(e.getKey()) ? e.getValue()[1] : null))
			.toList();
	}

	/** One calendar year: expected exports on the trajectory and accepted exports (null: none accepted). */
	public record Year(int year, BigDecimal expectedUsd, @Nullable BigDecimal acceptedUsd) {
	}

	public record Month(String month, BigDecimal expectedUsd, @Nullable BigDecimal acceptedUsd) {
	}
}
