package org.quadhub.projection;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One stored run: who ran which scenario when, and its headline (the first threshold's probability).
 *
 * @param progress share of trials done, 0 to 1
 */
public record RunSummary(long id, String name, RunStatus status, double progress, int trials, long seed,
		int horizonYears, int quadCount, boolean fromProgramme, @Nullable Integer headlineYear,
		@Nullable Double headlineUsd, @Nullable Double headlineProbability, @Nullable String error, String createdBy,
		Instant createdAt, @Nullable Instant startedAt, @Nullable Instant finishedAt) {
}
