package org.quadhub.matching;

import org.quadhub.matching.solver.MatchingConstraints;
import org.quadhub.quads.PartnerRole;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.ToIntFunction;

/**
 * The best quartets for one product. Each role's eligible organisations are ranked by their own points; the best
 * few per role are combined exhaustively, adding the pair terms (prior collaboration) and dropping incompatible
 * pairs. Roles never share an organisation (each role is one country and kind), so four seats are always four
 * organisations.
 */
final class QuartetSearch {

	/** Per role, how many of the best organisations are combined: 20 gives 160,000 quartets, a few milliseconds. */
	static final int SHORTLIST = 20;

	private QuartetSearch() {
	}

	static List<Explanation.Explained> best(Pool pool, Scoring.Product product, MatchingWeights weights, int top,
			ToIntFunction<Profile> strength) {
		PartnerRole[] roles = PartnerRole.values();
		List<List<Profile>> shortlists = new ArrayList<>();
		List<long[]> unary = new ArrayList<>();
		for (PartnerRole role : roles) {
			List<Profile> eligible = new ArrayList<>(pool.eligible(role));
			Map<Long, Long> own = new HashMap<>();
			for (Profile p : eligible) {
				own.put(p.id(), unaryScore(product, role, p, weights, strength));
			}
			eligible.sort(Comparator.comparingLong((Profile p) -> -own.get(p.id())).thenComparingLong(Profile::id));
			List<Profile> shortlist = eligible.subList(0, Math.min(eligible.size(), Math.max(SHORTLIST, top)));
			if (shortlist.isEmpty()) {
				return List.of();
			}
			shortlists.add(shortlist);
			unary.add(shortlist.stream().mapToLong(p -> own.get(p.id())).toArray());
		}
		long pairScore = (long) MatchingConstraints.COLLABORATION_POINTS * weights.collaboration();
		Comparator<long[]> worstFirst = Comparator.comparingLong((long[] c) -> c[0])
			.thenComparing((long[] c) -> -c[1]);
		PriorityQueue<long[]> kept = new PriorityQueue<>(worstFirst);
		List<Profile> a = shortlists.get(0), b = shortlists.get(1), c = shortlists.get(2), d = shortlists.get(3);
		for (int i = 0; i < a.size(); i++) {
			for (int j = 0; j < b.size(); j++) {
				long ab = pair(a.get(i), b.get(j), pairScore);
				if (ab < 0) {
					continue;
				}
				for (int k = 0; k < c.size(); k++) {
					long ac = pair(a.get(i), c.get(k), pairScore);
					long bc = pair(b.get(j), c.get(k), pairScore);
					if (ac < 0 || bc < 0) {
						continue;
					}
					long abc = unary.get(0)[i] + unary.get(1)[j] + unary.get(2)[k] + ab + ac + bc;
					for (int l = 0; l < d.size(); l++) {
						long ad = pair(a.get(i), d.get(l), pairScore);
						long bd = pair(b.get(j), d.get(l), pairScore);
						long cd = pair(c.get(k), d.get(l), pairScore);
						if (ad < 0 || bd < 0 || cd < 0) {
							continue;
						}
						long score = abc + unary.get(3)[l] + ad + bd + cd;
						// Ties go to the lexicographically smaller index tuple, so answers are repeatable.
						long order = ((long) i << 48) | ((long) j << 32) | ((long) k << 16) | l;
						if (kept.size() < top) {
							kept.add(new long[] { score, order, i, j, k, l });
						}
						else if (worstFirst.compare(new long[] { score, order }, kept.peek()) > 0) {
							kept.poll();
							kept.add(new long[] { score, order, i, j, k, l });
						}
					}
				}
			}
		}
		List<long[]> ranked = new ArrayList<>(kept);
		ranked.sort(worstFirst.reversed());
		List<Explanation.Explained> answer = new ArrayList<>();
		for (long[] r : ranked) {
			Map<PartnerRole, Profile> quartet = new EnumMap<>(PartnerRole.class);
			for (int s = 0; s < 4; s++) {
				quartet.put(roles[s], shortlists.get(s).get((int) r[2 + s]));
			}
			answer.add(Explanation.explain(product, quartet, weights, Map.of(), strength));
		}
		return answer;
	}

	/** The points one organisation brings to a seat on its own (everything but pairs), weighted. */
	static long unaryScore(Scoring.Product product, PartnerRole role, Profile p, MatchingWeights w,
			ToIntFunction<Profile> strength) {
		long score = (long) w.fit() * Scoring.fitPoints(product, p);
		if (role.country() == org.quadhub.shared.Country.PK) {
			score -= (long) w.distance() * Scoring.distancePoints(product, p);
		}
		score += (long) w.trackRecord() * p.candidate().trackRecordPoints();
		score -= w.spread() * MatchingConstraints.spreadPoints(p.existingQuads(), 1);
		if (role == PartnerRole.CHINESE_INDUSTRY) {
			score += (long) w.strength() * strength.applyAsInt(p);
		}
		return score;
	}

	/** The pair's score, or -1 when the two may never sit together. */
	private static long pair(Profile x, Profile y, long collaboration) {
		if (x.candidate().incompatibleWith(y.candidate())) {
			return -1;
		}
		return x.candidate().collaboratedWith(y.candidate()) ? collaboration : 0;
	}
}
