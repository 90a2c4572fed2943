package org.quadhub.users;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Role;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

@Entity
@Table(name = "app_user")
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String username = "";
	private String passwordHash = "";
	private @Nullable Long organisationId;
	private @Nullable String agency;
	private @Nullable String email;
	private boolean enabled = true;
	private Instant createdAt = Instant.EPOCH;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Version
	private long version;

	protected UserAccount() {
	}

	UserAccount(String username, String passwordHash, Set<Role> roles, @Nullable Long organisationId, Instant now) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.roles = EnumSet.copyOf(roles);
		this.organisationId = organisationId;
		this.createdAt = now;
	}

	UserAccount(String username, String passwordHash, Set<Role> roles, @Nullable Long organisationId,
			@Nullable String agency, @Nullable String email, Instant now) {
		this(username, passwordHash, roles, organisationId, now);
		this.agency = agency;
		this.email = email;
	}

	UserInfo details() {
		return new UserInfo(id == null ? 0 : id, username, Set.copyOf(roles), organisationId, enabled, createdAt, agency,
				email);
	}

	Credentials credentials() {
		return new Credentials(username, passwordHash, Set.copyOf(roles), organisationId, enabled);
	}
}
