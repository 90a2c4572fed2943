package org.quadhub.audit;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One entry of the audit trail as stored.
 *
 * @param id position in the chain (ascending)
 * @param occurredAt when the change was recorded (application clock, microseconds)
 * @param actor the signed-in user, the attempted username of a failed login, {@code anonymous} or {@code system}
 * @param action create, update, delete, transition, login, login-failure, or a module's own (upload, import, ...)
 * @param subjectKind the table (or a module's own kind) that changed
 * @param subjectId the changed row's identifier
 * @param fromState for a transition, the status before
 * @param toState for a transition, the status after
 * @param changes JSON: {@code before} and/or {@code after} values (changed fields only for an update)
 * @param requestId the request's {@code X-Request-Id}
 * @param clientAddress the client's IP address
 * @param prevHash the previous entry's hash
 * @param hash this entry's chain hash
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String subjectKind,
		@Nullable String subjectId, @Nullable String fromState, @Nullable String toState, @Nullable String changes,
		@Nullable String requestId, @Nullable String clientAddress, String prevHash, String hash) {
}
