package org.quadhub.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.util.Collection;
import java.util.function.Supplier;

/**
 * What single sign-on adds to the two security filter chains when an issuer is configured: bearer tokens on the API
 * (resource server: signature against the issuer's JWKS, issuer, expiry and audience checked) and OpenID Connect
 * sign-in on the UI (authorization code flow). The issuer is contacted on first use, never at start-up, and again
 * after a failed attempt, so QuadHub starts while the issuer is down.
 */
final class SsoSecurity {

	private static final Logger log = LoggerFactory.getLogger(SsoSecurity.class);

	private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("sso", "anonymousUser",
			AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

	private final SsoSettings settings;

	private final SsoIdentities identities;

	private final ProblemResponses problems;

	private final JwtDecoder decoder = new LazyJwtDecoder();

	private final ClientRegistrationRepository registrations = new LazyRegistrations();

	private final OidcUserService oidcUsers = new OidcUserService();

	SsoSecurity(SsoSettings settings, ProblemResponses problems) {
		this.settings = settings;
		this.identities = new SsoIdentities(settings);
		this.problems = problems;
	}

	String providerName() {
		return settings.providerName();
	}

	/** The API chain: bearer tokens besides HTTP Basic; a token without any QuadHub role reaches only public endpoints. */
	void api(HttpSecurity http) {
		http.oauth2ResourceServer(server -> server
			.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(this::bearer))
			.authenticationEntryPoint(invalidToken())
			.accessDeniedHandler(problems.forbidden()));
		http.authorizeHttpRequests(auth -> auth.withObjectPostProcessor(roleRequired()));
	}

	/**
	 * The UI chain: a sign-in button on /login starts the authorization code flow at the issuer; signing out of a
	 * session that came from the issuer also ends the session there when the issuer offers an end-session endpoint.
	 */
	void ui(HttpSecurity http) {
		http.oauth2Login(login -> login.loginPage("/login")
			.clientRegistrationRepository(registrations)
			.userInfoEndpoint(userInfo -> userInfo.oidcUserService(this::oidcUser))
			.defaultSuccessUrl("/", false)
			.failureUrl("/login?ssoError"));
		OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
		logout.setPostLogoutRedirectUri("{baseUrl}/?signedOut");
		logout.setDefaultTargetUrl("/?signedOut");
		http.logout(signOut -> signOut.logoutSuccessHandler(logout));
	}

	SsoBearerAuthentication bearer(Jwt jwt) {
		return new SsoBearerAuthentication(jwt, identities.actor(jwt.getClaims()));
	}

	OidcUser oidcUser(OidcUserRequest request) {
		OidcUser user = oidcUsers.loadUser(request);
		Actor actor = identities.actor(user.getClaims());
		if (actor.roles().isEmpty()) {
			log.info("Single sign-on refused for {}: no QuadHub role in claim {}", actor.username(),
					settings.rolesClaim());
			throw new OAuth2AuthenticationException(new OAuth2Error("no_quadhub_role",
					"The identity has no QuadHub role in claim " + settings.rolesClaim(), null));
		}
		return new SsoPrincipal(actor, user.getIdToken(), user.getUserInfo());
	}

	/** 401 problem+json for a missing, expired, foreign, mis-addressed or badly signed bearer token. */
	private AuthenticationEntryPoint invalidToken() {
		BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
		challenge.setRealmName("QuadHub");
		return (request, response, failure) -> {
			challenge.commence(request, response, failure);
			problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "invalid-token", "Invalid bearer token",
					"The bearer token was not accepted: it must be signed by the configured issuer, unexpired and "
							+ "addressed to QuadHub (" + failure.getMessage() + ")."));
		};
	}

	/** Lets through an identity without any QuadHub role only where anonymous visitors may go; elsewhere 403. */
	private ObjectPostProcessor<AuthorizationManager<HttpServletRequest>> roleRequired() {
		return new ObjectPostProcessor<>() {
			@Override
			public <O extends AuthorizationManager<HttpServletRequest>> O postProcess(O manager) {
				@SuppressWarnings("unchecked")
				O wrapped = (O) new RoleRequired(manager);
				return wrapped;
			}
		};
	}

	private record RoleRequired(AuthorizationManager<HttpServletRequest> delegate)
			implements AuthorizationManager<HttpServletRequest> {

		@Override
		public @Nullable AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
				HttpServletRequest request) {
			AuthorizationResult result = delegate.authorize(authentication, request);
			if (result == null || !result.isGranted()) {
				return result;
			}
			if (authentication.get() instanceof SsoBearerAuthentication sso && sso.actor().roles().isEmpty()) {
				AuthorizationResult anonymous = delegate.authorize(() -> ANONYMOUS, request);
				return anonymous != null && anonymous.isGranted() ? result : new AuthorizationDecision(false);
			}
			return result;
		}
	}

	/** Reads the issuer's metadata and keys on the first token, retrying on the next token if that failed. */
	private final class LazyJwtDecoder implements JwtDecoder {

		private volatile @Nullable JwtDecoder delegate;

		@Override
		public Jwt decode(String token) throws JwtException {
			JwtDecoder current = delegate;
			if (current == null) {
				synchronized (this) {
					current = delegate;
					if (current == null) {
						current = create();
						delegate = current;
					}
				}
			}
			return current.decode(token);
		}

		private JwtDecoder create() {
			String issuer = settings.issuerUri();
			NimbusJwtDecoder nimbus;
			try {
				nimbus = JwtDecoders.fromIssuerLocation(issuer);
			}
			catch (RuntimeException unreachable) {
				log.warn("Cannot read the OpenID Connect issuer {}: {}", issuer, unreachable.getMessage());
				throw new JwtException("The token issuer cannot be reached", unreachable);
			}
			String audience = settings.requiredAudience();
			OAuth2TokenValidator<Jwt> audienceCheck = new JwtClaimValidator<Collection<String>>("aud",
					aud -> aud != null && aud.contains(audience));
			nimbus.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
					audienceCheck));
			return nimbus;
		}
	}

	/** The one client registration, read from the issuer's discovery document on the first sign-in. */
	private final class LazyRegistrations implements ClientRegistrationRepository {

		private volatile @Nullable ClientRegistration registration;

		@Override
		public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
			if (!SsoSettings.REGISTRATION_ID.equals(registrationId)) {
				return null;
			}
			ClientRegistration current = registration;
			if (current == null) {
				synchronized (this) {
					current = registration;
					if (current == null) {
						current = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
							.registrationId(SsoSettings.REGISTRATION_ID)
							.clientId(settings.clientId() == null ? "" : settings.clientId())
							.clientSecret(settings.clientSecret())
							.clientName(settings.providerName())
							.scope(settings.scopes())
							.build();
						registration = current;
					}
				}
			}
			return current;
		}
	}
}
