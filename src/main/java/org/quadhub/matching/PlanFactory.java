package org.quadhub.matching;

import org.quadhub.matching.solver.Candidate;
import org.quadhub.matching.solver.GreedyStart;
import org.quadhub.matching.solver.MatchingPlan;
import org.quadhub.matching.solver.MatchingSolver;
import org.quadhub.matching.solver.QuadSlot;
import org.quadhub.matching.solver.Seat;
import org.quadhub.quads.PartnerRole;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntBiFunction;

/**
 * Turns slots into the solver's problem: one seat per role per slot, each choosing among the role's eligible
 * organisations (excluded and full ones are left out of the value range, and the hard rules still guard them),
 * and a greedy first assignment so the solver starts from a feasible answer.
 */
final class PlanFactory {

	private PlanFactory() {
	}

	static MatchingPlan plan(Pool pool, List<Scoring.Product> products, List<String> labels, MatchingWeights weights,
			ToIntBiFunction<Scoring.Product, Profile> strength) {
		Map<PartnerRole, List<Profile>> eligible = new EnumMap<>(PartnerRole.class);
		Map<PartnerRole, List<Candidate>> ranges = new EnumMap<>(PartnerRole.class);
		Set<Candidate> all = new LinkedHashSet<>();
		for (PartnerRole role : PartnerRole.values()) {
			List<Profile> profiles = pool.eligible(role);
			eligible.put(role, profiles);
			List<Candidate> candidates = profiles.stream().map(Profile::candidate).toList();
			ranges.put(role, candidates);
			all.addAll(candidates);
		}
		List<QuadSlot> slots = new ArrayList<>();
		List<Seat> seats = new ArrayList<>();
		for (int i = 0; i < products.size(); i++) {
			Scoring.Product product = products.get(i);
			Map<Long, Integer> fit = new HashMap<>();
			Map<Long, Integer> distance = new HashMap<>();
			Map<Long, Integer> strong = new HashMap<>();
			for (PartnerRole role : PartnerRole.values()) {
				for (Profile p : eligible.get(role)) {
					fit.put(p.id(), Scoring.fitPoints(product, p));
					if (role.country() == org.quadhub.shared.Country.PK) {
						distance.put(p.id(), Scoring.distancePoints(product, p));
					}
					if (role == PartnerRole.CHINESE_INDUSTRY) {
						strong.put(p.id(), strength.applyAsInt(product, p));
					}
				}
			}
			QuadSlot slot = new QuadSlot(i, labels.get(i), product.sector(), product.hsCodes(), fit, distance, strong);
			slots.add(slot);
			for (PartnerRole role : PartnerRole.values()) {
				seats.add(new Seat(slot, role, ranges.get(role)));
			}
		}
		MatchingWeights w = weights.complete();
		MatchingPlan plan = new MatchingPlan(new ArrayList<>(all), slots, seats, MatchingSolver.weights(w.fit(),
				w.distance(), w.collaboration(), w.trackRecord(), w.spread(), w.strength()));
		// A feasible first answer in milliseconds; the solver's construction heuristic only fills what it left empty.
		GreedyStart.assign(plan);
		return plan;
	}
}
