package org.quadhub.complexity;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * An imported trade dataset: its name, source and licence note, classification, the years it covers (empty for a
 * single period), its size, and how far storing its rows has got ({@code progress} from 0 to 1).
 */
public record TradeDataset(long id, String name, String source, String licence, Classification classification,
		String layout, DatasetStatus status, List<Integer> years, int countries, int products, long rowsTotal,
		long rowsStored, double progress, String importedBy, Instant importedAt, @Nullable Instant completedAt,
		@Nullable String failure) {
}
