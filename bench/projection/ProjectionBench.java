import org.quadhub.projection.engine.Gaussian;
import org.quadhub.projection.engine.ProjectionEngine;
import org.quadhub.projection.engine.ProjectionResult;
import org.quadhub.projection.engine.Scenario;
import org.quadhub.projection.engine.ScenarioReader;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Projection benchmark: the engine against a hand-written floor on the same scenario (50 QUADs, 15 years,
 * lognormal peaks, success 0.6, LINEAR ramp) and the same random numbers. Run with bench/projection/run.sh.
 */
public class ProjectionBench {

	static final int QUADS = 50;
	static final int YEARS = 15;
	static final double P = 0.6;
	static final double MEDIAN = 2e9;
	static final double SIGMA = 0.8;
	static final double T = 5;

	static Scenario scenario(int trials) {
		Map<String, Object> sector = Map.of("successProbability", P,
				"peakExportsUsd", Map.of("type", "lognormal", "median", MEDIAN, "sigma", SIGMA),
				"yearsToTarget", Map.of("type", "fixed", "value", T), "ramp", "LINEAR");
		return ScenarioReader.read(Map.of("horizonYears", YEARS, "trials", trials, "seed", 7,
				"launches", List.of(Map.of("year", 1, "count", QUADS, "sector", "ELECTRIC_VEHICLES_AND_BATTERIES")),
				"sectors", Map.of("ELECTRIC_VEHICLES_AND_BATTERIES", sector)));
	}

	/**
	 * The floor: one method over primitive arrays, the same chunked random streams and draws, the same yearly
	 * totals (exports, net forex, direct and indirect jobs), summed so nothing is optimised away. No percentiles.
	 */
	static double[] floor(int trials, long seed, double[] dva, double directPerUsd, double indirectPerUsd) {
		int chunk = ProjectionEngine.CHUNK;
		int chunks = (trials + chunk - 1) / chunk;
		SplittableRandom root = new SplittableRandom(seed);
		double[] exports = new double[YEARS];
		double[] forex = new double[YEARS];
		double[] sums = new double[4 * YEARS];
		for (int c = 0; c < chunks; c++) {
			SplittableRandom random = root.split();
			int end = Math.min(trials, (c + 1) * chunk);
			for (int t = c * chunk; t < end; t++) {
				java.util.Arrays.fill(exports, 0);
				java.util.Arrays.fill(forex, 0);
				for (int q = 0; q < QUADS; q++) {
					if (random.nextDouble() >= P) {
						continue;
					}
					double peak = MEDIAN * Math.exp(SIGMA * Gaussian.inverse(random.nextDouble()));
					for (int y = 1; y <= YEARS; y++) {
						double e = y >= T ? peak : peak * y / T;
						exports[y - 1] += e;
						forex[y - 1] += e * dva[y];
					}
				}
				for (int y = 0; y < YEARS; y++) {
					sums[y] += exports[y];
					sums[YEARS + y] += forex[y];
					sums[2 * YEARS + y] += exports[y] * directPerUsd;
					sums[3 * YEARS + y] += exports[y] * indirectPerUsd;
				}
			}
		}
		return sums;
	}

	static String load() {
		try {
			return new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg"))).trim();
		}
		catch (java.io.IOException e) {
			return "unknown";
		}
	}

	static double seconds(Runnable r) {
		long start = System.nanoTime();
		r.run();
		return (System.nanoTime() - start) / 1e9;
	}

	/** CPU seconds of the calling thread: for single-threaded runs this ignores time lost to other processes. */
	static double cpuSeconds(Runnable r) {
		var bean = java.lang.management.ManagementFactory.getThreadMXBean();
		long start = bean.getCurrentThreadCpuTime();
		r.run();
		return (bean.getCurrentThreadCpuTime() - start) / 1e9;
	}

	static double bestCpu(int repeats, Runnable r) {
		double best = Double.MAX_VALUE;
		for (int i = 0; i < repeats; i++) {
			best = Math.min(best, cpuSeconds(r));
		}
		return best;
	}

	static double best(int repeats, Runnable r) {
		double best = Double.MAX_VALUE;
		for (int i = 0; i < repeats; i++) {
			best = Math.min(best, seconds(r));
		}
		return best;
	}

	public static void main(String[] args) {
		int trials = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		boolean million = args.length <= 2 || !args[2].equals("no-million");
		Scenario s = scenario(trials);
		var a = s.sectors().get(org.quadhub.shared.Sector.ELECTRIC_VEHICLES_AND_BATTERIES);
		double[] dva = new double[YEARS + 2];
		for (int n = 1; n <= YEARS; n++) {
			dva[n] = a.dva(n);
		}
		double direct = a.directJobsPerUsdBn() / 1e9;
		double indirect = direct * a.indirectJobsPerDirectJob();
		System.out.println("cores=" + Runtime.getRuntime().availableProcessors() + " java=" + System.getProperty("java.version"));
		System.out.println("load before: " + load());
		// Warm-up so the JIT has compiled both.
		for (int i = 0; i < 3; i++) {
			floor(trials, 7, dva, direct, indirect);
			ProjectionEngine.run(s, 1, null, null);
			ProjectionEngine.run(s, 2, null, null);
		}
		double[] floorSums = floor(trials, 7, dva, direct, indirect);
		ProjectionResult check = ProjectionEngine.run(s, 2, null, null);
		double floorMean = floorSums[YEARS - 1] / trials;
		double engineMean = check.years().get(YEARS - 1).exports().mean();
		System.out.printf("same random numbers: year-%d mean exports floor %.6e engine %.6e (relative diff %.1e)%n",
				YEARS, floorMean, engineMean, Math.abs(floorMean - engineMean) / floorMean);
		List<String> lines = new ArrayList<>();
		for (int round = 0; round < 3; round++) {
			double f = best(repeats, () -> floor(trials, 7, dva, direct, indirect));
			double e1 = best(repeats, () -> ProjectionEngine.run(s, 1, null, null));
			double e2 = best(repeats, () -> ProjectionEngine.run(s, 2, null, null));
			lines.add(String.format("round %d: floor(1 thread) %.3f s | engine 1 thread %.3f s (%.2fx floor) | engine 2 threads %.3f s "
					+ "(%.2fx floor, speed-up 1->2 %.2fx) | load %s", round + 1, f, e1, e1 / f, e2, e2 / f, e1 / e2, load()));
			System.out.println(lines.get(lines.size() - 1));
			double fc = bestCpu(repeats, () -> floor(trials, 7, dva, direct, indirect));
			double ec = bestCpu(repeats, () -> ProjectionEngine.run(s, 1, null, null));
			System.out.printf("round %d CPU time (1 thread, immune to waiting): floor %.3f s | engine %.3f s (%.2fx floor)%n",
					round + 1, fc, ec, ec / fc);
		}
		if (million) {
			Scenario big = s.withTrialsAndSeed(1_000_000, 7);
			ProjectionEngine.run(big, 2, null, null);
			double m = best(2, () -> ProjectionEngine.run(big, 2, null, null));
			System.out.printf("1,000,000 trials, 2 threads: %.3f s | load %s%n", m, load());
		}
		Runtime rt = Runtime.getRuntime();
		System.out.printf("heap in use after runs: %d MB (max %d MB)%n", (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
		System.out.println("load after: " + load());
	}
}
