package org.quadhub.matching.solver;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact optimum by enumeration over every seat's candidates, with branch and bound: a branch is cut when even
 * its most optimistic completion (best single-seat points, every remaining pair a collaboration, no further hard
 * or spread penalty) cannot beat the best found. Cuts never drop the optimum, so the answer is exact.
 */
final class ExactSearch {

	private final MatchingPlan plan;
	private final List<Seat> seats;
	private final Candidate[][] domains;
	private final Candidate[] chosen;
	private final long[] bestUnaryFrom;
	private final int[] pairsFrom;
	private HardSoftLongScore best;
	private Candidate[] bestAssignment = new Candidate[0];
	long nodes;

	ExactSearch(MatchingPlan plan) {
		this.plan = plan;
		this.seats = plan.getSeats();
		this.domains = new Candidate[seats.size()][];
		this.chosen = new Candidate[seats.size()];
		for (int i = 0; i < seats.size(); i++) {
			Seat seat = seats.get(i);
			domains[i] = seat.getCandidates().stream()
				.sorted(Comparator.comparingLong((Candidate c) -> -Instances.unary(seat, c)))
				.toArray(Candidate[]::new);
		}
		bestUnaryFrom = new long[seats.size() + 1];
		pairsFrom = new int[seats.size() + 1];
		for (int i = seats.size() - 1; i >= 0; i--) {
			bestUnaryFrom[i] = bestUnaryFrom[i + 1] + Instances.unary(seats.get(i), domains[i][0]);
			int earlierInSlot = 0;
			for (int j = 0; j < i; j++) {
				if (seats.get(j).getSlot() == seats.get(i).getSlot()) {
					earlierInSlot++;
				}
			}
			pairsFrom[i] = pairsFrom[i + 1] + earlierInSlot;
		}
		best = HardSoftLongScore.of(Long.MIN_VALUE / 4, Long.MIN_VALUE / 4);
	}

	HardSoftLongScore optimum() {
		search(0, 0, 0, new HashMap<>());
		return best;
	}

	private void search(int seat, long hard, long soft, Map<Candidate, Integer> count) {
		nodes++;
		if (seat == seats.size()) {
			HardSoftLongScore score = Instances.score(plan, chosen);
			if (score.compareTo(best) > 0) {
				best = score;
				bestAssignment = chosen.clone();
			}
			return;
		}
		long optimistic = soft + bestUnaryFrom[seat]
				+ (long) pairsFrom[seat] * Instances.WEIGHTS[2] * MatchingConstraints.COLLABORATION_POINTS;
		if (hard < best.hardScore() || (hard == best.hardScore() && optimistic <= best.softScore())) {
			return;
		}
		Seat current = seats.get(seat);
		for (Candidate c : domains[seat]) {
			chosen[seat] = c;
			long h = hard;
			long s = soft + Instances.unary(current, c);
			if (!c.fits(current.getRole()) || c.excluded()) {
				h--;
			}
			for (int j = 0; j < seat; j++) {
				if (seats.get(j).getSlot() == current.getSlot()) {
					if (chosen[j] == c || chosen[j].incompatibleWith(c)) {
						h--;
					}
					if (chosen[j].collaboratedWith(c)) {
						s += (long) Instances.WEIGHTS[2] * MatchingConstraints.COLLABORATION_POINTS;
					}
				}
			}
			int n = count.getOrDefault(c, 0);
			if (c.existingQuads() + n + 1 > c.capacity()) {
				h--;
			}
			s -= Instances.WEIGHTS[4] * (MatchingConstraints.spreadPoints(c.existingQuads(), n + 1)
					- MatchingConstraints.spreadPoints(c.existingQuads(), n));
			count.put(c, n + 1);
			search(seat + 1, h, s, count);
			if (n == 0) {
				count.remove(c);
			}
			else {
				count.put(c, n);
			}
		}
		chosen[seat] = null;
	}

	/** The optimal assignment found, one candidate per seat in seat order. */
	Candidate[] bestAssignment() {
		return bestAssignment.clone();
	}

	static String describe(Candidate[] assignment) {
		return Arrays.toString(assignment);
	}
}
