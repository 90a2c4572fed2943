package org.quadhub.web;

import org.quadhub.shared.Actor;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.io.Serial;

/** An API call authenticated by a bearer token from the OpenID Connect issuer; its name is the prefixed subject. */
final class SsoBearerAuthentication extends JwtAuthenticationToken implements ActorSource {

	@Serial
	private static final long serialVersionUID = 1L;

	private final transient Actor actor;

	SsoBearerAuthentication(Jwt jwt, Actor actor) {
		super(jwt, SsoPrincipal.authorities(actor), actor.username());
		this.actor = actor;
	}

	@Override
	public Actor actor() {
		return actor;
	}
}
