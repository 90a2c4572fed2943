package org.quadhub.matching.solver;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The solver configuration, built in code (no XML, no Spring Boot starter). */
public final class MatchingSolver {

	private MatchingSolver() {
	}

	/**
	 * A configuration that stops after {@code limit}; a fixed random seed and the reproducible environment mode make
	 * two runs with the same step count give the same answer.
	 */
	public static SolverConfig config(Duration limit, long seed) {
		return new SolverConfig()
			.withSolutionClass(MatchingPlan.class)
			.withEntityClasses(Seat.class)
			.withConstraintProviderClass(MatchingConstraints.class)
			.withEnvironmentMode(EnvironmentMode.NO_ASSERT)
			.withRandomSeed(seed)
			.withTerminationConfig(new TerminationConfig().withSpentLimit(limit));
	}

	/** Soft rule weights by constraint name; the hard rules keep weight one hard point. */
	public static ConstraintWeightOverrides<HardSoftLongScore> weights(int fit, int distance, int collaboration,
			int trackRecord, int spread, int strength) {
		Map<String, HardSoftLongScore> weights = new LinkedHashMap<>();
		weights.put(MatchingConstraints.FIT, HardSoftLongScore.ofSoft(fit));
		weights.put(MatchingConstraints.DISTANCE, HardSoftLongScore.ofSoft(distance));
		weights.put(MatchingConstraints.COLLABORATION, HardSoftLongScore.ofSoft(collaboration));
		weights.put(MatchingConstraints.TRACK_RECORD, HardSoftLongScore.ofSoft(trackRecord));
		weights.put(MatchingConstraints.SPREAD, HardSoftLongScore.ofSoft(spread));
		weights.put(MatchingConstraints.STRENGTH, HardSoftLongScore.ofSoft(strength));
		return ConstraintWeightOverrides.of(weights);
	}
}
