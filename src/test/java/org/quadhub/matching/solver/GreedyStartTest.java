package org.quadhub.matching.solver;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import org.junit.jupiter.api.Test;
import org.quadhub.quads.PartnerRole;
import org.quadhub.shared.Sector;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The greedy first assignment: never breaks a hard rule, and gives the best organisations to the first seats. */
class GreedyStartTest {

	private static final SolutionManager<MatchingPlan, HardSoftLongScore> SCORER = SolutionManager
		.create(SolverFactory.<MatchingPlan>create(MatchingSolver.config(Duration.ofSeconds(1), 0)));

	@Test
	void neverBreaksAHardRuleAndACompleteStartScoresZeroHard() {
		int complete = 0;
		for (long seed = 1; seed <= 200; seed++) {
			MatchingPlan plan = Instances.generate(seed, 8, 10);
			int empty = GreedyStart.assign(plan);
			Map<Long, Integer> load = new HashMap<>();
			Map<Integer, List<Candidate>> bySlot = new HashMap<>();
			int filled = 0;
			for (Seat seat : plan.getSeats()) {
				Candidate c = seat.getOrganisation();
				if (c == null) {
					continue;
				}
				filled++;
				assertThat(c.fits(seat.getRole())).as("role fit, seed %d", seed).isTrue();
				assertThat(c.excluded()).as("excluded never chosen, seed %d", seed).isFalse();
				load.merge(c.id(), 1, Integer::sum);
				bySlot.computeIfAbsent(seat.getSlot().index(), k -> new ArrayList<>()).add(c);
			}
			assertThat(filled + empty).isEqualTo(plan.getSeats().size());
			for (Candidate c : plan.getCandidates()) {
				assertThat(c.existingQuads() + load.getOrDefault(c.id(), 0)).as("capacity of %s, seed %d", c, seed)
					.isLessThanOrEqualTo(Math.max(c.capacity(), c.existingQuads()));
			}
			for (List<Candidate> quartet : bySlot.values()) {
				for (int i = 0; i < quartet.size(); i++) {
					for (int j = i + 1; j < quartet.size(); j++) {
						assertThat(quartet.get(i).id()).isNotEqualTo(quartet.get(j).id());
						assertThat(quartet.get(i).incompatibleWith(quartet.get(j))).as("seed %d", seed).isFalse();
					}
				}
			}
			if (empty == 0) {
				complete++;
				assertThat(SCORER.update(plan).hardScore()).as("hard score of a complete start, seed %d", seed).isZero();
			}
		}
		assertThat(complete).as("most generated instances are filled completely").isGreaterThan(100);
	}

	@Test
	void theFirstSlotGetsTheBestFitAndTheNextOneTheRunnerUpWhenCapacityIsOne() {
		Map<PartnerRole, List<Candidate>> byRole = new EnumMap<>(PartnerRole.class);
		List<Candidate> all = new ArrayList<>();
		Map<Long, Integer> fit = new HashMap<>();
		long id = 1;
		for (PartnerRole role : PartnerRole.values()) {
			Candidate best = new Candidate(id++, role + " best", role.country(), role.kind(), 1, 0, null, Set.of(),
					Set.of(), 0);
			Candidate second = new Candidate(id++, role + " second", role.country(), role.kind(), 1, 0, null, Set.of(),
					Set.of(), 0);
			Candidate sanctioned = new Candidate(id++, role + " sanctioned", role.country(), role.kind(), 3, 0,
					"SANCTIONED", Set.of(), Set.of(), 0);
			fit.put(best.id(), 900);
			fit.put(second.id(), 500);
			fit.put(sanctioned.id(), 1000);
			byRole.put(role, List.of(best, second, sanctioned));
			all.addAll(byRole.get(role));
		}
		List<QuadSlot> slots = new ArrayList<>();
		List<Seat> seats = new ArrayList<>();
		for (int s = 0; s < 2; s++) {
			QuadSlot slot = new QuadSlot(s, "slot " + s, Sector.ELECTRONICS, List.of("8542"), fit, Map.of(), Map.of());
			slots.add(slot);
			for (PartnerRole role : PartnerRole.values()) {
				seats.add(new Seat(slot, role, byRole.get(role)));
			}
		}
		MatchingPlan plan = new MatchingPlan(all, slots, seats, MatchingSolver.weights(10, 3, 2, 2, 3, 4));

		assertThat(GreedyStart.assign(plan)).isZero();

		for (Seat seat : plan.getSeats()) {
			String expected = seat.getRole() + (seat.getSlot().index() == 0 ? " best" : " second");
			assertThat(seat.organisation().name()).as(seat.getId()).isEqualTo(expected);
		}
		assertThat(SCORER.update(plan).hardScore()).isZero();
	}
}
