package org.quadhub.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.quadhub.committee.ActionItemCommand;
import org.quadhub.committee.ActionItems;
import org.quadhub.committee.Attendee;
import org.quadhub.committee.Committee;
import org.quadhub.committee.CommitteeMembers;
import org.quadhub.committee.CommitteeMinutes;
import org.quadhub.committee.DecisionCommand;
import org.quadhub.committee.MeetingCommand;
import org.quadhub.committee.MeetingDetails;
import org.quadhub.committee.MemberCommand;
import org.quadhub.committee.MinutesCommand;
import org.quadhub.committee.SignMinutes;
import org.quadhub.partners.OrganisationCommand;
import org.quadhub.partners.OrganisationDetails;
import org.quadhub.partners.Partners;
import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.ProposeQuad;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.QuadStatus;
import org.quadhub.quads.Quads;
import org.quadhub.quads.TransitionQuad;
import org.quadhub.reporting.ReportDetails;
import org.quadhub.reporting.Reports;
import org.quadhub.reporting.ReviewDecision;
import org.quadhub.reporting.SubmitReport;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Country;
import org.quadhub.shared.Role;
import org.quadhub.shared.Sector;
import org.quadhub.support.Fixtures;
import org.quadhub.users.CreateUser;
import org.quadhub.users.Users;

/**
 * Builds portal test data through the modules' own services, with a distinctive canary value in every field that
 * must never be published (contacts, usernames, e-mails, unaccepted report figures, non-public committee records).
 */
final class PortalFixtures {

	/** An unaccepted report value: neither it nor its rounded forms may ever appear. */
	static final BigDecimal UNACCEPTED_USD = new BigDecimal("4242424242.42");

	private final Fixtures fixtures;
	private final Partners partners;
	private final Quads quads;
	private final Users users;
	private final Reports reports;
	private final Committee committee;
	private final CommitteeMinutes minutes;
	private final CommitteeMembers members;
	private final ActionItems actions;

	PortalFixtures(Fixtures fixtures, Partners partners, Quads quads, Users users, Reports reports, Committee committee,
			CommitteeMinutes minutes, CommitteeMembers members, ActionItems actions) {
		this.fixtures = fixtures;
		this.partners = partners;
		this.quads = quads;
		this.users = users;
		this.reports = reports;
		this.committee = committee;
		this.minutes = minutes;
		this.members = members;
		this.actions = actions;
	}

	/** What one seeded scenario created: the QUAD, the public decision text and every canary. */
	record Seeded(QuadDetails quad, String publicDecision, List<String> canaries) {
	}

	static String token() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	/**
	 * An established QUAD with an awkward name (comma and quote), partners carrying contact canaries, proposed by a
	 * partner user with a canary username and e-mail, one accepted monthly report of {@code acceptedUsd}, one
	 * submitted-not-accepted report of {@link #UNACCEPTED_USD} and one returned report; and a committee meeting with
	 * final minutes holding a public decision about it, next to an unsigned meeting with a draft decision.
	 */
	Seeded seed(String acceptedUsd) {
		String t = token();
		List<String> canaries = new ArrayList<>();
		Map<PartnerRole, Long> seats = new EnumMap<>(PartnerRole.class);
		for (PartnerRole role : PartnerRole.values()) {
			String contact = "Canaryperson" + t + role.ordinal();
			String email = "canary" + t + role.ordinal() + "@contact-canary.example";
			String phone = "+92 300 " + (1_000_000 + Math.floorMod(t.hashCode(), 8_999_999)) + role.ordinal();
			OrganisationDetails o = partners.register(Actor.system(), new OrganisationCommand(
					Fixtures.unique("Portal " + role), null, null, role.country(), role.kind(), Set.of(Sector.ELECTRONICS),
					Set.of("testing"), "Lahore", "Punjab", null, contact, email, phone, null, true, null));
			seats.put(role, o.id());
			canaries.add(contact);
			canaries.add(email);
			canaries.add(phone);
		}
		String username = "canaryuser" + t;
		String userEmail = "canaryuser" + t + "@users-canary.example";
		users.create(Actor.system(), new CreateUser(username, Fixtures.PASSWORD, Set.of(Role.PARTNER),
				seats.get(PartnerRole.PAKISTANI_ACADEMIA), null, userEmail));
		canaries.add(username);
		canaries.add(userEmail);
		Actor partner = new Actor(username, Set.of(Role.PARTNER), seats.get(PartnerRole.PAKISTANI_ACADEMIA));
		QuadDetails quad = quads.propose(partner, new ProposeQuad("Portal \"Quote\", comma " + t, Sector.ELECTRONICS,
				"Solar inverters, grid-tied", List.of("850440"), seats, new BigDecimal("120000000"), 5));
		fixtures.establish(quad.id(), LocalDate.now().minusMonths(14).withDayOfMonth(1));
		String reason = "Canaryreason" + t;
		quads.transition(Actor.system(), quad.id(), new TransitionQuad(QuadStatus.PRODUCING, reason, null));
		canaries.add(reason);

		report(quad.id(), LocalDate.now().minusMonths(3), new BigDecimal(acceptedUsd), true);
		report(quad.id(), LocalDate.now().minusMonths(2), UNACCEPTED_USD, false);
		ReportDetails returned = report(quad.id(), LocalDate.now().minusMonths(4), new BigDecimal("3131313131.31"),
				false);
		String returnNote = "Canaryreturnnote" + t;
		reports.review(Actor.system(), returned.id(), new ReviewDecision(ReviewDecision.Verdict.RETURN, returnNote, null));
		canaries.add(returnNote);
		canaries.addAll(List.of("4242424242", "4,242,424,242", "4242.4", "4,242.4", "3131313131", "3,131,313,131",
				"3131.3", "3,131.3"));

		String pk = seatedMember(Country.PK, t);
		String cn = seatedMember(Country.CN, t);
		canaries.add(pk);
		canaries.add(cn);
		String attendee = "Canaryattendee" + t;
		String coChair = "Canarycochair" + t;
		canaries.add(attendee);
		canaries.add(coChair);
		MeetingDetails held = committee.createMeeting(Actor.system(), new MeetingCommand("Portal JCC " + t,
				LocalDate.now().minusDays(20), "Islamabad", null, coChair, coChair + "cn",
				List.of(new Attendee(attendee, Country.PK, "Member")), null));
		String publicDecision = "Publicdecision" + t + " approves the inverter line";
		committee.recordDecision(new Actor(pk, Set.of(Role.COMMITTEE), null), held.id(), new DecisionCommand(
				publicDecision, "公开决定" + t, "عوامی فیصلہ" + t, null, "QUAD", quad.id(), null));
		String minutesText = "Canaryminutes" + t;
		canaries.add(minutesText);
		minutes.draft(Actor.system(), held.id(), new MinutesCommand(minutesText, null));
		String owner = "Canaryowner" + t;
		canaries.add(owner);
		actions.create(Actor.system(), held.id(), new ActionItemCommand("Canaryaction" + t, Country.PK, owner,
				LocalDate.now().plusDays(10), null, null));
		canaries.add("Canaryaction" + t);
		minutes.sign(new Actor(pk, Set.of(Role.COMMITTEE), null), held.id(), new SignMinutes(Country.PK, null, null));
		minutes.sign(new Actor(cn, Set.of(Role.COMMITTEE), null), held.id(), new SignMinutes(Country.CN, null, null));
		minutes.finalise(Actor.system(), held.id(), null);

		MeetingDetails unsigned = committee.createMeeting(Actor.system(), new MeetingCommand("Portal JCC draft " + t,
				LocalDate.now().minusDays(2), "Beijing", null, coChair, coChair + "cn", List.of(), null));
		String draftDecision = "Canarydraftdecision" + t;
		committee.recordDecision(new Actor(pk, Set.of(Role.COMMITTEE), null), unsigned.id(), new DecisionCommand(
				draftDecision, "草案" + draftDecision, "مسودہ" + draftDecision, null, "QUAD", quad.id(), null));
		minutes.draft(Actor.system(), unsigned.id(), new MinutesCommand("Canaryunsignedminutes" + t, null));
		canaries.add(draftDecision);
		canaries.add("Canaryunsignedminutes" + t);
		canaries.add("Portal JCC draft " + t);
		return new Seeded(quads.find(Actor.system(), quad.id()), publicDecision, canaries);
	}

	private String seatedMember(Country side, String t) {
		String username = "canarymember" + side.name().toLowerCase() + t;
		users.ensure(username, Fixtures.PASSWORD, Set.of(Role.COMMITTEE), null);
		members.seat(Actor.system(), username, new MemberCommand(side, "Member for " + side, null));
		return username;
	}

	/** A one-line monthly report submitted by the system and, if asked, accepted. */
	ReportDetails report(long quadId, LocalDate month, BigDecimal valueUsd, boolean accept) {
		SubmitReport body = new SubmitReport(month.toString().substring(0, 7), List.of(new SubmitReport.Line(null,
				"850440", "AE", valueUsd, BigDecimal.TEN, "units")), null, null, null, null, null, null, null, null, null);
		ReportDetails report = reports.submit(Actor.system(), quadId, body, null).report();
		if (accept) {
			report = reports.review(Actor.system(), report.id(), new ReviewDecision(ReviewDecision.Verdict.ACCEPT, null,
					null));
		}
		return report;
	}
}
