package org.quadhub.web;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import java.io.Serial;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A user signed in to the UI through the OpenID Connect issuer. Its name (what the audit trail records) is the
 * prefixed subject; only serialisable fields are kept, so that it can live in a stored session.
 */
final class SsoPrincipal extends DefaultOidcUser implements ActorSource {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String username;

	private final String[] roles;

	private final @Nullable Long organisationId;

	SsoPrincipal(Actor actor, OidcIdToken idToken, @Nullable OidcUserInfo userInfo) {
		super(authorities(actor), idToken, userInfo);
		this.username = actor.username();
		this.roles = actor.roles().stream().map(Role::name).sorted().toArray(String[]::new);
		this.organisationId = actor.organisationId();
	}

	static List<GrantedAuthority> authorities(Actor actor) {
		return actor.roles().stream()
			.map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
			.toList();
	}

	@Override
	public Actor actor() {
		Set<Role> set = EnumSet.noneOf(Role.class);
		for (String role : roles) {
			set.add(Role.valueOf(role));
		}
		return new Actor(username, set, organisationId);
	}

	@Override
	public String getName() {
		return username;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof SsoPrincipal that && super.equals(that) && username.equals(that.username);
	}

	@Override
	public int hashCode() {
		return super.hashCode() * 31 + username.hashCode();
	}
}
