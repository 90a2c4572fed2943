package org.quadhub.matching.solver;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import org.junit.jupiter.api.Test;
import org.quadhub.partners.OrganisationKind;
import org.quadhub.quads.PartnerRole;
import org.quadhub.shared.Country;
import org.quadhub.shared.Sector;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** One test per rule: what it matches and by how much. */
class MatchingConstraintsTest {

	private final ConstraintVerifier<MatchingConstraints, MatchingPlan> verifier = ConstraintVerifier
		.build(new MatchingConstraints(), MatchingPlan.class, Seat.class);

	private static Candidate candidate(long id, PartnerRole role, int capacity, int existing) {
		return new Candidate(id, "Org " + id, role.country(), role.kind(), capacity, existing, null, Set.of(), Set.of(), 0);
	}

	private static QuadSlot slot(int index) {
		return new QuadSlot(index, "slot " + index, Sector.ELECTRONICS, List.of("8517"), Map.of(), Map.of(), Map.of());
	}

	private static Seat seat(QuadSlot slot, PartnerRole role, Candidate organisation) {
		return new Seat(slot, role, List.of(organisation), organisation);
	}

	@Test
	void aSeatTakesOnlyItsRolesCountryAndKind() {
		QuadSlot slot = slot(0);
		Candidate chineseCompany = candidate(1, PartnerRole.CHINESE_INDUSTRY, 2, 0);
		verifier.verifyThat(MatchingConstraints::roleFit)
			.given(seat(slot, PartnerRole.PAKISTANI_ACADEMIA, chineseCompany), seat(slot, PartnerRole.CHINESE_INDUSTRY, chineseCompany))
			.penalizesBy(1);
	}

	@Test
	void oneOrganisationCannotTakeTwoSeatsOfOneQuad() {
		Candidate org = candidate(1, PartnerRole.CHINESE_INDUSTRY, 5, 0);
		QuadSlot first = slot(0);
		QuadSlot second = slot(1);
		verifier.verifyThat(MatchingConstraints::distinctOrganisations)
			.given(seat(first, PartnerRole.CHINESE_INDUSTRY, org), seat(first, PartnerRole.CHINESE_ACADEMIA, org),
					seat(second, PartnerRole.CHINESE_INDUSTRY, org))
			.penalizesBy(1);
	}

	@Test
	void capacityCountsExistingQuadsAndPenalisesEachQuadOver() {
		Candidate busy = candidate(1, PartnerRole.CHINESE_INDUSTRY, 2, 1);
		Candidate free = candidate(2, PartnerRole.CHINESE_INDUSTRY, 2, 0);
		verifier.verifyThat(MatchingConstraints::capacity)
			.given(seat(slot(0), PartnerRole.CHINESE_INDUSTRY, busy), seat(slot(1), PartnerRole.CHINESE_INDUSTRY, busy),
					seat(slot(2), PartnerRole.CHINESE_INDUSTRY, busy), seat(slot(3), PartnerRole.CHINESE_INDUSTRY, free),
					seat(slot(4), PartnerRole.CHINESE_INDUSTRY, free))
			.penalizesBy(2);
	}

	@Test
	void anExcludedOrganisationIsNeverProposed() {
		Candidate sanctioned = new Candidate(1, "Sanctioned", Country.CN, OrganisationKind.INDUSTRY, 2, 0, "SANCTIONED",
				Set.of(), Set.of(), 0);
		Candidate fine = candidate(2, PartnerRole.CHINESE_ACADEMIA, 3, 0);
		verifier.verifyThat(MatchingConstraints::excluded)
			.given(seat(slot(0), PartnerRole.CHINESE_INDUSTRY, sanctioned), seat(slot(0), PartnerRole.CHINESE_ACADEMIA, fine))
			.penalizesBy(1);
	}

	@Test
	void incompatibleOrganisationsNeverSitTogether() {
		Candidate a = new Candidate(1, "A", Country.CN, OrganisationKind.INDUSTRY, 2, 0, null, Set.of(2L), Set.of(), 0);
		Candidate b = candidate(2, PartnerRole.PAKISTANI_INDUSTRY, 2, 0);
		QuadSlot together = slot(0);
		QuadSlot apart = slot(1);
		verifier.verifyThat(MatchingConstraints::incompatiblePairs)
			.given(seat(together, PartnerRole.CHINESE_INDUSTRY, a), seat(together, PartnerRole.PAKISTANI_INDUSTRY, b),
					seat(apart, PartnerRole.CHINESE_INDUSTRY, a))
			.penalizesBy(1);
	}

	@Test
	void fitRewardsTheSlotsPointsForEachPartner() {
		Candidate good = candidate(1, PartnerRole.CHINESE_INDUSTRY, 2, 0);
		Candidate poor = candidate(2, PartnerRole.PAKISTANI_INDUSTRY, 2, 0);
		QuadSlot slot = new QuadSlot(0, "s", Sector.ELECTRONICS, List.of("8517"), Map.of(1L, 900, 2L, 100), Map.of(),
				Map.of());
		verifier.verifyThat(MatchingConstraints::capabilityAndSectorFit)
			.given(seat(slot, PartnerRole.CHINESE_INDUSTRY, good), seat(slot, PartnerRole.PAKISTANI_INDUSTRY, poor))
			.rewardsWith(1000);
	}

	@Test
	void distanceCountsOnlyPakistaniPartners() {
		Candidate chinese = candidate(1, PartnerRole.CHINESE_ACADEMIA, 3, 0);
		Candidate pakistani = candidate(2, PartnerRole.PAKISTANI_ACADEMIA, 3, 0);
		QuadSlot slot = new QuadSlot(0, "s", Sector.ELECTRONICS, List.of("8517"), Map.of(), Map.of(1L, 800, 2L, 350),
				Map.of());
		verifier.verifyThat(MatchingConstraints::distanceToZone)
			.given(seat(slot, PartnerRole.CHINESE_ACADEMIA, chinese), seat(slot, PartnerRole.PAKISTANI_ACADEMIA, pakistani))
			.penalizesBy(350);
	}

	@Test
	void priorCollaborationRewardsEachPairInTheSameQuad() {
		Candidate a = new Candidate(1, "A", Country.CN, OrganisationKind.INDUSTRY, 2, 0, null, Set.of(), Set.of(2L, 3L), 0);
		Candidate b = candidate(2, PartnerRole.PAKISTANI_INDUSTRY, 2, 0);
		Candidate c = candidate(3, PartnerRole.CHINESE_ACADEMIA, 3, 0);
		QuadSlot slot = slot(0);
		QuadSlot other = slot(1);
		verifier.verifyThat(MatchingConstraints::priorCollaboration)
			.given(seat(slot, PartnerRole.CHINESE_INDUSTRY, a), seat(slot, PartnerRole.PAKISTANI_INDUSTRY, b),
					seat(slot, PartnerRole.CHINESE_ACADEMIA, c), seat(other, PartnerRole.PAKISTANI_INDUSTRY, b))
			.rewardsWith(2 * MatchingConstraints.COLLABORATION_POINTS);
	}

	@Test
	void trackRecordRewardsReportedResults() {
		Candidate proven = new Candidate(1, "A", Country.CN, OrganisationKind.INDUSTRY, 2, 0, null, Set.of(), Set.of(), 650);
		Candidate fresh = candidate(2, PartnerRole.PAKISTANI_INDUSTRY, 2, 0);
		verifier.verifyThat(MatchingConstraints::trackRecord)
			.given(seat(slot(0), PartnerRole.CHINESE_INDUSTRY, proven), seat(slot(0), PartnerRole.PAKISTANI_INDUSTRY, fresh))
			.rewardsWith(650);
	}

	@Test
	void spreadMakesEveryExtraQuadCostMoreThanTheLast() {
		Candidate loaded = candidate(1, PartnerRole.CHINESE_ACADEMIA, 5, 1);
		// existing 1, two more: 100 * (3^2 - 1^2) = 800
		verifier.verifyThat(MatchingConstraints::spread)
			.given(seat(slot(0), PartnerRole.CHINESE_ACADEMIA, loaded), seat(slot(1), PartnerRole.CHINESE_ACADEMIA, loaded))
			.penalizesBy(800);
	}

	@Test
	void strengthCountsOnlyTheChineseCompany() {
		Candidate company = candidate(1, PartnerRole.CHINESE_INDUSTRY, 2, 0);
		Candidate institute = candidate(2, PartnerRole.CHINESE_ACADEMIA, 3, 0);
		QuadSlot slot = new QuadSlot(0, "s", Sector.ELECTRONICS, List.of("8517"), Map.of(), Map.of(),
				Map.of(1L, 700, 2L, 900));
		verifier.verifyThat(MatchingConstraints::productStrength)
			.given(seat(slot, PartnerRole.CHINESE_INDUSTRY, company), seat(slot, PartnerRole.CHINESE_ACADEMIA, institute))
			.rewardsWith(700);
	}
}
