package org.quadhub.users;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Role;

import java.util.Set;

/** An account was created with these roles. */
public record UserCreated(long userId, String username, Set<Role> roles, @Nullable Long organisationId, String actor) {
}
