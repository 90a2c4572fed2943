package org.quadhub.matching;

import org.quadhub.quads.PartnerRole;

import java.util.List;
import java.util.Map;

/**
 * The answer to who should build a product: the best quartets first, how many organisations each role had to
 * choose from once the excluded and the full were set aside, and notes on data that was missing.
 */
public record Proposals(List<Proposal> proposals, Map<PartnerRole, Integer> eligible, int setAside,
		List<String> notes) {
}
