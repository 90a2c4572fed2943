package org.quadhub.complexity;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * Countries of one period by ECI, with the countries and products left out because their exports were all zero.
 * {@code year} is null for a dataset of one period.
 */
public record CountryRanking(long datasetId, String dataset, @Nullable Integer year, List<Integer> years,
		List<CountryComplexity> countries, List<String> droppedCountries, List<String> droppedProducts) {
}
