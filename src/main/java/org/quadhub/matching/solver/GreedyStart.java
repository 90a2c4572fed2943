package org.quadhub.matching.solver;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.jspecify.annotations.Nullable;
import org.quadhub.quads.PartnerRole;
import org.quadhub.shared.Country;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A first assignment built in plain Java before the solver starts, so that a large run is feasible in milliseconds
 * instead of after Timefold's construction heuristic has tried every organisation for every seat. Seats are
 * filled one at a time, hardest first (the slots whose best fit is lowest go first, so the rare specialists are
 * still free for them), each with the organisation that adds most to the weighted soft score given the seats
 * already filled (its own points, the growth of its spread cost, collaboration with the slot's partners so far),
 * never breaking a hard rule: wrong role, excluded, at capacity, incompatible with a partner already seated, or
 * twice in one QUAD. A seat no organisation can take stays empty for the construction heuristic. Local search
 * then improves the whole.
 */
public final class GreedyStart {

	private GreedyStart() {
	}

	/** Fills the plan's empty seats in place; returns how many stayed empty. */
	public static int assign(MatchingPlan plan) {
		Weights w = new Weights(plan);
		Map<Long, Integer> load = new HashMap<>();
		for (Seat seat : plan.getSeats()) {
			if (seat.getOrganisation() != null) {
				load.merge(seat.getOrganisation().id(), 1, Integer::sum);
			}
		}
		Map<Integer, List<Seat>> bySlot = new LinkedHashMap<>();
		for (Seat seat : plan.getSeats()) {
			bySlot.computeIfAbsent(seat.getSlot().index(), k -> new ArrayList<>()).add(seat);
		}
		// Slots whose best available organisations fit least are the hardest to serve: they choose first.
		List<List<Seat>> order = new ArrayList<>(bySlot.values());
		Map<Integer, Long> ease = new HashMap<>();
		for (List<Seat> seats : order) {
			long total = 0;
			for (Seat seat : seats) {
				long best = 0;
				for (Candidate c : seat.getCandidates()) {
					best = Math.max(best, seat.getSlot().fitPoints(c));
				}
				total += best;
			}
			ease.put(seats.get(0).getSlot().index(), total);
		}
		order.sort(Comparator.comparingLong((List<Seat> s) -> ease.get(s.get(0).getSlot().index()))
			.thenComparingInt(s -> s.get(0).getSlot().index()));
		int empty = 0;
		for (List<Seat> seats : order) {
			for (Seat seat : seats) {
				if (seat.getOrganisation() != null) {
					continue;
				}
				Candidate best = best(seat, seats, load, w);
				if (best == null) {
					empty++;
					continue;
				}
				seat.setOrganisation(best);
				load.merge(best.id(), 1, Integer::sum);
			}
		}
		return empty;
	}

	private static @Nullable Candidate best(Seat seat, List<Seat> slotSeats, Map<Long, Integer> load, Weights w) {
		Candidate best = null;
		long bestScore = Long.MIN_VALUE;
		QuadSlot slot = seat.getSlot();
		PartnerRole role = seat.getRole();
		for (Candidate c : seat.getCandidates()) {
			int added = load.getOrDefault(c.id(), 0);
			if (!c.fits(role) || c.excluded() || c.existingQuads() + added + 1 > c.capacity()) {
				continue;
			}
			long score = w.fit * slot.fitPoints(c) + w.track * c.trackRecordPoints()
					- w.spread * (MatchingConstraints.spreadPoints(c.existingQuads(), added + 1)
							- MatchingConstraints.spreadPoints(c.existingQuads(), added));
			if (role.country() == Country.PK) {
				score -= w.distance * slot.distancePoints(c);
			}
			if (role == PartnerRole.CHINESE_INDUSTRY) {
				score += w.strength * slot.strengthPoints(c);
			}
			boolean allowed = true;
			for (Seat other : slotSeats) {
				Candidate o = other.getOrganisation();
				if (other == seat || o == null) {
					continue;
				}
				if (o.id() == c.id() || o.incompatibleWith(c)) {
					allowed = false;
					break;
				}
				if (o.collaboratedWith(c)) {
					score += w.collaboration * MatchingConstraints.COLLABORATION_POINTS;
				}
			}
			if (allowed && (score > bestScore || (score == bestScore && best != null && c.id() < best.id()))) {
				best = c;
				bestScore = score;
			}
		}
		return best;
	}

	/** The run's soft weights, read back from the plan's constraint weight overrides (absent: weight one). */
	private static final class Weights {
		final long fit, distance, collaboration, track, spread, strength;

		Weights(MatchingPlan plan) {
			fit = weight(plan, MatchingConstraints.FIT);
			distance = weight(plan, MatchingConstraints.DISTANCE);
			collaboration = weight(plan, MatchingConstraints.COLLABORATION);
			track = weight(plan, MatchingConstraints.TRACK_RECORD);
			spread = weight(plan, MatchingConstraints.SPREAD);
			strength = weight(plan, MatchingConstraints.STRENGTH);
		}

		private static long weight(MatchingPlan plan, String name) {
			HardSoftLongScore weight = plan.getWeights().getConstraintWeight(name);
			return weight == null ? 1 : weight.softScore();
		}
	}
}
