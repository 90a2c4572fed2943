package org.quadhub.matching;

import org.jspecify.annotations.Nullable;
import org.quadhub.quads.PartnerRole;
import org.quadhub.shared.Sector;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A programme run as stored: its input, the best assignment so far (or final) with each QUAD's breakdown, the
 * constraint justifications, the score over time, and, once accepted, the QUADs it created.
 */
public record RunView(long id, RunStatus status, String createdBy, Instant createdAt, @Nullable Instant finishedAt,
		int timeLimitSeconds, long elapsedMillis, int progressPercent, @Nullable String bestScore, boolean feasible,
		MatchingWeights weights, List<SlotRequest> slots, List<ScorePoint> scoreHistory,
		List<SlotAssignment> assignment, List<ConstraintTotal> justifications, List<Long> acceptedQuadIds,
		@Nullable String acceptedBy, @Nullable String failure, long version) {

	/** The best score at a moment of the run (milliseconds since it started). */
	public record ScorePoint(long millis, String score, boolean feasible) {
	}

	/** One slot's chosen quartet with its explained score. */
	public record SlotAssignment(int slot, String label, Sector productCategory, List<String> hsCodes, long score,
			Map<PartnerRole, Proposal.ProposedPartner> partners, List<ScoreComponent> breakdown) {
	}

	/** One rule's total over the whole assignment, with a few of its matches as justification. */
	public record ConstraintTotal(String rule, boolean hard, String score, int matches, List<String> examples) {
	}

	/** The stored result document. */
	record Result(List<SlotAssignment> assignment, List<ConstraintTotal> justifications) {
	}

	public boolean acceptable() {
		return (status == RunStatus.FINISHED || status == RunStatus.STOPPED) && feasible && !assignment.isEmpty();
	}
}
