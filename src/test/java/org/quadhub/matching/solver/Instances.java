package org.quadhub.matching.solver;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.quadhub.quads.PartnerRole;
import org.quadhub.shared.Sector;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random matching problems with a planted feasible assignment (so every instance has one), and an independent
 * plain-Java scorer that the exact search and the solver's answers are both measured with.
 */
final class Instances {

	static final int[] WEIGHTS = { 10, 3, 2, 2, 3, 4 };

	private Instances() {
	}

	/** {@code slots} slots, {@code perRole} candidates per role, with exclusions, full ones, pairs and points. */
	static MatchingPlan generate(long seed, int slots, int perRole) {
		Random random = new Random(seed);
		Map<PartnerRole, List<long[]>> specs = new EnumMap<>(PartnerRole.class);
		long nextId = 1;
		Map<Long, PartnerRole> roleOf = new HashMap<>();
		for (PartnerRole role : PartnerRole.values()) {
			List<long[]> list = new ArrayList<>();
			for (int i = 0; i < perRole; i++) {
				roleOf.put(nextId, role);
				list.add(new long[] { nextId++ });
			}
			specs.put(role, list);
		}
		// Planted assignment: slot s, role r takes candidate planted[s][r]; the first perRole-2 candidates are eligible.
		long[][] planted = new long[slots][4];
		Map<Long, Integer> plantedLoad = new HashMap<>();
		for (int s = 0; s < slots; s++) {
			for (PartnerRole role : PartnerRole.values()) {
				long id = specs.get(role).get(random.nextInt(Math.max(1, perRole - 2)))[0];
				planted[s][role.ordinal()] = id;
				plantedLoad.merge(id, 1, Integer::sum);
			}
		}
		Set<Long> pairKeysPlanted = new HashSet<>();
		for (long[] quartet : planted) {
			for (int i = 0; i < 4; i++) {
				for (int j = 0; j < 4; j++) {
					pairKeysPlanted.add(quartet[i] * 1_000_000 + quartet[j]);
				}
			}
		}
		Map<Long, Set<Long>> incompatible = new HashMap<>();
		Map<Long, Set<Long>> collaborated = new HashMap<>();
		List<Long> ids = new ArrayList<>(roleOf.keySet());
		for (int k = 0; k < ids.size(); k++) {
			for (int l = k + 1; l < ids.size(); l++) {
				long a = ids.get(k), b = ids.get(l);
				if (roleOf.get(a) == roleOf.get(b)) {
					continue;
				}
				double draw = random.nextDouble();
				if (draw < 0.06 && !pairKeysPlanted.contains(a * 1_000_000 + b)) {
					incompatible.computeIfAbsent(a, x -> new HashSet<>()).add(b);
				}
				else if (draw > 0.88) {
					collaborated.computeIfAbsent(a, x -> new HashSet<>()).add(b);
				}
			}
		}
		List<Candidate> candidates = new ArrayList<>();
		Map<PartnerRole, List<Candidate>> byRole = new EnumMap<>(PartnerRole.class);
		for (PartnerRole role : PartnerRole.values()) {
			List<Candidate> list = new ArrayList<>();
			for (int i = 0; i < perRole; i++) {
				long id = specs.get(role).get(i)[0];
				int load = plantedLoad.getOrDefault(id, 0);
				boolean tail = i >= perRole - 2;
				// The last two of each role are excluded or already full; the rest have room for the planted load.
				String exclusion = tail && i == perRole - 1 ? "SANCTIONED" : null;
				int existing = tail && exclusion == null ? 2 : random.nextInt(2);
				int capacity = tail && exclusion == null ? 2 : existing + load + random.nextInt(2);
				Candidate c = new Candidate(id, role + "-" + i, role.country(), role.kind(), capacity, existing,
						exclusion, incompatible.getOrDefault(id, Set.of()), collaborated.getOrDefault(id, Set.of()),
						random.nextInt(1001));
				list.add(c);
				candidates.add(c);
			}
			byRole.put(role, list);
		}
		List<QuadSlot> slotList = new ArrayList<>();
		List<Seat> seats = new ArrayList<>();
		for (int s = 0; s < slots; s++) {
			Map<Long, Integer> fit = new HashMap<>(), distance = new HashMap<>(), strength = new HashMap<>();
			for (Candidate c : candidates) {
				fit.put(c.id(), random.nextInt(1001));
				distance.put(c.id(), random.nextInt(1001));
				strength.put(c.id(), random.nextInt(1001));
			}
			QuadSlot slot = new QuadSlot(s, "slot " + s, Sector.values()[s % Sector.values().length], List.of("8507"),
					fit, distance, strength);
			slotList.add(slot);
			for (PartnerRole role : PartnerRole.values()) {
				seats.add(new Seat(slot, role, byRole.get(role)));
			}
		}
		return new MatchingPlan(candidates, slotList, seats, MatchingSolver.weights(WEIGHTS[0], WEIGHTS[1], WEIGHTS[2],
				WEIGHTS[3], WEIGHTS[4], WEIGHTS[5]));
	}

	/** The score of an assignment (one candidate per seat, in seat order), computed without Timefold. */
	static HardSoftLongScore score(MatchingPlan plan, Candidate[] chosen) {
		List<Seat> seats = plan.getSeats();
		long hard = 0, soft = 0;
		Map<Candidate, Integer> count = new HashMap<>();
		for (int i = 0; i < seats.size(); i++) {
			Seat seat = seats.get(i);
			Candidate c = chosen[i];
			soft += unary(seat, c);
			if (!c.fits(seat.getRole())) {
				hard--;
			}
			if (c.excluded()) {
				hard--;
			}
			count.merge(c, 1, Integer::sum);
			for (int j = 0; j < i; j++) {
				if (seats.get(j).getSlot() != seat.getSlot()) {
					continue;
				}
				if (chosen[j] == c) {
					hard--;
				}
				if (chosen[j].incompatibleWith(c)) {
					hard--;
				}
				if (chosen[j].collaboratedWith(c)) {
					soft += (long) WEIGHTS[2] * MatchingConstraints.COLLABORATION_POINTS;
				}
			}
		}
		for (Map.Entry<Candidate, Integer> e : count.entrySet()) {
			Candidate c = e.getKey();
			int over = c.existingQuads() + e.getValue() - c.capacity();
			if (over > 0) {
				hard -= over;
			}
			soft -= WEIGHTS[4] * MatchingConstraints.spreadPoints(c.existingQuads(), e.getValue());
		}
		return HardSoftLongScore.of(hard, soft);
	}

	/** Weighted soft points of one seat on its own (fit, distance, track record, strength). */
	static long unary(Seat seat, Candidate c) {
		QuadSlot slot = seat.getSlot();
		long soft = (long) WEIGHTS[0] * slot.fitPoints(c) + (long) WEIGHTS[3] * c.trackRecordPoints();
		if (seat.pakistani()) {
			soft -= (long) WEIGHTS[1] * slot.distancePoints(c);
		}
		if (seat.getRole() == PartnerRole.CHINESE_INDUSTRY) {
			soft += (long) WEIGHTS[5] * slot.strengthPoints(c);
		}
		return soft;
	}
}
