package org.quadhub.audit;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** An entry waiting for its place in the chain. */
record Draft(Instant occurredAt, String actor, String action, String subjectKind, @Nullable String subjectId,
		@Nullable String fromState, @Nullable String toState, @Nullable String changes, @Nullable String requestId,
		@Nullable String clientAddress) {
}
