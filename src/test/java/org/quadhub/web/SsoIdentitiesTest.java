package org.quadhub.web;

import org.junit.jupiter.api.Test;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Role;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The claim to role mapping an operator configures: names, prefixes, explicit mappings, nested claims. */
class SsoIdentitiesTest {

	private static SsoSettings settings(String rolesClaim, String prefix, Map<String, Role> mapping) {
		return new SsoSettings("https://idp.example.org/realms/quadhub", "quadhub", "secret", null, "Keycloak",
				List.of("openid"), rolesClaim, prefix, mapping, "quadhub_org", "quadhub_agency", "sub",
				"sso:");
	}

	private static Actor actor(SsoSettings settings, Map<String, Object> claims) {
		return new SsoIdentities(settings).actor(claims);
	}

	@Test
	void roleNamesMapCaseInsensitivelyAndUnknownValuesAreIgnored() {
		Actor actor = actor(settings("quadhub_roles", "", Map.of()),
				Map.of("sub", "f3a1", "quadhub_roles", List.of("authority", "Zone-Officer", "offline_access", "ROLE_AGENCY")));
		assertThat(actor.username()).isEqualTo("sso:f3a1");
		assertThat(actor.roles()).containsExactlyInAnyOrder(Role.AUTHORITY, Role.ZONE_OFFICER, Role.AGENCY);
		assertThat(actor.organisationId()).isNull();
	}

	@Test
	void aPrefixMustBePresentAndIsStripped() {
		SsoSettings prefixed = settings("roles", "quadhub-", Map.of());
		assertThat(actor(prefixed, Map.of("sub", "x", "roles", "quadhub-committee quadhub-nobody authority")).roles())
			.containsExactly(Role.COMMITTEE);
	}

	@Test
	void explicitMappingsAndNestedClaimsServeGroupsAndKeycloakRealmRoles() {
		SsoSettings groups = settings("groups", "", Map.of("/ministries/mopd/quad-desk", Role.AUTHORITY));
		assertThat(actor(groups, Map.of("sub", "x", "groups", List.of("/ministries/mopd/quad-desk"))).roles())
			.containsExactly(Role.AUTHORITY);
		SsoSettings realm = settings("realm_access.roles", "", Map.of());
		assertThat(actor(realm, Map.of("sub", "x", "realm_access", Map.of("roles", List.of("committee")))).roles())
			.containsExactly(Role.COMMITTEE);
	}

	@Test
	void aPartnerNeedsItsOrganisationAndNoOtherRole() {
		SsoSettings settings = settings("quadhub_roles", "", Map.of());
		Actor partner = actor(settings, Map.of("sub", "p", "quadhub_roles", "PARTNER", "quadhub_org", 42));
		assertThat(partner.roles()).containsExactly(Role.PARTNER);
		assertThat(partner.actsFor(42)).isTrue();
		assertThat(partner.actsFor(43)).isFalse();
		assertThat(actor(settings, Map.of("sub", "p", "quadhub_roles", "PARTNER", "quadhub_org", "NUST")).roles())
			.isEmpty();
		assertThat(actor(settings, Map.of("sub", "p", "quadhub_roles", "PARTNER")).roles()).isEmpty();
		Actor mixed = actor(settings, Map.of("sub", "p", "quadhub_roles", List.of("PARTNER", "COMMITTEE"),
				"quadhub_org", "42"));
		assertThat(mixed.roles()).isEqualTo(Set.of(Role.COMMITTEE));
		assertThat(mixed.organisationId()).isNull();
		assertThat(actor(settings, Map.of("sub", "n", "quadhub_roles", "AUTHORITY", "quadhub_org", "42"))
			.organisationId()).isNull();
	}

	@Test
	void anAgencyOfficerDecidesForTheAgencyInTheClaim() {
		SsoSettings settings = settings("quadhub_roles", "", Map.of());
		Actor officer = actor(settings, Map.of("sub", "o", "quadhub_roles", "AGENCY", "quadhub_agency", " boi "));
		assertThat(officer.roles()).containsExactly(Role.AGENCY);
		assertThat(officer.agency()).isEqualTo("BOI");
		assertThat(actor(settings, Map.of("sub", "o", "quadhub_roles", "AGENCY")).agency()).isNull();
		assertThat(actor(settings, Map.of("sub", "o", "quadhub_roles", "AGENCY", "quadhub_agency", List.of("BOI", "FBR")))
			.agency()).as("two agencies are ambiguous").isNull();
		assertThat(actor(settings, Map.of("sub", "c", "quadhub_roles", "COMMITTEE", "quadhub_agency", "BOI")).agency())
			.as("only officers decide for an agency").isNull();
	}
}
