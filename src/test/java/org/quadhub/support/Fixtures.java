package org.quadhub.support;

import org.quadhub.approvals.Approvals;
import org.quadhub.approvals.ApprovalsTestSupport;
import org.quadhub.quads.QuadStatus;
import org.quadhub.quads.TransitionQuad;
import java.time.LocalDate;

import org.quadhub.partners.OrganisationCommand;
import org.quadhub.partners.OrganisationDetails;
import org.quadhub.partners.OrganisationKind;
import org.quadhub.partners.Partners;
import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.ProposeQuad;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.Quads;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Country;
import org.quadhub.shared.Role;
import org.quadhub.shared.Sector;
import org.quadhub.users.Users;
import org.springframework.boot.test.context.TestComponent;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Creates test data with unique names through the modules' own APIs, so tests never depend on each other. */
@TestComponent
public class Fixtures {

	public static final String ADMIN = "admin";
	public static final String ADMIN_PASSWORD = "test-admin-password-1";
	public static final String PASSWORD = "correct-horse-battery";

	private final Partners partners;
	private final Quads quads;
	private final Users users;
	private final Approvals approvals;

	Fixtures(Partners partners, Quads quads, Users users, Approvals approvals) {
		this.partners = partners;
		this.quads = quads;
		this.users = users;
		this.approvals = approvals;
	}

	/**
	 * Walks a proposed QUAD to ESTABLISHED on the given day, the way the programme does it: under review, its
	 * establishment case approved by every agency, approved, agreement signed, established.
	 */
	public QuadDetails establish(long quadId, LocalDate establishedOn) {
		for (QuadStatus step : List.of(QuadStatus.UNDER_REVIEW, QuadStatus.APPROVED, QuadStatus.AGREEMENT_SIGNED,
				QuadStatus.ESTABLISHED)) {
			if (step == QuadStatus.APPROVED) {
				ApprovalsTestSupport.approveEstablishment(approvals, users, quadId);
			}
			quads.transition(Actor.system(), quadId, new TransitionQuad(step, "test", establishedOn));
		}
		return quads.find(Actor.system(), quadId);
	}

	public static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	public OrganisationDetails organisation(Country country, OrganisationKind kind) {
		return organisation(unique(country + " " + kind), country, kind, true);
	}

	public OrganisationDetails organisation(String name, Country country, OrganisationKind kind, boolean active) {
		return partners.register(Actor.system(), new OrganisationCommand(name, null, null, country, kind,
				Set.of(Sector.ELECTRONICS), Set.of("testing"), "Lahore", "Punjab", null, null, null, null, null, active,
				null));
	}

	/** Four fresh, active organisations, one per role. */
	public Map<PartnerRole, Long> quartet() {
		Map<PartnerRole, Long> seats = new EnumMap<>(PartnerRole.class);
		for (PartnerRole role : PartnerRole.values()) {
			seats.put(role, organisation(role.country(), role.kind()).id());
		}
		return seats;
	}

	public QuadDetails quad(Map<PartnerRole, Long> seats) {
		return quads.propose(Actor.system(), new ProposeQuad(unique("Test QUAD"), Sector.ELECTRONICS, "Test product",
				List.of("851713"), seats, null, null));
	}

	/** A user with the given role (and organisation, for PARTNER); the password is {@link #PASSWORD}. */
	public String user(Role role, Long organisationId) {
		String username = "u" + UUID.randomUUID().toString().substring(0, 12);
		users.ensure(username, PASSWORD, Set.of(role), organisationId);
		return username;
	}

	public String user(Role role) {
		return user(role, null);
	}
}
