package org.quadhub.audit;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * Filters of the audit browser; every one is optional.
 *
 * @param subjectKind exact subject kind (table), e.g. {@code quad}
 * @param subjectId exact subject id
 * @param actor exact actor username
 * @param action exact action
 * @param from entries at or after this instant
 * @param to entries before this instant
 */
public record AuditQuery(@Nullable String subjectKind, @Nullable String subjectId, @Nullable String actor,
		@Nullable String action, @Nullable Instant from, @Nullable Instant to) {

	public static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null, null);
	}
}
