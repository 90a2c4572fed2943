package org.quadhub.quads;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A QUAD moved from one status to another. */
public record QuadStatusChanged(long quadId, QuadStatus from, QuadStatus to, String actor, @Nullable String reason,
		Instant at) {
}
