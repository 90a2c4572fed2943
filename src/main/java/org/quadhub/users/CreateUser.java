package org.quadhub.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Role;

import java.util.Set;

/**
 * A new account. A PARTNER account must name its organisation; other roles must not. An AGENCY account may name
 * its agency (a code such as FBR): only then does it decide that agency's approval steps. The e-mail address, when
 * given, receives notifications.
 */
public record CreateUser(
		@NotBlank @Size(min = 3, max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "may use letters, digits and . _ @ - only") String username,
		@NotBlank @Size(min = 12, max = 200, message = "must be between 12 and 200 characters") String password,
		@NotEmpty Set<@NotNull Role> roles,
		@Nullable Long organisationId,
		@Nullable @Pattern(regexp = "[A-Z][A-Z0-9_]{1,29}", message = "must be an agency code such as FBR (capitals, digits, _)") String agency,
		@Nullable @Email @Size(max = 200) String email) {

	public CreateUser(String username, String password, Set<Role> roles, @Nullable Long organisationId) {
		this(username, password, roles, organisationId, null, null);
	}

	@Override
	public String toString() {
		return "CreateUser[username=" + username + ", roles=" + roles + ", organisationId=" + organisationId + ", agency=" + agency
				+ "]";
	}
}
