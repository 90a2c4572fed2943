package org.quadhub.matching;

import org.quadhub.matching.solver.MatchingConstraints;
import org.quadhub.quads.PartnerRole;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.ToIntFunction;

/** Explains a quartet: one sentence per partner and one component per soft rule, adding up to the score. */
final class Explanation {

	private Explanation() {
	}

	record Explained(long score, Map<PartnerRole, Proposal.ProposedPartner> partners, List<ScoreComponent> breakdown) {
	}

	/**
	 * @param added how many QUADs of this answer each organisation takes (1 for a one-QUAD proposal)
	 * @param strength each Chinese company's strength points for this product
	 */
	static Explained explain(Scoring.Product product, Map<PartnerRole, Profile> quartet, MatchingWeights weights,
			Map<Long, Integer> added, ToIntFunction<Profile> strength) {
		Map<PartnerRole, Proposal.ProposedPartner> partners = new EnumMap<>(PartnerRole.class);
		quartet.forEach((role, p) -> partners.put(role, new Proposal.ProposedPartner(p.id(), p.name(),
				partnerSentence(product, p, added.getOrDefault(p.id(), 1)))));
		List<ScoreComponent> breakdown = new ArrayList<>();

		long fit = 0;
		List<String> fits = new ArrayList<>();
		for (Profile p : quartet.values()) {
			fit += Scoring.fitPoints(product, p);
			fits.add(p.name() + (product.required().isEmpty() ? "" : " " + Scoring.matched(product, p) + " of "
					+ product.required().size()) + (Scoring.inSector(product, p) ? ", in the sector" : ", outside the sector"));
		}
		breakdown.add(component(MatchingConstraints.FIT, fit, weights.fit(),
				"Capabilities and sector: " + String.join("; ", fits) + "."));

		long distance = 0;
		List<String> distances = new ArrayList<>();
		for (Map.Entry<PartnerRole, Profile> e : quartet.entrySet()) {
			if (e.getKey().country() != org.quadhub.shared.Country.PK) {
				continue;
			}
			OptionalDouble km = Scoring.kilometres(product, e.getValue());
			distance += Scoring.distancePoints(product, e.getValue());
			distances.add(e.getValue().name() + (km.isPresent() ? " " + String.format("%,d", Math.round(km.getAsDouble())) + " km"
					: " (location unknown)"));
		}
		breakdown.add(component(MatchingConstraints.DISTANCE, -distance, weights.distance(), product.zone() == null
				? "No zone location given: distance is not scored."
				: "Pakistani partners to " + product.zoneName() + ": " + String.join(", ", distances) + "."));

		long collaboration = 0;
		List<String> pairs = new ArrayList<>();
		List<Profile> members = new ArrayList<>(quartet.values());
		for (int i = 0; i < members.size(); i++) {
			for (int j = i + 1; j < members.size(); j++) {
				if (members.get(i).candidate().collaboratedWith(members.get(j).candidate())) {
					collaboration += MatchingConstraints.COLLABORATION_POINTS;
					pairs.add(members.get(i).name() + " and " + members.get(j).name());
				}
			}
		}
		breakdown.add(component(MatchingConstraints.COLLABORATION, collaboration, weights.collaboration(),
				pairs.isEmpty() ? "No two of these partners have worked together before."
						: "Worked together before: " + String.join("; ", pairs) + "."));

		long track = 0;
		List<String> tracks = new ArrayList<>();
		for (Profile p : quartet.values()) {
			track += p.candidate().trackRecordPoints();
			if (p.candidate().trackRecordPoints() > 0) {
				tracks.add(p.name() + " " + p.candidate().trackRecordPoints() + " of 1000");
			}
		}
		breakdown.add(component(MatchingConstraints.TRACK_RECORD, track, weights.trackRecord(), tracks.isEmpty()
				? "No reported results for these partners yet: neutral."
				: "Reported results of their QUADs: " + String.join(", ", tracks) + "."));

		long spread = 0;
		List<String> loads = new ArrayList<>();
		for (Profile p : quartet.values()) {
			int n = Math.max(1, added.getOrDefault(p.id(), 1));
			spread += MatchingConstraints.spreadPoints(p.existingQuads(), n) / n;
			loads.add(p.name() + " " + (p.existingQuads() + n) + " of " + p.capacity());
		}
		breakdown.add(component(MatchingConstraints.SPREAD, -spread, weights.spread(),
				"QUADs each would carry with this answer: " + String.join(", ", loads)
						+ " (every extra QUAD costs more than the last)."));

		Profile chinese = quartet.get(PartnerRole.CHINESE_INDUSTRY);
		long strong = chinese == null ? 0 : strength.applyAsInt(chinese);
		breakdown.add(component(MatchingConstraints.STRENGTH, strong, weights.strength(), chinese == null ? "—"
				: strong == 0 ? "No product-strength data for " + chinese.name() + ": neutral."
						: chinese.name() + ": strength in the product " + strong + " of 1000 ("
								+ (Scoring.inSector(product, chinese) ? "China's strength in the product, in its sector"
										: "a quarter of China's strength: outside the product's sector") + ")."));

		long score = breakdown.stream().mapToLong(ScoreComponent::score).sum();
		return new Explained(score, partners, breakdown);
	}

	/** Such as {@code CATL: 4 of 5 required capabilities; already in 2 QUADs of its capacity 3}. */
	static String partnerSentence(Scoring.Product product, Profile p, int added) {
		String fit = product.required().isEmpty()
				? (Scoring.inSector(product, p) ? "works in the product's sector" : "does not list the product's sector")
				: Scoring.matched(product, p) + " of " + product.required().size() + " required capabilities";
		int existing = p.existingQuads();
		return p.name() + ": " + fit + "; already in " + existing + (existing == 1 ? " QUAD" : " QUADs")
				+ " of its capacity " + p.capacity();
	}

	private static ScoreComponent component(String rule, long points, Integer weight, String sentence) {
		int w = weight == null ? 0 : weight;
		return new ScoreComponent(rule, points, w, points * w, sentence);
	}
}
