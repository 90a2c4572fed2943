package org.quadhub.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Role;

import java.util.Set;

/** A new account. A PARTNER account must name its organisation; other roles must not. */
public record CreateUser(
		@NotBlank @Size(min = 3, max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "may use letters, digits and . _ @ - only") String username,
		@NotBlank @Size(min = 12, max = 200, message = "must be between 12 and 200 characters") String password,
		@NotEmpty Set<@NotNull Role> roles,
		@Nullable Long organisationId) {

	@Override
	public String toString() {
		return "CreateUser[username=" + username + ", roles=" + roles + ", organisationId=" + organisationId + "]";
	}
}
