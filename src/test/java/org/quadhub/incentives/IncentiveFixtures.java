package org.quadhub.incentives;

import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.ProposeQuad;
import org.quadhub.approvals.Approvals;
import org.quadhub.approvals.ApprovalsTestSupport;
import org.quadhub.quads.QuadDetails;
import org.quadhub.users.Users;
import org.quadhub.quads.QuadStatus;
import org.quadhub.quads.Quads;
import org.quadhub.quads.TransitionQuad;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Sector;
import org.quadhub.support.Fixtures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Policies, established QUADs and package bodies for the incentive and fiscal tests, through the modules' APIs. */
final class IncentiveFixtures {

	private final Incentives incentives;
	private final Quads quads;
	private final Fixtures fixtures;
	private final Approvals approvals;
	private final Users users;

	IncentiveFixtures(Incentives incentives, Quads quads, Fixtures fixtures, Approvals approvals, Users users) {
		this.incentives = incentives;
		this.quads = quads;
		this.fixtures = fixtures;
		this.approvals = approvals;
		this.users = users;
	}

	static PolicyCommand policyTerms(String name, int years, boolean dutyFree, String landCap, String utilityCap,
			boolean solar, LocalDate from) {
		return new PolicyCommand(name, "Test legal basis for " + name, years, dutyFree, new BigDecimal(landCap),
				new BigDecimal(utilityCap), new BigDecimal(utilityCap), new BigDecimal(utilityCap), solar, null, from, null,
				null);
	}

	/** A published policy version: generous unless told otherwise, in force from 2010. */
	PolicyDetails generousPolicy() {
		return published(policyTerms(Fixtures.unique("Generous policy"), 15, true, "100", "50", true, LocalDate.of(2010, 1, 1)));
	}

	PolicyDetails published(PolicyCommand terms) {
		PolicyDetails draft = incentives.createPolicy(Actor.system(), terms);
		return incentives.publishPolicy(Actor.system(), draft.id());
	}

	QuadDetails establishedQuad(Map<PartnerRole, Long> seats, Sector sector, BigDecimal target, int years,
			LocalDate establishedOn) {
		QuadDetails quad = quads.propose(Actor.system(), new ProposeQuad(Fixtures.unique("Fiscal QUAD"), sector,
				"Test product", List.of("851713"), seats, target, years));
		for (QuadStatus step : List.of(QuadStatus.UNDER_REVIEW, QuadStatus.APPROVED, QuadStatus.AGREEMENT_SIGNED,
				QuadStatus.ESTABLISHED)) {
			if (step == QuadStatus.APPROVED) {
				ApprovalsTestSupport.approveEstablishment(approvals, users, quad.id());
			}
			quads.transition(Actor.system(), quad.id(), new TransitionQuad(step, "test", establishedOn));
		}
		return quads.find(Actor.system(), quad.id());
	}

	QuadDetails establishedQuad(LocalDate establishedOn) {
		return establishedQuad(fixtures.quartet(), Sector.ELECTRONICS, new BigDecimal("1000000000"), 2, establishedOn);
	}

	/** A package body within the generous policy: 10 years from establishment, half-price land, duty-free machinery. */
	static Map<String, Object> packageBody(long policyId, String appliedOn, String exemptionStart) {
		Map<String, Object> body = new HashMap<>();
		body.put("policyVersionId", policyId);
		body.put("appliedOn", appliedOn);
		body.put("landTerms", "SUBSIDISED");
		body.put("landSubsidyPercent", "50");
		body.put("landMarketValue", "280000000");
		body.put("landCurrency", "PKR");
		body.put("taxExemptionYears", 10);
		body.put("taxExemptionStart", exemptionStart);
		body.put("dutyFreeMachinery", true);
		body.put("solarMw", "5");
		body.put("utilityDiscounts", List.of(Map.of("utility", "POWER", "discountPercent", "10",
				"annualBill", "1400000000", "currency", "PKR")));
		return body;
	}
}
