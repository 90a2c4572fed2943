package org.quadhub.shared;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A state change a module records explicitly because it is not made through a JPA entity (bulk JDBC or COPY
 * writes, for example). Publish it with the {@code ApplicationEventPublisher} inside the transaction that makes
 * the change; the audit trail listens synchronously, so the entry commits or rolls back with the change. The actor,
 * request id and client address come from the current request, not from this event.
 *
 * @param subjectKind what was changed, e.g. {@code report} or {@code trade-dataset}
 * @param subjectId its identifier
 * @param action what happened, e.g. {@code upload}, {@code import}, {@code delete}
 * @param before the relevant values before the change, or null for a creation
 * @param after the relevant values after the change, or null for a deletion
 */
public record StateChange(String subjectKind, String subjectId, String action,
		@Nullable Map<String, ? extends @Nullable Object> before,
		@Nullable Map<String, ? extends @Nullable Object> after) {
}
