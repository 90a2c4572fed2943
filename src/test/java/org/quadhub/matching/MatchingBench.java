package org.quadhub.matching;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.quadhub.matching.solver.Candidate;
import org.quadhub.matching.solver.MatchingPlan;
import org.quadhub.matching.solver.MatchingSolver;
import org.quadhub.partners.OrganisationDetails;
import org.quadhub.partners.OrganisationKind;
import org.quadhub.quads.PartnerRole;
import org.quadhub.shared.Country;
import org.quadhub.shared.Sector;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The performance figures on a generated registry of 2,000 organisations (500 per role): one-QUAD proposal
 * latency, and a 50-slot programme run (time to the first feasible assignment, score at 30 s against the best in
 * 5 minutes, and the score-over-time curve). Not a unit test: run it on purpose (see bench/README.md).
 */
@EnabledIfSystemProperty(named = "quadhub.bench", matches = "true")
class MatchingBench {

	static {
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("ai.timefold"))
			.setLevel(ch.qos.logback.classic.Level.WARN);
	}

	private static final String[] PK_PLACES = { "Lahore", "Karachi", "Faisalabad", "Islamabad", "Sialkot", "Peshawar",
			"Gujranwala", "Multan", "Hyderabad", "Quetta", "Rashakai", "Gwadar", "Taxila", "Sukkur" };

	static Pool registry(int perRole, long seed) {
		Random random = new Random(seed);
		Map<String, Place> places = new LinkedHashMap<>();
		Object[][] coordinates = { { "Lahore", 31.5204, 74.3587 }, { "Karachi", 24.8607, 67.0011 },
				{ "Faisalabad", 31.4504, 73.1350 }, { "Islamabad", 33.6844, 73.0479 }, { "Sialkot", 32.4945, 74.5229 },
				{ "Peshawar", 34.0151, 71.5249 }, { "Gujranwala", 32.1877, 74.1945 }, { "Multan", 30.1575, 71.5249 },
				{ "Hyderabad", 25.3960, 68.3578 }, { "Quetta", 30.1798, 66.9750 }, { "Rashakai", 34.0300, 71.9000 },
				{ "Gwadar", 25.1264, 62.3225 }, { "Taxila", 33.7463, 72.8397 }, { "Sukkur", 27.7052, 68.8574 } };
		for (Object[] c : coordinates) {
			places.put(Place.key((String) c[0]), new Place((String) c[0], null, (Double) c[1], (Double) c[2]));
		}
		List<String> vocabulary = new ArrayList<>();
		for (Sector sector : Sector.values()) {
			for (int i = 0; i < 12; i++) {
				vocabulary.add(sector.name().toLowerCase() + " capability " + i);
			}
		}
		Map<Long, Profile> byId = new LinkedHashMap<>();
		Map<PartnerRole, List<Profile>> byRole = new EnumMap<>(PartnerRole.class);
		long id = 1;
		List<Long> all = new ArrayList<>();
		for (PartnerRole role : PartnerRole.values()) {
			for (int i = 0; i < perRole; i++) {
				all.add(id++);
			}
		}
		id = 1;
		for (PartnerRole role : PartnerRole.values()) {
			List<Profile> list = new ArrayList<>();
			for (int i = 0; i < perRole; i++, id++) {
				Sector sector = Sector.values()[random.nextInt(Sector.values().length)];
				Set<Sector> sectors = new LinkedHashSet<>(List.of(sector));
				Set<String> capabilities = new LinkedHashSet<>();
				int base = sector.ordinal() * 12;
				for (int k = 0; k < 2 + random.nextInt(4); k++) {
					// Skewed draw: low-numbered capabilities are common, high-numbered ones rare.
					capabilities.add(vocabulary.get(base + (int) Math.min(11, Math.abs(random.nextGaussian() * 4))));
				}
				String city = role.country() == Country.PK ? PK_PLACES[random.nextInt(PK_PLACES.length)] : "Shenzhen";
				OrganisationDetails details = new OrganisationDetails(id, role + " " + i, null, null, role.country(),
						role.kind(), List.copyOf(sectors), List.copyOf(capabilities), city, null, null, null, null, null,
						null, true, Instant.EPOCH, Instant.EPOCH, 0);
				int capacity = CandidatePool.defaultCapacity(role.kind());
				int existing = random.nextInt(10) < 2 ? random.nextInt(capacity) : 0;
				String exclusion = random.nextInt(100) < 2 ? "SANCTIONED" : null;
				Set<Long> incompatible = random.nextInt(50) == 0 ? Set.of(all.get(random.nextInt(all.size()))) : Set.of();
				Set<Long> collaborated = random.nextInt(10) == 0 ? Set.of(all.get(random.nextInt(all.size()))) : Set.of();
				Candidate candidate = new Candidate(id, details.name(), role.country(), role.kind(), capacity, existing,
						exclusion, incompatible, collaborated, random.nextInt(5) == 0 ? random.nextInt(1001) : 0);
				Set<String> keys = new LinkedHashSet<>();
				capabilities.forEach(c -> keys.add(Scoring.key(c)));
				Profile profile = new Profile(details, keys, capacity, existing, exclusion,
						role.country() == Country.PK ? places.get(Place.key(city)) : null, candidate);
				byId.put(id, profile);
				list.add(profile);
			}
			byRole.put(role, list);
		}
		return new Pool(byId, byRole, places);
	}

	static SlotRequest slot(Random random, int i) {
		Sector sector = Sector.values()[i % Sector.values().length];
		List<String> capabilities = new ArrayList<>();
		for (int k = 0; k < 3 + random.nextInt(3); k++) {
			capabilities.add(sector.name().toLowerCase() + " capability " + random.nextInt(12));
		}
		return new SlotRequest("Slot " + i, sector, null, List.of("8507"), capabilities, null,
				PK_PLACES[random.nextInt(PK_PLACES.length)]);
	}

	/** The machine's load average (1, 5, 15 minutes), printed with every figure: the machine may be shared. */
	static String loadAverage() {
		try {
			return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim() + " ("
					+ Runtime.getRuntime().availableProcessors() + " cores)";
		}
		catch (java.io.IOException e) {
			return "unknown";
		}
	}

	@Test
	void oneQuadProposalLatency() {
		System.out.println("BENCH load average at start: " + loadAverage());
		Pool pool = registry(500, 7);
		Random random = new Random(11);
		MatchingWeights weights = MatchingWeights.DEFAULT;
		for (int warm = 0; warm < 20; warm++) {
			SlotRequest slot = slot(random, warm);
			QuartetSearch.best(pool, Scoring.product(pool, slot, pool.place(slot.zonePlace()), slot.zonePlace()), weights, 5, p -> 0);
		}
		long[] millis = new long[50];
		for (int i = 0; i < millis.length; i++) {
			SlotRequest slot = slot(random, i);
			long start = System.nanoTime();
			QuartetSearch.best(pool, Scoring.product(pool, slot, pool.place(slot.zonePlace()), slot.zonePlace()), weights, 5, p -> 0);
			millis[i] = (System.nanoTime() - start) / 1_000_000;
		}
		Arrays.sort(millis);
		System.out.printf("BENCH proposals: 2000 organisations, top 5, 50 products: median %d ms, p90 %d ms, max %d ms%n",
				millis[millis.length / 2], millis[millis.length * 9 / 10], millis[millis.length - 1]);
		System.out.println("BENCH proposals target under 500 ms: " + (millis[millis.length - 1] < 500 ? "met (max)"
				: millis[millis.length * 9 / 10] < 500 ? "met at p90, not at max" : "missed"));
		System.out.println("BENCH load average at end: " + loadAverage());
	}

	@Test
	void programmeRunOfFiftySlots() {
		int longSeconds = Integer.getInteger("bench.seconds", 300);
		Pool pool = registry(500, 7);
		Random random = new Random(13);
		List<Scoring.Product> products = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			SlotRequest slot = slot(random, i);
			products.add(Scoring.product(pool, slot, pool.place(slot.zonePlace()), slot.zonePlace()));
			labels.add(slot.name());
		}
		System.out.println("BENCH load average at start: " + loadAverage());
		SolverFactory<MatchingPlan> factory = SolverFactory.<MatchingPlan>create(
				MatchingSolver.config(Duration.ofSeconds(longSeconds), 0));
		Solver<MatchingPlan> solver = factory.buildSolver();
		List<long[]> curve = new ArrayList<>();
		long start = System.nanoTime();
		// The clock includes building the problem and its greedy first assignment, as a run started from the API does.
		MatchingPlan plan = PlanFactory.plan(pool, products, labels, MatchingWeights.DEFAULT, (p, o) -> 0);
		long built = (System.nanoTime() - start) / 1_000_000;
		long[] firstFeasible = { -1 };
		HardSoftLongScore initial = SolutionManager.<MatchingPlan, HardSoftLongScore>create(factory).update(plan);
		boolean complete = plan.getSeats().stream().allMatch(s -> s.getOrganisation() != null);
		System.out.printf("BENCH greedy start: %d ms (problem built with precomputed points and greedy seats), "
				+ "complete %s, score %s%n", built, complete, initial);
		if (complete && initial != null && initial.isFeasible()) {
			firstFeasible[0] = (System.nanoTime() - start) / 1_000_000;
			curve.add(new long[] { firstFeasible[0], initial.hardScore(), initial.softScore() });
		}
		solver.addEventListener(event -> {
			long ms = (System.nanoTime() - start) / 1_000_000;
			HardSoftLongScore score = (HardSoftLongScore) event.getNewBestScore();
			if (score.isFeasible() && firstFeasible[0] < 0 && event.getNewBestSolution().getSeats().stream()
				.allMatch(s -> s.getOrganisation() != null)) {
				firstFeasible[0] = ms;
			}
			curve.add(new long[] { ms, score.hardScore(), score.softScore() });
		});
		MatchingPlan best = solver.solve(plan);
		long at30 = Long.MIN_VALUE;
		for (long[] point : curve) {
			if (point[0] <= 30_000 && point[1] == 0) {
				at30 = point[2];
			}
		}
		HardSoftLongScore finalScore = best.getScore();
		double gap = 100.0 * (finalScore.softScore() - at30) / Math.abs(finalScore.softScore());
		System.out.printf("BENCH run: 50 slots x 2000 organisations, %d s: first feasible at %d ms; soft at 30 s %d; "
				+ "best at %d s %s; gap %.3f%%%n", longSeconds, firstFeasible[0], at30, longSeconds, finalScore, gap);
		System.out.println("BENCH target feasible within 10 s: " + (firstFeasible[0] >= 0 && firstFeasible[0] <= 10_000
				? "met" : "missed"));
		System.out.println("BENCH target score at 30 s within 2 % of the best in " + longSeconds + " s: "
				+ (at30 != Long.MIN_VALUE && gap <= 2.0 ? "met" : "missed"));
		System.out.println("BENCH load average at end: " + loadAverage());
		long[] marks = { 1_000, 2_000, 5_000, 10_000, 20_000, 30_000, 60_000, 120_000, 180_000, 240_000, 300_000 };
		for (long mark : marks) {
			long[] last = null;
			for (long[] point : curve) {
				if (point[0] <= mark) {
					last = point;
				}
			}
			if (last != null && mark <= longSeconds * 1000L) {
				System.out.printf("BENCH curve: %6d ms  %dhard/%dsoft%n", mark, last[1], last[2]);
			}
		}
	}
}
