package org.quadhub.complexity;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** Products of one period by PCI, with those dropped because nobody exported them. */
public record ProductRanking(long datasetId, String dataset, @Nullable Integer year, List<ProductComplexity> products,
		List<String> droppedProducts) {
}
