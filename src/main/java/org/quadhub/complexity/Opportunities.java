package org.quadhub.complexity;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * Ranked QUAD product candidates for a home country with a partner country: how many products were candidates
 * (RCA below 1 at home), the weights used, the filters applied, and the rows.
 */
public record Opportunities(long datasetId, String dataset, @Nullable Integer year, String country,
		String countryName, String partner, String partnerName, String weights, int candidates,
		boolean partnerMustLead, List<Opportunity> rows) {
}
