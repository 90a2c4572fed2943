package org.quadhub.matching.solver;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The solver against the truth: on small instances its best score equals the exact optimum found by enumeration,
 * and on larger random instances (each with a planted feasible answer) it never breaks a hard rule. Termination
 * is by move count, not time, so the test gives the same answer on a loaded machine.
 */
class SolverQualityTest {

	static {
		// A thousand solver runs would log two thousand lines at INFO.
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("ai.timefold"))
			.setLevel(ch.qos.logback.classic.Level.WARN);
	}

	private static MatchingPlan solve(MatchingPlan problem, long moves) {
		SolverConfig config = MatchingSolver.config(Duration.ofSeconds(60), 42)
			.withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
			.withPhases(new ConstructionHeuristicPhaseConfig(), new LocalSearchPhaseConfig()
				// Simulated annealing that starts warm enough to cross one hard point: on these small, capacity-tight
				// instances late acceptance and tabu search stay in a local optimum on a few seeds (30, 17, 3).
				.withAcceptorConfig(new LocalSearchAcceptorConfig()
					.withSimulatedAnnealingStartingTemperature("1hard/3000soft"))
				.withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))
				.withTerminationConfig(new TerminationConfig().withMoveCountLimit(moves)));
		return SolverFactory.<MatchingPlan>create(config).buildSolver().solve(problem);
	}

	private static Candidate[] chosen(MatchingPlan plan) {
		return plan.getSeats().stream().map(Seat::organisation).toArray(Candidate[]::new);
	}

	@Test
	void bestScoreEqualsTheExactOptimumOnAHundredSmallInstances() {
		int matched = 0;
		for (long seed = 1; seed <= 100; seed++) {
			MatchingPlan problem = Instances.generate(seed, 3, 6);
			HardSoftLongScore optimum = new ExactSearch(problem).optimum();
			MatchingPlan solved = solve(Instances.generate(seed, 3, 6), 60_000);
			HardSoftLongScore independent = Instances.score(solved, chosen(solved));
			assertThat(solved.getScore()).as("Timefold's score and the independent scorer agree, seed %d", seed)
				.isEqualTo(independent);
			assertThat(solved.getScore()).as("solver best against the exact optimum, seed %d", seed).isEqualTo(optimum);
			matched++;
		}
		assertThat(matched).isEqualTo(100);
	}

	@Test
	void hardRulesAreNeverBrokenOnRandomInstances() {
		for (long seed = 1000; seed < 1010; seed++) {
			MatchingPlan solved = solve(Instances.generate(seed, 8, 10), 60_000);
			assertThat(solved.getScore()).isNotNull();
			assertThat(solved.getScore().hardScore()).as("hard score, seed %d", seed).isZero();
			List<Seat> seats = solved.getSeats();
			assertThat(seats).allSatisfy(seat -> {
				assertThat(seat.organisation().excluded()).isFalse();
				assertThat(seat.organisation().fits(seat.getRole())).isTrue();
			});
		}
	}
}
