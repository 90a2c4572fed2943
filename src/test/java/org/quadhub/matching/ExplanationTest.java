package org.quadhub.matching;

import org.junit.jupiter.api.Test;
import org.jspecify.annotations.Nullable;
import org.quadhub.matching.solver.Candidate;
import org.quadhub.matching.solver.MatchingConstraints;
import org.quadhub.partners.OrganisationDetails;
import org.quadhub.quads.PartnerRole;
import org.quadhub.shared.Country;
import org.quadhub.shared.Sector;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Proposals read as the issue promises, and their breakdown adds up to the score. No Spring, no database. */
class ExplanationTest {

	private static final List<String> REQUIRED = List.of("lithium-ion cells", "battery packs", "battery materials",
			"energy storage", "cell chemistry");
	private static final Place LAHORE = new Place("Lahore", "Punjab", 31.5204, 74.3587);
	private static final Place KARACHI = new Place("Karachi", "Sindh", 24.8607, 67.0011);

	private final Map<Long, Profile> byId = new LinkedHashMap<>();
	private final Map<PartnerRole, List<Profile>> byRole = new EnumMap<>(PartnerRole.class);

	private Profile add(long id, String name, PartnerRole role, List<String> capabilities, int existing, int capacity,
			@Nullable String exclusion, @Nullable Place place, Set<Long> incompatible, Set<Long> collaborated) {
		OrganisationDetails details = new OrganisationDetails(id, name, null, null, role.country(), role.kind(),
				List.of(Sector.ELECTRIC_VEHICLES_AND_BATTERIES), capabilities, place == null ? null : place.name(), null,
				null, null, null, null, null, true, Instant.EPOCH, Instant.EPOCH, 0);
		Set<String> keys = new LinkedHashSet<>();
		capabilities.forEach(c -> keys.add(Scoring.key(c)));
		Profile p = new Profile(details, keys, capacity, existing, exclusion, place, new Candidate(id, name,
				role.country(), role.kind(), capacity, existing, exclusion, incompatible, collaborated, 0));
		byId.put(id, p);
		byRole.computeIfAbsent(role, r -> new ArrayList<>()).add(p);
		return p;
	}

	private Pool pool() {
		return new Pool(byId, byRole, Map.of("lahore", LAHORE, "karachi", KARACHI));
	}

	private Scoring.Product product(Pool pool, @Nullable Place zone) {
		return Scoring.product(pool, new SlotRequest(null, Sector.ELECTRIC_VEHICLES_AND_BATTERIES, null,
				List.of("850760"), REQUIRED, null, null), zone, zone == null ? null : zone.name());
	}

	private void registry() {
		add(1, "CATL", PartnerRole.CHINESE_INDUSTRY, REQUIRED.subList(0, 4), 2, 3, null, null, Set.of(), Set.of(11L));
		add(2, "Sanctioned Cells", PartnerRole.CHINESE_INDUSTRY, REQUIRED, 0, 2, "SANCTIONED", null, Set.of(), Set.of());
		add(3, "Full Cells", PartnerRole.CHINESE_INDUSTRY, REQUIRED, 2, 2, null, null, Set.of(), Set.of());
		add(4, "Small Cells", PartnerRole.CHINESE_INDUSTRY, REQUIRED.subList(0, 1), 0, 2, null, null, Set.of(), Set.of());
		add(11, "Atlas Battery", PartnerRole.PAKISTANI_INDUSTRY, REQUIRED.subList(0, 3), 0, 2, null, KARACHI, Set.of(), Set.of());
		add(12, "Lahore Packs", PartnerRole.PAKISTANI_INDUSTRY, REQUIRED.subList(1, 4), 0, 2, null, LAHORE, Set.of(21L), Set.of());
		add(21, "Central South University", PartnerRole.CHINESE_ACADEMIA, REQUIRED.subList(0, 5), 1, 3, null, null, Set.of(), Set.of());
		add(22, "Other Institute", PartnerRole.CHINESE_ACADEMIA, REQUIRED.subList(0, 2), 0, 3, null, null, Set.of(), Set.of());
		add(31, "GIKI", PartnerRole.PAKISTANI_ACADEMIA, REQUIRED.subList(2, 4), 0, 3, null, LAHORE, Set.of(), Set.of());
	}

	@Test
	void aPartnerSentenceNamesCapabilitiesMatchedAndLoadAgainstCapacity() {
		registry();
		Pool pool = pool();
		assertThat(Explanation.partnerSentence(product(pool, null), pool.byId().get(1L), 1))
			.isEqualTo("CATL: 4 of 5 required capabilities; already in 2 QUADs of its capacity 3");
		assertThat(Explanation.partnerSentence(product(pool, null), pool.byId().get(21L), 1))
			.isEqualTo("Central South University: 5 of 5 required capabilities; already in 1 QUAD of its capacity 3");
	}

	@Test
	void theBestQuartetComesFirstAndItsBreakdownAddsUpToItsScore() {
		registry();
		Pool pool = pool();
		List<Explanation.Explained> answer = QuartetSearch.best(pool, product(pool, LAHORE), MatchingWeights.DEFAULT, 10,
				p -> 0);
		assertThat(answer).isNotEmpty();
		for (Explanation.Explained e : answer) {
			assertThat(e.breakdown().stream().mapToLong(ScoreComponent::score).sum()).isEqualTo(e.score());
			assertThat(e.breakdown()).extracting(ScoreComponent::rule).containsExactly(MatchingConstraints.FIT,
					MatchingConstraints.DISTANCE, MatchingConstraints.COLLABORATION, MatchingConstraints.TRACK_RECORD,
					MatchingConstraints.SPREAD, MatchingConstraints.STRENGTH);
		}
		for (int i = 1; i < answer.size(); i++) {
			assertThat(answer.get(i).score()).isLessThanOrEqualTo(answer.get(i - 1).score());
		}
		Explanation.Explained best = answer.get(0);
		assertThat(best.partners().get(PartnerRole.CHINESE_INDUSTRY).name()).isEqualTo("CATL");
		String distance = best.breakdown().get(1).sentence();
		assertThat(distance).startsWith("Pakistani partners to Lahore:").contains("km");
		String collaboration = best.breakdown().get(2).sentence();
		if (best.partners().get(PartnerRole.PAKISTANI_INDUSTRY).id() == 11L) {
			assertThat(collaboration).contains("CATL and Atlas Battery");
		}
	}

	@Test
	void excludedFullAndIncompatibleOrganisationsAreNeverInAProposal() {
		registry();
		Pool pool = pool();
		List<Explanation.Explained> answer = QuartetSearch.best(pool, product(pool, null), MatchingWeights.DEFAULT, 50,
				p -> 0);
		assertThat(answer).isNotEmpty().allSatisfy(e -> {
			assertThat(e.partners().get(PartnerRole.CHINESE_INDUSTRY).id()).isNotIn(2L, 3L);
			assertThat(e.partners().get(PartnerRole.PAKISTANI_INDUSTRY).id() == 12L
					&& e.partners().get(PartnerRole.CHINESE_ACADEMIA).id() == 21L).isFalse();
		});
		// 2 Chinese companies x 2 Pakistani x 2 Chinese academia x 1 Pakistani academia, less the 2 incompatible.
		assertThat(answer).hasSize(6);
	}

	@Test
	void withoutAZoneDistanceIsNotScoredAndTheSentenceSaysSo() {
		registry();
		Pool pool = pool();
		Explanation.Explained best = QuartetSearch.best(pool, product(pool, null), MatchingWeights.DEFAULT, 1, p -> 0).get(0);
		assertThat(best.breakdown().get(1).score()).isZero();
		assertThat(best.breakdown().get(1).sentence()).isEqualTo("No zone location given: distance is not scored.");
		assertThat(best.breakdown().get(5).sentence()).isEqualTo("No product-strength data for CATL: neutral.");
	}
}
