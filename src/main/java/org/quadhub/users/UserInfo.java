package org.quadhub.users;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Role;

import java.time.Instant;
import java.util.Set;

/** An account as the API shows it: never the password or its hash. {@code agency} is set for agency officers. */
public record UserInfo(long id, String username, Set<Role> roles, @Nullable Long organisationId, boolean enabled,
		Instant createdAt, @Nullable String agency, @Nullable String email) {
}
