package org.quadhub.shared;

import org.jspecify.annotations.Nullable;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is asking: a signed-in user with roles (and, for a partner, the organisation), or the anonymous public.
 * {@code agency} is the agency an officer decides for when the identity itself says so (single sign-on's agency
 * claim); local officers' agency is in their account. Serializable because the signed-in principal lives in the
 * JDBC session store (ADR 0023); sessions stored before the agency component existed read it as null.
 */
public record Actor(String username, Set<Role> roles, @Nullable Long organisationId, @Nullable String agency)
		implements Serializable {

	public Actor {
		roles = Set.copyOf(roles);
	}

	public Actor(String username, Set<Role> roles, @Nullable Long organisationId) {
		this(username, roles, organisationId, null);
	}

	public static Actor anonymous() {
		return new Actor("anonymous", Set.of(), null);
	}

	public static Actor system() {
		return new Actor("system", Set.of(Role.AUTHORITY), null);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean isAuthority() {
		return has(Role.AUTHORITY);
	}

	/** Everyone signed in except partners sees every organisation and every QUAD. */
	public boolean readsEverything() {
		return has(Role.AUTHORITY) || has(Role.COMMITTEE) || has(Role.AGENCY) || has(Role.ZONE_OFFICER);
	}

	public boolean isAnonymous() {
		return roles.isEmpty();
	}

	/** A partner user acts for exactly this organisation. */
	public boolean actsFor(long organisationId) {
		return has(Role.PARTNER) && this.organisationId != null && this.organisationId == organisationId;
	}
}
