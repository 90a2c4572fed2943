package org.quadhub.projection.engine;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.jspecify.annotations.Nullable;
import org.quadhub.projection.engine.ProjectionResult.Bar;
import org.quadhub.projection.engine.ProjectionResult.Method;
import org.quadhub.projection.engine.ProjectionResult.Milestone;
import org.quadhub.projection.engine.ProjectionResult.Stats;
import org.quadhub.projection.engine.ProjectionResult.ThresholdProbability;
import org.quadhub.projection.engine.ProjectionResult.Year;
import org.quadhub.projection.engine.Scenario.PlannedQuad;
import org.quadhub.shared.Sector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * The Monte Carlo projection. Trials are cut into fixed chunks of {@value #CHUNK}; chunk i draws from the i-th
 * stream split off a {@link SplittableRandom} seeded with the scenario's seed, whichever thread runs it. Every
 * accumulator is order-independent (integer counts and sums, minimum and maximum), so the same scenario and seed
 * give bit-identical results on 1 or N threads. Memory depends on the horizon and the QUAD count, not on trials.
 */
public final class ProjectionEngine {

	/** Trials per chunk: each chunk has its own random stream. Part of the reproducibility contract. */
	public static final int CHUNK = 1024;

	/** Told how many trials are done, after every chunk. */
	@FunctionalInterface
	public interface Progress {
		void trialsDone(long done, long total);
	}

	/** Raised when a run is cancelled before it finishes. */
	public static final class Cancelled extends RuntimeException {
		Cancelled() {
			super("the projection run was cancelled");
		}
	}

	static final int EXPORTS = 0;
	static final int FOREX = 1;
	static final int DIRECT = 2;
	static final int INDIRECT = 3;
	static final int FISCAL = 4;
	private static final double[] SCALE = { 1, 1, 1000, 1000, 1 };

	private ProjectionEngine() {
	}

	public static ProjectionResult run(Scenario scenario) {
		return run(scenario, 1, null, null);
	}

	public static ProjectionResult run(Scenario scenario, int threads, @Nullable Progress progress,
			@Nullable BooleanSupplier cancelled) {
		Model model = new Model(scenario);
		int trials = scenario.trials();
		int chunks = (trials + CHUNK - 1) / CHUNK;
		SplittableRandom root = new SplittableRandom(scenario.seed());
		SplittableRandom[] streams = new SplittableRandom[chunks];
		for (int i = 0; i < chunks; i++) {
			streams[i] = root.split();
		}
		int workers = Math.max(1, Math.min(threads, chunks));
		Accumulator[] accumulators = new Accumulator[workers];
		AtomicInteger nextChunk = new AtomicInteger();
		AtomicLong done = new AtomicLong();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread[] pool = new Thread[workers - 1];
		for (int w = 0; w < workers; w++) {
			Accumulator acc = new Accumulator(model);
			accumulators[w] = acc;
			Runnable work = () -> {
				try {
					Trial trial = new Trial(model);
					int c;
					while ((c = nextChunk.getAndIncrement()) < chunks && failure.get() == null) {
						if (cancelled != null && cancelled.getAsBoolean()) {
							throw new Cancelled();
						}
						SplittableRandom random = streams[c];
						int end = Math.min(trials, (c + 1) * CHUNK);
						for (int t = c * CHUNK; t < end; t++) {
							model.simulate(random, trial);
							acc.record(trial);
						}
						acc.flush();
						long now = done.addAndGet(end - c * CHUNK);
						if (progress != null) {
							progress.trialsDone(now, trials);
						}
					}
				}
				catch (Throwable e) {
					failure.compareAndSet(null, e);
				}
			};
			if (w < workers - 1) {
				pool[w] = new Thread(work, "projection-" + w);
				pool[w].setDaemon(true);
				pool[w].start();
			}
			else {
				work.run();
			}
		}
		for (Thread t : pool) {
			try {
				t.join();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				failure.compareAndSet(null, new Cancelled());
			}
		}
		Throwable e = failure.get();
		if (e instanceof RuntimeException re) {
			throw re;
		}
		if (e instanceof Error err) {
			throw err;
		}
		Accumulator total = accumulators[0];
		for (int w = 1; w < workers; w++) {
			total.merge(accumulators[w]);
		}
		return total.result(scenario, model);
	}

	/** The scenario compiled to flat arrays for the inner loop. */
	static final class Model {
		final int horizon;
		final int quads;
		final int[] sectorOf;
		final int[] launch;
		final boolean[] launched;
		final boolean[] exporting;
		final double[] minPeak;
		final int sectors;
		final SectorAssumptions[] assumptions;
		final double[] success;
		final boolean[] logistic;
		final double[][] dva;
		final int dvaOffset;
		final double[] directPerUsd;
		final double[] indirectPerUsd;
		final double[] fiscalRate;
		final boolean fiscal;
		final int holidayYears;
		final Distribution climate;
		final int[] thresholdYear;
		final double[] thresholdUsd;
		final double milestoneUsd;
		final int milestoneYears;
		final Sector[] sectorValues;

		Model(Scenario s) {
			horizon = s.horizonYears();
			List<PlannedQuad> planned = s.quads();
			quads = planned.size();
			List<Sector> used = planned.stream().map(PlannedQuad::sector).distinct().sorted().toList();
			sectors = used.size();
			sectorValues = used.toArray(new Sector[0]);
			sectorOf = new int[quads];
			launch = new int[quads];
			launched = new boolean[quads];
			exporting = new boolean[quads];
			minPeak = new double[quads];
			int earliest = 1;
			for (int q = 0; q < quads; q++) {
				PlannedQuad p = planned.get(q);
				sectorOf[q] = used.indexOf(p.sector());
				launch[q] = p.launchYear();
				launched[q] = p.launched();
				exporting[q] = p.exporting();
				minPeak[q] = p.minPeakUsd();
				earliest = Math.min(earliest, p.launchYear());
			}
			dvaOffset = 1 - earliest;
			assumptions = new SectorAssumptions[sectors];
			success = new double[sectors];
			logistic = new boolean[sectors];
			dva = new double[sectors][];
			directPerUsd = new double[sectors];
			indirectPerUsd = new double[sectors];
			fiscalRate = new double[sectors];
			fiscal = s.fiscal() != null;
			holidayYears = fiscal ? s.fiscal().holidayYears() : 0;
			for (int i = 0; i < sectors; i++) {
				SectorAssumptions a = s.sectors().get(used.get(i));
				assumptions[i] = a;
				success[i] = a.successProbability();
				logistic[i] = a.ramp() == Ramp.LOGISTIC;
				dva[i] = new double[horizon + dvaOffset + 1];
				for (int n = 1; n < dva[i].length; n++) {
					dva[i][n] = a.dva(n);
				}
				directPerUsd[i] = a.directJobsPerUsdBn() / 1e9;
				indirectPerUsd[i] = directPerUsd[i] * a.indirectJobsPerDirectJob();
				fiscalRate[i] = fiscal ? s.fiscal().corporateTaxRate() * a.profitMargin() : 0;
			}
			climate = s.climate();
			thresholdYear = s.thresholds().stream().mapToInt(Scenario.Threshold::year).toArray();
			thresholdUsd = s.thresholds().stream().mapToDouble(Scenario.Threshold::usd).toArray();
			milestoneUsd = s.milestoneUsd();
			milestoneYears = s.milestoneYears();
		}

		/** One trial: fills the yearly totals (index y - 1) and the milestone count. */
		void simulate(SplittableRandom random, Trial t) {
			int h = horizon;
			double[] exports = t.series[EXPORTS];
			double[] forex = t.series[FOREX];
			double[] cost = t.series[FISCAL];
			Arrays.fill(exports, 0);
			Arrays.fill(forex, 0);
			if (fiscal) {
				Arrays.fill(cost, 0);
			}
			if (sectors > 1) {
				for (double[] se : t.sectorExports) {
					Arrays.fill(se, 0);
				}
			}
			double climateFactor = climate.sample(random);
			int milestones = 0;
			for (int q = 0; q < quads; q++) {
				int s = sectorOf[q];
				SectorAssumptions a = assumptions[s];
				if (!exporting[q] && success[s] < 1 && random.nextDouble() >= success[s]) {
					continue;
				}
				int start = launch[q];
				if (!launched[q]) {
					start += (int) Math.round(a.launchDelayYears().sample(random));
				}
				double peak = a.peakExportsUsd().sample(random) * climateFactor;
				if (peak < minPeak[q]) {
					peak = minPeak[q];
				}
				double years = a.yearsToTarget().sample(random);
				if (years < 1e-9) {
					years = 1e-9;
				}
				if (a.ramp().value(peak, years, milestoneYears) >= milestoneUsd) {
					milestones++;
				}
				int first = Math.max(1, start);
				if (first > h) {
					continue;
				}
				// With one sector, jobs follow from the exports total: no per-sector copy is needed.
				boolean perSector = sectors > 1;
				double[] se = t.sectorExports[s];
				double[] shares = dva[s];
				int shift = 1 - start;
				double rate = fiscalRate[s];
				if (logistic[s]) {
					double r = Math.pow(19, -2 / years);
					double term = 19 * Math.pow(r, first + shift);
					for (int y = first; y <= h; y++) {
						int n = y + shift;
						double e = peak / (1 + term);
						term *= r;
						exports[y - 1] += e;
						forex[y - 1] += e * shares[n];
						if (perSector) {
							se[y - 1] += e;
						}
						if (fiscal && n <= holidayYears) {
							cost[y - 1] += e * rate;
						}
					}
				}
				else if (!perSector && !fiscal) {
					// The common case, without the per-sector copy and the fiscal ledger.
					for (int y = first; y <= h; y++) {
						int n = y + shift;
						double e = n >= years ? peak : peak * n / years;
						exports[y - 1] += e;
						forex[y - 1] += e * shares[n];
					}
				}
				else {
					for (int y = first; y <= h; y++) {
						int n = y + shift;
						double e = n >= years ? peak : peak * n / years;
						exports[y - 1] += e;
						forex[y - 1] += e * shares[n];
						if (perSector) {
							se[y - 1] += e;
						}
						if (fiscal && n <= holidayYears) {
							cost[y - 1] += e * rate;
						}
					}
				}
			}
			double[] direct = t.series[DIRECT];
			double[] indirect = t.series[INDIRECT];
			Arrays.fill(direct, 0);
			Arrays.fill(indirect, 0);
			for (int s = 0; s < sectors; s++) {
				double[] se = sectors == 1 ? exports : t.sectorExports[s];
				double d = directPerUsd[s];
				double i = indirectPerUsd[s];
				for (int y = 0; y < h; y++) {
					direct[y] += se[y] * d;
					indirect[y] += se[y] * i;
				}
			}
			t.milestones = milestones;
		}
	}

	/** One trial's outputs, reused from trial to trial. */
	static final class Trial {
		final double[][] series;
		final double[][] sectorExports;
		int milestones;

		Trial(Model m) {
			series = new double[5][m.horizon];
			sectorExports = new double[m.sectors][m.horizon];
		}
	}

	/** Sketches, threshold hits and the milestone histogram of one worker. */
	static final class Accumulator {
		final QuantileSketch[][] sketches;
		final long[] thresholdHits;
		final long[] milestoneCounts;
		final int metrics;
		final int[] thresholdYear;
		final double[] thresholdUsd;
		/** The series values of up to one chunk of trials, by series (metric x year), not yet in the sketches. */
		private final double[][] buffer;
		private int buffered;

		Accumulator(Model m) {
			thresholdYear = m.thresholdYear;
			thresholdUsd = m.thresholdUsd;
			metrics = m.fiscal ? 5 : 4;
			sketches = new QuantileSketch[metrics][m.horizon];
			for (int k = 0; k < metrics; k++) {
				for (int y = 0; y < m.horizon; y++) {
					sketches[k][y] = new QuantileSketch(SCALE[k]);
				}
			}
			thresholdHits = new long[m.thresholdYear.length];
			milestoneCounts = new long[m.quads + 1];
			buffer = new double[metrics * m.horizon][CHUNK];
		}

		/** Hands the buffered trials of one chunk to the sketches, one series at a time; called after every chunk. */
		void flush() {
			int horizon = sketches[0].length;
			for (int k = 0; k < metrics; k++) {
				for (int y = 0; y < horizon; y++) {
					sketches[k][y].addChunk(buffer[k * horizon + y], buffered);
				}
			}
			buffered = 0;
		}

		void record(Trial t) {
			int horizon = sketches[0].length;
			for (int k = 0; k < metrics; k++) {
				double[] values = t.series[k];
				for (int y = 0; y < horizon; y++) {
					buffer[k * horizon + y][buffered] = values[y];
				}
			}
			buffered++;
			milestoneCounts[t.milestones]++;
			double[] exports = t.series[EXPORTS];
			for (int i = 0; i < thresholdHits.length; i++) {
				if (exports[thresholdYear[i] - 1] >= thresholdUsd[i]) {
					thresholdHits[i]++;
				}
			}
		}

		void merge(Accumulator other) {
			for (int k = 0; k < metrics; k++) {
				for (int y = 0; y < sketches[k].length; y++) {
					sketches[k][y].merge(other.sketches[k][y]);
				}
			}
			for (int i = 0; i < thresholdHits.length; i++) {
				thresholdHits[i] += other.thresholdHits[i];
			}
			for (int i = 0; i < milestoneCounts.length; i++) {
				milestoneCounts[i] += other.milestoneCounts[i];
			}
		}

		ProjectionResult result(Scenario s, Model m) {
			int trials = s.trials();
			double today = s.baselineExportsUsd();
			List<Year> years = new ArrayList<>();
			for (int y = 0; y < m.horizon; y++) {
				Stats exports = Stats.of(sketches[EXPORTS][y]);
				years.add(new Year(y + 1, exports, Stats.of(sketches[FOREX][y]), Stats.of(sketches[DIRECT][y]),
						Stats.of(sketches[INDIRECT][y]), exports.dividedBy(today),
						today * Math.pow(1 + s.baselineGrowth(), y + 1),
						m.fiscal ? Stats.of(sketches[FISCAL][y]) : null));
			}
			List<ThresholdProbability> thresholds = new ArrayList<>();
			for (int i = 0; i < m.thresholdYear.length; i++) {
				thresholds.add(new ThresholdProbability(m.thresholdYear[i], m.thresholdUsd[i],
						(double) thresholdHits[i] / trials));
			}
			return new ProjectionResult(1, s.name(), m.horizon, trials, s.seed(), m.quads, years, thresholds,
					milestone(m, trials), tornado(s, m), method());
		}

		private Milestone milestone(Model m, int trials) {
			double[] probabilities = new double[m.quads + 1];
			for (int k = 0; k <= m.quads; k++) {
				probabilities[k] = (double) milestoneCounts[k] / trials;
			}
			double mean = 0;
			for (int k = 0; k <= m.quads; k++) {
				mean += k * probabilities[k];
			}
			return new Milestone(m.milestoneUsd, m.milestoneYears, m.quads,
					new Stats(mean, countQuantile(0.05, trials), countQuantile(0.10, trials),
							countQuantile(0.50, trials), countQuantile(0.90, trials), countQuantile(0.95, trials)),
					probabilities);
		}

		/** Percentile of the milestone count, exact: the histogram holds every trial. */
		private double countQuantile(double p, int trials) {
			double rank = p * (trials - 1);
			return (orderStatistic((long) Math.floor(rank)) * (1 - (rank - Math.floor(rank))))
					+ orderStatistic((long) Math.ceil(rank)) * (rank - Math.floor(rank));
		}

		private int orderStatistic(long rank) {
			long seen = 0;
			for (int k = 0; k < milestoneCounts.length; k++) {
				seen += milestoneCounts[k];
				if (rank < seen) {
					return k;
				}
			}
			return milestoneCounts.length - 1;
		}
	}

	static Method method() {
		return new Method("streaming log-bucket histogram per year and quantity (2^" + QuantileSketch.MANTISSA_BITS
				+ " buckets per power of two), interpolated inside the bucket and clamped to the exact minimum and "
				+ "maximum; memory does not grow with trials", Math.scalb(1.0, -QuantileSketch.MANTISSA_BITS),
				"exact sum of values rounded to whole USD (jobs to 0.001), so at most 0.5 USD off",
				"SplittableRandom seeded with the seed, one split stream per chunk of " + CHUNK + " trials");
	}

	/** Deterministic evaluation at medians, with one parameter moved to its P10 or P90. */
	static ProjectionResult.Tornado tornado(Scenario s, Model m) {
		int year = s.tornadoYear();
		int sectors = m.sectors;
		double[] share = new double[sectors];
		double[] delay = new double[sectors];
		double[] peak = new double[sectors];
		double[] years = new double[sectors];
		int[] unknown = new int[sectors];
		for (int q = 0; q < m.quads; q++) {
			if (!m.exporting[q]) {
				unknown[m.sectorOf[q]]++;
			}
		}
		for (int i = 0; i < sectors; i++) {
			SectorAssumptions a = m.assumptions[i];
			share[i] = a.successProbability();
			delay[i] = a.launchDelayYears().median();
			peak[i] = a.peakExportsUsd().median();
			years[i] = a.yearsToTarget().median();
		}
		double climate = s.climate().median();
		double base = deterministic(m, year, share, delay, peak, years, climate);
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < sectors; i++) {
			SectorAssumptions a = m.assumptions[i];
			String path = "sectors." + m.sectorValues[i] + ".";
			double p = a.successProbability();
			if (p > 0 && p < 1 && unknown[i] > 0) {
				BinomialDistribution binomial = new BinomialDistribution(null, unknown[i], p);
				double low = (double) binomial.inverseCumulativeProbability(0.1) / unknown[i];
				double high = (double) binomial.inverseCumulativeProbability(0.9) / unknown[i];
				bars.add(bar(path + "successProbability", low, high, share, i, v -> deterministic(m, year, v, delay,
						peak, years, climate)));
			}
			if (!a.launchDelayYears().isFixed()) {
				bars.add(bar(path + "launchDelayYears", a.launchDelayYears(), delay, i,
						v -> deterministic(m, year, share, v, peak, years, climate)));
			}
			if (!a.peakExportsUsd().isFixed()) {
				bars.add(bar(path + "peakExportsUsd", a.peakExportsUsd(), peak, i,
						v -> deterministic(m, year, share, delay, v, years, climate)));
			}
			if (!a.yearsToTarget().isFixed()) {
				bars.add(bar(path + "yearsToTarget", a.yearsToTarget(), years, i,
						v -> deterministic(m, year, share, delay, peak, v, climate)));
			}
		}
		if (!s.climate().isFixed()) {
			double low = s.climate().quantile(0.1);
			double high = s.climate().quantile(0.9);
			double lowResult = deterministic(m, year, share, delay, peak, years, low);
			double highResult = deterministic(m, year, share, delay, peak, years, high);
			bars.add(new Bar("climate", low, high, lowResult, highResult, Math.abs(highResult - lowResult)));
		}
		bars.sort(Comparator.comparingDouble(Bar::swingUsd).reversed().thenComparing(Bar::parameter));
		return new ProjectionResult.Tornado(year, base, bars);
	}

	private interface Evaluation {
		double at(double[] values);
	}

	private static Bar bar(String path, Distribution d, double[] medians, int i, Evaluation eval) {
		return bar(path, d.quantile(0.1), d.quantile(0.9), medians, i, eval);
	}

	private static Bar bar(String path, double low, double high, double[] medians, int i, Evaluation eval) {
		double[] values = medians.clone();
		values[i] = low;
		double lowResult = eval.at(values);
		values[i] = high;
		double highResult = eval.at(values);
		return new Bar(path, low, high, lowResult, highResult, Math.abs(highResult - lowResult));
	}

	/** Exports in one year with success entering as its expected share (a median of a 0/1 draw means nothing). */
	private static double deterministic(Model m, int year, double[] share, double[] delay, double[] peak,
			double[] years, double climate) {
		double total = 0;
		for (int q = 0; q < m.quads; q++) {
			int s = m.sectorOf[q];
			int start = m.launch[q] + (m.launched[q] ? 0 : (int) Math.round(delay[s]));
			int n = year - start + 1;
			if (n < 1) {
				continue;
			}
			double p = Math.max(peak[s] * climate, m.minPeak[q]);
			double weight = m.exporting[q] ? 1 : share[s];
			total += weight * m.assumptions[s].ramp().value(p, Math.max(years[s], 1e-9), n);
		}
		return total;
	}
}
