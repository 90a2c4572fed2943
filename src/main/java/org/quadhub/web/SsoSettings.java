package org.quadhub.web;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;
import java.util.Map;

/**
 * Single sign-on with an OpenID Connect issuer (docs/operations/sso.md). Everything is off while {@code issuerUri} is
 * blank: local accounts only, and no issuer is ever contacted.
 *
 * @param issuerUri the issuer (its discovery document is at issuerUri/.well-known/openid-configuration)
 * @param clientId QuadHub's client id at the issuer (for the sign-in button; also the default audience)
 * @param clientSecret QuadHub's client secret at the issuer
 * @param audience the audience an API bearer token must name in its aud claim; the client id when blank
 * @param providerName the name on the sign-in button
 * @param scopes the scopes asked for at sign-in
 * @param rolesClaim the claim holding the QuadHub roles; a dotted path reaches into objects (realm_access.roles)
 * @param rolePrefix a prefix the role values carry (e.g. quadhub-), stripped before matching a role name
 * @param roleMapping explicit claim value to role entries (e.g. a group path), tried before the role names
 * @param organisationClaim the claim holding a PARTNER user's organisation id
 * @param agencyClaim the claim holding the code of the agency an AGENCY officer decides for (BOI, FBR...)
 * @param usernameClaim the claim naming the user (sub, the issuer's stable subject, by default)
 * @param usernamePrefix put before the subject, so that an SSO user never shares a name with a local account
 */
@ConfigurationProperties("quadhub.sso")
record SsoSettings(@Nullable String issuerUri, @Nullable String clientId, @Nullable String clientSecret,
		@Nullable String audience, @DefaultValue("OpenID Connect") String providerName,
		@DefaultValue({ "openid", "profile", "email" }) List<String> scopes,
		@DefaultValue("quadhub_roles") String rolesClaim, @DefaultValue("") String rolePrefix,
		@Nullable Map<String, Role> roleMapping, @DefaultValue("quadhub_org") String organisationClaim,
		@DefaultValue("quadhub_agency") String agencyClaim,
		@DefaultValue("sub") String usernameClaim, @DefaultValue("sso:") String usernamePrefix) {

	/** The registration id in the sign-in and callback addresses: /oauth2/authorization/sso, /login/oauth2/code/sso. */
	static final String REGISTRATION_ID = "sso";

	boolean enabled() {
		return issuerUri != null && !issuerUri.isBlank();
	}

	String requiredAudience() {
		if (audience != null && !audience.isBlank()) {
			return audience;
		}
		return clientId == null ? "" : clientId;
	}

	Map<String, Role> mapping() {
		return roleMapping == null ? Map.of() : roleMapping;
	}
}
