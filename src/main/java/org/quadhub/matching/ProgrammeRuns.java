package org.quadhub.matching;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;
import org.jspecify.annotations.Nullable;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.quadhub.matching.solver.MatchingPlan;
import org.quadhub.matching.solver.MatchingSolver;
import org.quadhub.matching.solver.Seat;
import org.quadhub.quads.PartnerRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntBiFunction;

/**
 * Solves programme runs in the background with Timefold's {@link SolverManager} (wired here by hand: the Timefold
 * Spring Boot starter does not run on Boot 4). The database row is the run's truth: progress is written as the
 * best score improves, the final result and its justifications when the solver stops.
 */
@Component
class ProgrammeRuns implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ProgrammeRuns.class);
	private static final int EXAMPLES_PER_RULE = 5;

	/** What the background solver needs to explain a run; dropped when the run ends. */
	private static final class Job {
		final Pool pool;
		final List<Scoring.Product> products;
		final List<String> labels;
		final MatchingWeights weights;
		final ToIntBiFunction<Scoring.Product, Profile> strength;
		final long startedNanos = System.nanoTime();
		final List<RunView.ScorePoint> history = new ArrayList<>();
		volatile long lastWriteNanos;
		volatile boolean stopRequested;

		Job(Pool pool, List<Scoring.Product> products, List<String> labels, MatchingWeights weights,
				ToIntBiFunction<Scoring.Product, Profile> strength) {
			this.pool = pool;
			this.products = products;
			this.labels = labels;
			this.weights = weights;
			this.strength = strength;
		}

		long elapsedMillis() {
			return (System.nanoTime() - startedNanos) / 1_000_000;
		}
	}

	private final MatchingStore store;
	private final JsonMapper json;
	private final Clock clock;
	private final MatchingSettings settings;
	private final SolverManager<MatchingPlan, Long> solverManager;
	private final SolutionManager<MatchingPlan, HardSoftLongScore> solutionManager;
	private final Map<Long, Job> jobs = new ConcurrentHashMap<>();
	private final MeterRegistry registry;

	ProgrammeRuns(MatchingStore store, JsonMapper json, Clock clock, MatchingSettings settings,
			MeterRegistry registry) {
		this.registry = registry;
		this.store = store;
		this.json = json;
		this.clock = clock;
		this.settings = settings;
		// The configured limit is only a ceiling; each run overrides it with its own time limit.
		SolverFactory<MatchingPlan> factory = SolverFactory.create(
				MatchingSolver.config(Duration.ofMinutes(10), settings.randomSeed()));
		this.solverManager = SolverManager.create(factory,
				new SolverManagerConfig().withParallelSolverCount(String.valueOf(settings.parallelRuns())));
		this.solutionManager = SolutionManager.create(factory);
	}

	/** Runs left SOLVING by a previous process can never finish: mark them failed so nobody waits on them. */
	@EventListener(ApplicationReadyEvent.class)
	void failInterruptedRuns() {
		int failed = store.failInterrupted(clock.instant());
		if (failed > 0) {
			log.warn("Marked {} matching run(s) interrupted by the last shutdown as failed", failed);
		}
	}

	/** Starts solving once the transaction that stored the run has committed. */
	void start(long runId, MatchingPlan plan, Pool pool, List<Scoring.Product> products, List<String> labels,
			MatchingWeights weights, ToIntBiFunction<Scoring.Product, Profile> strength, int timeLimitSeconds) {
		Runnable submit = () -> {
			Job job = new Job(pool, products, labels, weights, strength);
			jobs.put(runId, job);
			solverManager.solveBuilder()
				.withProblemId(runId)
				.withProblem(plan)
				.withConfigOverride(new SolverConfigOverride<MatchingPlan>()
					.withTerminationSpentLimit(Duration.ofSeconds(timeLimitSeconds)))
				.withBestSolutionConsumer(best -> onBest(runId, job, best))
				.withFinalBestSolutionConsumer(best -> onFinal(runId, job, best))
				.withExceptionHandler((id, failure) -> onFailure(runId, failure))
				.run();
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					submit.run();
				}
			});
		}
		else {
			submit.run();
		}
	}

	/** Asks the solver to stop; it then reports its best solution as the final one. False if it was not solving. */
	boolean stop(long runId) {
		Job job = jobs.get(runId);
		if (job == null) {
			return false;
		}
		job.stopRequested = true;
		solverManager.terminateEarly(runId);
		return true;
	}

	private void onBest(long runId, Job job, MatchingPlan best) {
		HardSoftLongScore score = best.getScore();
		if (score == null) {
			return;
		}
		synchronized (job) {
			job.history.add(new RunView.ScorePoint(job.elapsedMillis(), score.toString(), score.isFeasible()));
		}
		long now = System.nanoTime();
		if (now - job.lastWriteNanos < settings.progressWriteMillis() * 1_000_000) {
			return;
		}
		job.lastWriteNanos = now;
		try {
			store.progress(runId, score.toString(), score.isFeasible() && complete(best),
					json.writeValueAsString(new RunView.Result(assignment(job, best), List.of())), history(job),
					job.elapsedMillis());
		}
		catch (RuntimeException e) {
			log.warn("Could not record progress of matching run {}", runId, e);
		}
	}

	private void onFinal(long runId, Job job, MatchingPlan best) {
		recordRun(job.stopRequested ? "stopped" : "finished", job);
		try {
			HardSoftLongScore score = best.getScore();
			RunView.Result result = new RunView.Result(assignment(job, best), justifications(best));
			store.finish(runId, job.stopRequested ? RunStatus.STOPPED : RunStatus.FINISHED,
					score == null ? null : score.toString(), score != null && score.isFeasible() && complete(best),
					json.writeValueAsString(result), history(job), job.elapsedMillis(), null, clock.instant());
		}
		catch (RuntimeException e) {
			log.error("Could not record the result of matching run {}", runId, e);
			store.finish(runId, RunStatus.FAILED, null, false, null, null, job.elapsedMillis(),
					"The result could not be recorded: " + e.getMessage(), clock.instant());
		}
		finally {
			jobs.remove(runId);
		}
	}

	private void onFailure(long runId, Throwable failure) {
		log.error("Matching run {} failed", runId, failure);
		Job job = jobs.remove(runId);
		if (job != null) {
			recordRun("failed", job);
		}
		store.finish(runId, RunStatus.FAILED, null, false, null, null, job == null ? 0 : job.elapsedMillis(),
				"The solver failed: " + failure.getMessage(), clock.instant());
	}

	/** Solver run time by outcome only (never by run or QUAD), for the metrics scrape. */
	private void recordRun(String outcome, Job job) {
		Timer.builder("quadhub.matching.run")
			.description("Programme-wide matching runs: the solver from start to its final solution")
			.tag("outcome", outcome)
			.register(registry)
			.record(System.nanoTime() - job.startedNanos, TimeUnit.NANOSECONDS);
	}

	private String history(Job job) {
		synchronized (job) {
			return json.writeValueAsString(List.copyOf(job.history));
		}
	}

	private static boolean complete(MatchingPlan plan) {
		return plan.getSeats().stream().allMatch(s -> s.getOrganisation() != null);
	}

	/** Each slot's quartet, explained with the same points the solver used. */
	static List<RunView.SlotAssignment> assignment(Job job, MatchingPlan plan) {
		return explain(job.pool, job.products, job.labels, job.weights, job.strength, plan);
	}

	static List<RunView.SlotAssignment> explain(Pool pool, List<Scoring.Product> products, List<String> labels,
			MatchingWeights weights, ToIntBiFunction<Scoring.Product, Profile> strength, MatchingPlan plan) {
		Map<Long, Integer> added = new HashMap<>();
		Map<Integer, Map<PartnerRole, Profile>> quartets = new HashMap<>();
		for (Seat seat : plan.getSeats()) {
			if (seat.getOrganisation() == null) {
				continue;
			}
			Profile profile = pool.byId().get(seat.getOrganisation().id());
			if (profile == null) {
				continue;
			}
			added.merge(profile.id(), 1, Integer::sum);
			quartets.computeIfAbsent(seat.getSlot().index(), k -> new EnumMap<>(PartnerRole.class))
				.put(seat.getRole(), profile);
		}
		List<RunView.SlotAssignment> answer = new ArrayList<>();
		for (int i = 0; i < products.size(); i++) {
			Scoring.Product product = products.get(i);
			Map<PartnerRole, Profile> quartet = quartets.getOrDefault(i, Map.of());
			Explanation.Explained explained = Explanation.explain(product, quartet, weights, added,
					p -> strength.applyAsInt(product, p));
			answer.add(new RunView.SlotAssignment(i, labels.get(i), product.sector(), product.hsCodes(),
					explained.score(), explained.partners(), explained.breakdown()));
		}
		return answer;
	}

	/** Every rule's total and a few of its matches, from Timefold's score analysis. */
	List<RunView.ConstraintTotal> justifications(MatchingPlan plan) {
		if (plan.getSeats().stream().anyMatch(s -> s.getOrganisation() == null)) {
			return List.of();
		}
		ScoreAnalysis<HardSoftLongScore> analysis = solutionManager.analyze(plan);
		List<RunView.ConstraintTotal> totals = new ArrayList<>();
		for (ConstraintAnalysis<HardSoftLongScore> constraint : analysis.constraintAnalyses()) {
			List<MatchAnalysis<HardSoftLongScore>> matches = constraint.matches() == null ? List.of()
					: constraint.matches();
			List<String> examples = matches.stream()
				.sorted(Comparator.comparing(MatchAnalysis::score))
				.limit(EXAMPLES_PER_RULE)
				.map(m -> m.score() + ": " + m.justification())
				.toList();
			boolean hard = constraint.weight().hardScore() != 0;
			totals.add(new RunView.ConstraintTotal(constraint.constraintName(), hard, constraint.score().toString(),
					constraint.matchCount(), examples));
		}
		totals.sort(Comparator.comparing((RunView.ConstraintTotal t) -> !t.hard())
			.thenComparing(RunView.ConstraintTotal::rule));
		return totals;
	}

	/** Scores a finished plan again with the current weights, for tests and the benchmark. */
	@Nullable HardSoftLongScore score(MatchingPlan plan) {
		return solutionManager.update(plan);
	}

	@Override
	public void destroy() {
		solverManager.close();
	}
}
