package org.quadhub.cluster;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * Where a background job stands: {@code done} units (rows, trials) of {@code total} when known; once finished, the
 * {@code outcome} its owner module stored (JSON) and when it finished.
 */
public record JobState(String id, String kind, String owner, String label, long done, @Nullable Long total,
		Status status, @Nullable String outcome, String instance, Instant startedAt, Instant updatedAt,
		@Nullable Instant finishedAt) {

	public enum Status {
		RUNNING, SUCCEEDED, FAILED
	}

	public boolean finished() {
		return status != Status.RUNNING;
	}
}
