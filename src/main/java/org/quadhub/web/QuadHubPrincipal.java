package org.quadhub.web;

import org.quadhub.shared.Actor;
import org.quadhub.users.Credentials;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

/** The signed-in user as Spring Security holds it; {@link #actor()} is what the modules see. */
final class QuadHubPrincipal implements UserDetails, ActorSource {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Actor actor;
	private final String passwordHash;
	private final boolean enabled;

	QuadHubPrincipal(Credentials credentials) {
		this.actor = new Actor(credentials.username(), credentials.roles(), credentials.organisationId());
		this.passwordHash = credentials.passwordHash();
		this.enabled = credentials.enabled();
	}

	@Override
	public Actor actor() {
		return actor;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = actor.roles().stream()
			.map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
			.toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return actor.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}
}
