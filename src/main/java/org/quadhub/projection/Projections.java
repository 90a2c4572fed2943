package org.quadhub.projection;

import jakarta.annotation.PreDestroy;
import org.quadhub.projection.ProjectionPresets.Preset;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.quadhub.projection.engine.ProjectionEngine;
import org.quadhub.projection.engine.ProjectionResult;
import org.quadhub.projection.engine.Scenario;
import org.quadhub.projection.engine.ScenarioInvalid;
import org.quadhub.projection.engine.ScenarioReader;
import org.quadhub.quads.QuadStatus;
import org.quadhub.quads.QuadSummary;
import org.quadhub.quads.Quads;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.DomainProblem.FieldProblem;
import org.quadhub.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs projections: validates a scenario, stores it with who submitted it and when, computes it in the background
 * on a bounded executor, and serves progress, results, comparisons and the presets. The coordinating authority and
 * the joint committee run projections; every role that reads the whole programme reads them.
 */
@Service
public class Projections {

	private static final Logger log = LoggerFactory.getLogger(Projections.class);
	private static final Set<QuadStatus> GONE = Set.of(QuadStatus.REJECTED, QuadStatus.DISSOLVED);
	/** Runs listed at most (the newest first). */
	public static final int LIST_LIMIT = 200;

	private final ProjectionRuns runs;
	private final Quads quads;
	private final ObjectProvider<ProgrammeActuals> actuals;
	private final ObjectProvider<FiscalAssumptions> fiscal;
	private final Clock clock;
	private final ProjectionSettings settings;
	private final ThreadPoolExecutor executor;
	private final Map<Long, Double> progress = new ConcurrentHashMap<>();
	private final AtomicBoolean stopping = new AtomicBoolean();
	private final MeterRegistry registry;

	Projections(ProjectionRuns runs, Quads quads, ObjectProvider<ProgrammeActuals> actuals,
			ObjectProvider<FiscalAssumptions> fiscal, Clock clock, ProjectionSettings settings, MeterRegistry registry) {
		this.registry = registry;
		this.runs = runs;
		this.quads = quads;
		this.actuals = actuals;
		this.fiscal = fiscal;
		this.clock = clock;
		this.settings = settings;
		AtomicInteger n = new AtomicInteger();
		this.executor = new ThreadPoolExecutor(settings.concurrentRuns(), settings.concurrentRuns(), 0,
				TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(settings.queuedRuns()), r -> {
					Thread t = new Thread(r, "projection-run-" + n.incrementAndGet());
					t.setDaemon(true);
					return t;
				});
		Gauge.builder("quadhub.projection.runs.active", executor, ThreadPoolExecutor::getActiveCount)
			.description("Monte Carlo projection runs computing now")
			.register(registry);
		Gauge.builder("quadhub.projection.runs.queued", executor, e -> e.getQueue().size())
			.description("Monte Carlo projection runs waiting for a free slot")
			.register(registry);
	}

	/** The accepted run: poll {@code GET /api/v1/projections/{id}} until its status is COMPLETED or FAILED. */
	public record Accepted(long id, RunStatus status, String name) {
	}

	/**
	 * Validates and stores the scenario, then runs it in the background. A scenario with {@code "programme": true}
	 * is stored with the programme's QUADs written out, so the stored run can be repeated exactly later.
	 */
	public Accepted submit(Actor actor, Object scenarioJson) {
		requireRunner(actor);
		Object resolved = resolve(scenarioJson);
		Scenario scenario = checked(resolved);
		Accepted accepted;
		synchronized (executor) {
			if (executor.getQueue().remainingCapacity() == 0) {
				throw new DomainProblem(DomainProblem.Kind.CONFLICT, "projection-queue-full", "Too many runs waiting",
						"Too many projection runs are waiting; try again when one has finished.");
			}
			long id = runs.insert(scenario.name(), ProjectionJson.write(resolved), scenario.trials(), scenario.seed(),
					scenario.horizonYears(), scenario.quads().size(), ScenarioReader.wantsProgramme(scenarioJson),
					actor.username(), clock.instant());
			progress.put(id, 0.0);
			try {
				executor.execute(() -> compute(id, scenario));
			}
			catch (RejectedExecutionException e) {
				progress.remove(id);
				runs.failed(id, "refused: too many runs waiting", clock.instant());
				throw new DomainProblem(DomainProblem.Kind.CONFLICT, "projection-queue-full", "Too many runs waiting",
						"Too many projection runs are waiting; try again when one has finished.");
			}
			accepted = new Accepted(id, RunStatus.QUEUED, scenario.name());
		}
		log.info("Projection run {} '{}' queued by {}: {} trials x {} QUADs x {} years", accepted.id(),
				scenario.name(), actor.username(), scenario.trials(), scenario.quads().size(), scenario.horizonYears());
		return accepted;
	}

	/** Errors of a scenario without running it (the editor's inline validation); empty when it is valid. */
	public List<FieldProblem> validate(Actor actor, Object scenarioJson) {
		requireRunner(actor);
		try {
			checked(resolve(scenarioJson));
			return List.of();
		}
		catch (DomainProblem e) {
			return e.errors();
		}
	}

	/** A run as the API returns it: status and progress, who ran it and when, the scenario, and the result once done. */
	public Map<String, Object> find(Actor actor, long id) {
		requireReader(actor);
		RunSummary summary = summary(id);
		Map<String, Object> view = new LinkedHashMap<>(ProjectionJson.toMap(summary));
		view.put("scenario", ProjectionJson.parse(runs.scenario(id).orElse("{}")));
		runs.result(id).ifPresent(result -> view.putAll(ProjectionJson.toMap(ProjectionJson.parse(result))));
		return view;
	}

	/** Status and progress only (cheap, for polling). */
	public RunSummary status(Actor actor, long id) {
		requireReader(actor);
		return summary(id);
	}

	/** The result JSON of a completed run. */
	public String resultJson(Actor actor, long id) {
		requireReader(actor);
		RunSummary summary = summary(id);
		return runs.result(id).orElseThrow(() -> new DomainProblem(DomainProblem.Kind.CONFLICT, "run-not-completed",
				"Run not completed", "Run " + id + " is " + summary.status() + "; its result is not available."));
	}

	/** The stored scenario of a run, ready to edit and run again. */
	public Object scenario(Actor actor, long id) {
		requireReader(actor);
		return ProjectionJson.parse(runs.scenario(id).orElseThrow(() -> DomainProblem.notFound("Projection run", id)));
	}

	public List<RunSummary> list(Actor actor) {
		requireReader(actor);
		return runs.latest(LIST_LIMIT).stream()
			.map(r -> r.status().finished() ? r : withProgress(r))
			.toList();
	}

	/** Several runs side by side: each run's summary, thresholds and yearly figures. */
	public List<Map<String, Object>> compare(Actor actor, List<Long> ids) {
		requireReader(actor);
		if (ids.isEmpty() || ids.size() > 10) {
			throw DomainProblem.invalid("ids", "give between 1 and 10 run ids");
		}
		List<Map<String, Object>> result = new ArrayList<>();
		for (long id : ids.stream().distinct().toList()) {
			Map<String, Object> view = new LinkedHashMap<>(ProjectionJson.toMap(summary(id)));
			runs.result(id).ifPresent(json -> {
				Map<String, Object> r = ProjectionJson.toMap(ProjectionJson.parse(json));
				for (String key : List.of("years", "thresholds", "milestone")) {
					view.put(key, r.get(key));
				}
			});
			result.add(view);
		}
		return result;
	}

	public List<Preset> presets(Actor actor) {
		if (actor.isAnonymous()) {
			throw DomainProblem.forbidden("Sign in to see the projection presets.");
		}
		return ProjectionPresets.all();
	}

	/** True when this actor may start runs (the UI shows the editor only then). */
	public static boolean mayRun(Actor actor) {
		return actor.isAuthority() || actor.has(Role.COMMITTEE);
	}

	private void compute(long id, Scenario scenario) {
		if (stopping.get()) {
			return;
		}
		String outcome = "failed";
		long started = System.nanoTime();
		try {
			runs.started(id, clock.instant());
			ProjectionResult result = ProjectionEngine.run(scenario, settings.threads(),
					(done, total) -> progress.put(id, (double) done / total), stopping::get);
			outcome = "completed";
			ProjectionResult.ThresholdProbability headline = result.thresholds().isEmpty() ? null
					: result.thresholds().get(0);
			runs.completed(id, ProjectionJson.write(result), headline == null ? null : headline.year(),
					headline == null ? null : headline.usd(), headline == null ? null : headline.probability(),
					clock.instant());
			log.info("Projection run {} completed", id);
		}
		catch (RuntimeException | Error e) {
			outcome = e instanceof ProjectionEngine.Cancelled ? "cancelled" : "failed";
			log.warn("Projection run {} failed", id, e);
			try {
				runs.failed(id, e instanceof ProjectionEngine.Cancelled ? "cancelled: QuadHub was stopping"
						: "the engine failed: " + e.getClass().getSimpleName(), clock.instant());
			}
			catch (RuntimeException ignored) {
				// the database is going away with the application; the restart marks the run failed
			}
		}
		finally {
			progress.remove(id);
			Timer.builder("quadhub.projection.run")
				.description("Monte Carlo projection runs: the engine from start to result, storing included")
				.tag("outcome", outcome)
				.publishPercentileHistogram()
				.minimumExpectedValue(Duration.ofMillis(10))
				.maximumExpectedValue(Duration.ofMinutes(30))
				.register(registry)
				.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void failRunsCutOffByARestart() {
		int n = runs.failUnfinished(clock.instant());
		if (n > 0) {
			log.warn("{} projection run(s) left unfinished by the last stop are marked FAILED", n);
		}
	}

	@PreDestroy
	void stop() {
		stopping.set(true);
		executor.shutdownNow();
	}

	private RunSummary summary(long id) {
		return runs.summary(id, progress.getOrDefault(id, 0.0))
			.orElseThrow(() -> DomainProblem.notFound("Projection run", id));
	}

	private RunSummary withProgress(RunSummary r) {
		return runs.summary(r.id(), progress.getOrDefault(r.id(), 0.0)).orElse(r);
	}

	private Scenario checked(Object json) {
		Scenario scenario;
		try {
			scenario = ScenarioReader.read(json);
		}
		catch (ScenarioInvalid e) {
			throw invalid(e.errors().stream().map(f -> new FieldProblem(f.field(), f.message())).toList());
		}
		long work = (long) scenario.trials() * Math.max(1, scenario.quads().size()) * scenario.horizonYears();
		if (work > settings.maxWork()) {
			throw invalid(List.of(new FieldProblem("trials", "trials x QUADs x years is " + work
					+ ", above this server's limit of " + settings.maxWork() + "; use fewer trials")));
		}
		return scenario;
	}

	private static DomainProblem invalid(List<FieldProblem> errors) {
		return new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "invalid-scenario", "Invalid scenario",
				errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
						: errors.get(0).field() + ": " + errors.get(0).message() + " (and " + (errors.size() - 1)
								+ " more)",
				errors);
	}

	/**
	 * Writes out the programme's QUADs (for {@code "programme": true}) and fills in fiscal terms from the zones
	 * module's assumptions when the scenario has none.
	 */
	@SuppressWarnings("unchecked")
	private Object resolve(Object json) {
		if (!(json instanceof Map<?, ?> map)) {
			return json;
		}
		Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
		boolean programme = ScenarioReader.wantsProgramme(json);
		if (programme) {
			copy.remove("programme");
			List<Object> listed = new ArrayList<>();
			if (copy.get("quads") instanceof List<?> given) {
				listed.addAll(given);
			}
			listed.addAll(programmeQuads());
			copy.put("quads", listed);
		}
		// The incentives module's terms apply to projections of the programme as it is; any other scenario means
		// exactly what it says, so the API and the command line give the same result for it.
		if (programme && !copy.containsKey("fiscal")) {
			fiscal.getIfAvailable(() -> FiscalAssumptions.NONE).current().ifPresent(terms -> {
				Map<String, Object> f = new LinkedHashMap<>();
				f.put("corporateTaxRate", terms.corporateTaxRate().doubleValue());
				f.put("holidayYears", terms.holidayYears());
				f.put("source", terms.source().length() > 200 ? terms.source().substring(0, 200) : terms.source());
				copy.put("fiscal", f);
			});
		}
		return copy;
	}

	/**
	 * The QUADs in the database as scenario entries. Year 1 is the year starting today: a QUAD established 2.5
	 * years ago is in its third operating year in year 1 (launch year -1). QUADs not yet established launch in year
	 * 1 plus their sector's delay; rejected and dissolved QUADs are left out. A QUAD with accepted exports cannot
	 * fail, and its peak is at least its latest 12 months of exports.
	 */
	private List<Map<String, Object>> programmeQuads() {
		LocalDate today = LocalDate.now(clock);
		List<QuadSummary> all = quads.search(Actor.system(), null, null).stream()
			.filter(q -> !GONE.contains(q.status()))
			.toList();
		Map<Long, ProgrammeActuals.AcceptedExports> exports = actuals.getIfAvailable(() -> ProgrammeActuals.NONE)
			.acceptedExports(all.stream().map(QuadSummary::id).toList());
		List<Map<String, Object>> result = new ArrayList<>();
		for (QuadSummary q : all) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("sector", q.productCategory().name());
			boolean launched = q.establishedOn() != null && !q.establishedOn().isAfter(today);
			long yearsAgo = launched ? ChronoUnit.YEARS.between(q.establishedOn(), today) : 0;
			entry.put("launchYear", (int) Math.max(-100, 1 - yearsAgo));
			entry.put("launched", launched);
			ProgrammeActuals.AcceptedExports accepted = exports.get(q.id());
			boolean exporting = accepted != null && accepted.toDateUsd().compareTo(BigDecimal.ZERO) > 0;
			entry.put("exporting", exporting);
			entry.put("minPeakUsd", accepted == null ? 0.0 : Math.max(0, accepted.latestYearUsd().doubleValue()));
			String label = "QUAD " + q.id() + " " + q.name();
			entry.put("label", label.length() > 200 ? label.substring(0, 200) : label);
			result.add(entry);
		}
		return result;
	}

	private static void requireRunner(Actor actor) {
		if (!mayRun(actor)) {
			throw DomainProblem.forbidden("Only the coordinating authority and the joint committee run projections.");
		}
	}

	private static void requireReader(Actor actor) {
		if (!actor.readsEverything()) {
			throw DomainProblem.forbidden("Projections are read by the authority, the committee, agencies and zones.");
		}
	}
}
