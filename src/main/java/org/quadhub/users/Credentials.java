package org.quadhub.users;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Role;

import java.util.Set;

/** What sign-in needs to check a password and build the session's identity. */
public record Credentials(String username, String passwordHash, Set<Role> roles, @Nullable Long organisationId,
		boolean enabled) {

	@Override
	public String toString() {
		return "Credentials[username=" + username + ", roles=" + roles + "]";
	}
}
