package org.quadhub.matching;

import org.quadhub.quads.PartnerRole;

import java.util.List;
import java.util.Map;

/** One proposed quartet: its rank, total score, the four partners with a sentence each, and the score breakdown. */
public record Proposal(int rank, long score, Map<PartnerRole, ProposedPartner> partners,
		List<ScoreComponent> breakdown) {

	/** A partner and why: such as {@code CATL: 4 of 5 required capabilities; already in 2 QUADs of its capacity 3}. */
	public record ProposedPartner(long id, String name, String sentence) {
	}
}
