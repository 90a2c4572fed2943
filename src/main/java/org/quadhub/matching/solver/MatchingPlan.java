package org.quadhub.matching.solver;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** The whole programme assignment: candidates, slots and their seats, the run's weights, and the score. */
@PlanningSolution
public class MatchingPlan {

	@ProblemFactCollectionProperty
	private List<Candidate> candidates = List.of();

	@ProblemFactCollectionProperty
	private List<QuadSlot> slots = List.of();

	@PlanningEntityCollectionProperty
	private List<Seat> seats = List.of();

	private ConstraintWeightOverrides<HardSoftLongScore> weights = ConstraintWeightOverrides.none();

	@PlanningScore
	private @Nullable HardSoftLongScore score;

	MatchingPlan() {
	}

	public MatchingPlan(List<Candidate> candidates, List<QuadSlot> slots, List<Seat> seats,
			ConstraintWeightOverrides<HardSoftLongScore> weights) {
		this.candidates = candidates;
		this.slots = slots;
		this.seats = seats;
		this.weights = weights;
	}

	public List<Candidate> getCandidates() {
		return candidates;
	}

	public List<QuadSlot> getSlots() {
		return slots;
	}

	public List<Seat> getSeats() {
		return seats;
	}

	public ConstraintWeightOverrides<HardSoftLongScore> getWeights() {
		return weights;
	}

	public void setWeights(ConstraintWeightOverrides<HardSoftLongScore> weights) {
		this.weights = weights;
	}

	public @Nullable HardSoftLongScore getScore() {
		return score;
	}

	public void setScore(@Nullable HardSoftLongScore score) {
		this.score = score;
	}
}
