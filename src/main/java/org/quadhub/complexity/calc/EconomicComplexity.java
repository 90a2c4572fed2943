package org.quadhub.complexity.calc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

import org.jspecify.annotations.Nullable;

/**
 * Economic complexity of one period, with the conventions of the Stata {@code ecomplexity} command (Hidalgo and
 * Hausmann; the Atlas of Economic Complexity):
 * <ul>
 * <li>countries and products whose exports are all zero are dropped (and reported);</li>
 * <li>RCA is the Balassa index; M is 1 where RCA is strictly greater than 1;</li>
 * <li>ECI is the eigenvector of the second-largest eigenvalue of the countries x countries matrix
 * (M/diversity)(M/ubiquity)ᵀ, signed to correlate positively with diversity; the raw PCI is
 * (M/ubiquity)ᵀ kc / λ, so that kc = (M/diversity) kp exactly;</li>
 * <li>proximity is co-occurrence over the larger ubiquity, with a zero diagonal for density, COI and COG;</li>
 * <li>ECI, PCI and COG are standardised with the mean of kc and its sample standard deviation over the
 * country x product panel (n = countries x products, divisor n - 1); COI likewise with its own mean and sd.</li>
 * </ul>
 * Density and COG are computed without the products x products proximity matrix: products are processed by
 * ubiquity level, where the larger of two ubiquities is known, so every sum over neighbours becomes a sum over
 * countries x countries co-occurrence tables (see docs/adr/0011).
 */
public final class EconomicComplexity {

	private EconomicComplexity() {
	}

	public static ComplexityResult compute(TradeMatrix input) {
		int c0 = input.countryCount();
		int p0 = input.productCount();
		double[] x0 = input.values();
		double[] rowSum0 = new double[c0];
		double[] colSum0 = new double[p0];
		for (int c = 0; c < c0; c++) {
			int base = c * p0;
			double s = 0;
			for (int p = 0; p < p0; p++) {
				double v = x0[base + p];
				s += v;
				colSum0[p] += v;
			}
			rowSum0[c] = s;
		}
		List<String> droppedCountries = new ArrayList<>();
		List<String> droppedProducts = new ArrayList<>();
		int[] keepC = keep(rowSum0, input.countries(), droppedCountries);
		int[] keepP = keep(colSum0, input.products(), droppedProducts);
		int nc = keepC.length;
		int np = keepP.length;
		if (nc < 3 || np < 3) {
			throw new DegenerateInput("After dropping countries and products with no exports, " + nc + " countries and "
					+ np + " products remain; at least 3 of each are needed.");
		}
		String[] countries = new String[nc];
		String[] products = new String[np];
		for (int i = 0; i < nc; i++) {
			countries[i] = input.country(keepC[i]);
		}
		for (int j = 0; j < np; j++) {
			products[j] = input.product(keepP[j]);
		}
		boolean dense = nc == c0 && np == p0;
		double[] rowSum = new double[nc];
		double[] colSum = new double[np];
		for (int i = 0; i < nc; i++) {
			rowSum[i] = rowSum0[keepC[i]];
		}
		for (int j = 0; j < np; j++) {
			colSum[j] = colSum0[keepP[j]];
		}
		double total = 0;
		for (double v : rowSum) {
			total += v;
		}

		// RCA and M (as bitsets both ways) and the per-product country lists.
		int cWords = (nc + 63) >>> 6;
		int pWords = (np + 63) >>> 6;
		double[] rca = new double[nc * np];
		long[] mByCountry = new long[nc * pWords];
		long[] mByProduct = new long[np * cWords];
		int[] diversity = new int[nc];
		int[] ubiquity = new int[np];
		double[] share = new double[np];
		for (int j = 0; j < np; j++) {
			share[j] = colSum[j] / total;
		}
		for (int i = 0; i < nc; i++) {
			int src = dense ? i * p0 : keepC[i] * p0;
			double rs = rowSum[i];
			int base = i * np;
			for (int j = 0; j < np; j++) {
				double v = x0[src + (dense ? j : keepP[j])];
				double r = (v / rs) / share[j];
				rca[base + j] = r;
				if (r > 1) {
					mByCountry[i * pWords + (j >>> 6)] |= 1L << j;
					mByProduct[j * cWords + (i >>> 6)] |= 1L << i;
					diversity[i]++;
					ubiquity[j]++;
				}
			}
		}
		int[][] holders = new int[np][];
		for (int j = 0; j < np; j++) {
			holders[j] = members(mByProduct, j * cWords, cWords, ubiquity[j]);
		}

		// Density needs, for every product and country, sums over the product's neighbours held by the country; they
		// do not depend on the eigenvector, so a pool thread computes them while this thread solves for ECI.
		Levels levels = new Levels(ubiquity, nc);
		ForkJoinTask<double[][][]> heldNeighbours = ForkJoinPool.commonPool()
			.submit(() -> new double[][][] { levels.countrySums(holders, null, true, nc),
					levels.countrySums(holders, null, false, nc) });

		// ECI: the symmetric form D^-1/2 (M U^-1 Mᵀ) D^-1/2 of the countries x countries matrix.
		double[][] sym = new double[nc][nc];
		for (int j = 0; j < np; j++) {
			int[] h = holders[j];
			if (h.length == 0) {
				continue;
			}
			double inv = 1.0 / h.length;
			for (int a = 0; a < h.length; a++) {
				double[] row = sym[h[a]];
				for (int b = 0; b < h.length; b++) {
					row[h[b]] += inv;
				}
			}
		}
		double[] isd = new double[nc];
		for (int i = 0; i < nc; i++) {
			isd[i] = diversity[i] > 0 ? 1.0 / Math.sqrt(diversity[i]) : 0.0;
		}
		for (int a = 0; a < nc; a++) {
			double[] row = sym[a];
			for (int b = 0; b < nc; b++) {
				row[b] *= isd[a] * isd[b];
			}
		}
		SymmetricEigen eigen = new SymmetricEigen(sym);
		double lambda = eigen.value(nc - 2);
		double[] v2 = eigen.vector(nc - 2);
		double[] kc = new double[nc];
		for (int i = 0; i < nc; i++) {
			kc[i] = isd[i] * v2[i];
		}
		if (correlation(kc, diversity) < 0) {
			for (int i = 0; i < nc; i++) {
				kc[i] = -kc[i];
			}
		}
		double[] kp = new double[np];
		for (int j = 0; j < np; j++) {
			int[] h = holders[j];
			double s = 0;
			for (int i : h) {
				s += kc[i];
			}
			kp[j] = h.length == 0 ? 0.0 : s / h.length / lambda;
		}
		long panel = (long) nc * np;
		double meanKc = mean(kc);
		double sdKc = panelSd(kc, meanKc, np, panel);
		double[] eci = new double[nc];
		double[] pci = new double[np];
		for (int i = 0; i < nc; i++) {
			eci[i] = (kc[i] - meanKc) / sdKc;
		}
		for (int j = 0; j < np; j++) {
			pci[j] = (kp[j] - meanKc) / sdKc;
		}

		// Density, COI and COG by ubiquity level.
		double[] phiRowSum = levels.neighbourSums(holders, ones(np), nc);
		for (int j = 0; j < np; j++) {
			if (ubiquity[j] > 0) {
				phiRowSum[j] -= 1.0;
			}
		}
		double[] weight = new double[np];
		for (int j = 0; j < np; j++) {
			weight[j] = kp[j] / (phiRowSum[j] > 0 ? phiRowSum[j] : 1.0);
		}
		double[] weightedRowSum = levels.neighbourSums(holders, weight, nc);
		// The weighted sums (for COG) above and below each product's level are independent: one on a pool thread,
		// one here.
		ForkJoinTask<double[][]> weightedBelowTask = ForkJoinPool.commonPool()
			.submit(() -> levels.countrySums(holders, weight, false, nc));
		double[][] weightedAbove = levels.countrySums(holders, weight, true, nc);
		double[][] weightedBelow = weightedBelowTask.join();
		double[][][] held = heldNeighbours.join();
		double[][] heldAbove = held[0];
		double[][] heldBelow = held[1];
		double[] none = new double[nc];

		double[] density = new double[nc * np];
		double[] cog = new double[nc * np];
		double[] coiRaw = new double[nc];
		for (int j = 0; j < np; j++) {
			double[] num = heldAbove[j];
			double[] numBelow = heldBelow[j] == null ? none : heldBelow[j];
			double[] wnum = weightedAbove[j];
			double[] wnumBelow = weightedBelow[j] == null ? none : weightedBelow[j];
			double den = phiRowSum[j] > 0 ? phiRowSum[j] : 1.0;
			double cogBase = weightedRowSum[j] - weight[j];
			double kpj = kp[j];
			int bitsAt = j * cWords;
			int at = j * nc;
			for (int i = 0; i < nc; i++) {
				boolean isHeld = (mByProduct[bitsAt + (i >>> 6)] & (1L << i)) != 0;
				double dens = (num[i] + numBelow[i] - (isHeld ? 1.0 : 0.0)) / den;
				density[at + i] = dens;
				if (!isHeld) {
					coiRaw[i] += dens * kpj;
					cog[at + i] = (cogBase - (wnum[i] + wnumBelow[i])) / sdKc;
				}
			}
		}
		double meanCoi = mean(coiRaw);
		double sdCoi = panelSd(coiRaw, meanCoi, np, panel);
		double[] coi = new double[nc];
		for (int i = 0; i < nc; i++) {
			coi[i] = sdCoi > 0 ? (coiRaw[i] - meanCoi) / sdCoi : 0.0;
		}
		return new ComplexityResult(countries, products, droppedCountries, droppedProducts, colSum, rca,
				mByCountry, pWords, mByProduct, cWords, diversity, ubiquity, lambda, kc, kp, eci, pci, density, coi, cog);
	}

	private static int[] keep(double[] sums, String[] names, List<String> dropped) {
		int n = 0;
		for (double s : sums) {
			if (s > 0) {
				n++;
			}
		}
		int[] keep = new int[n];
		int k = 0;
		for (int i = 0; i < sums.length; i++) {
			if (sums[i] > 0) {
				keep[k++] = i;
			}
			else {
				dropped.add(names[i]);
			}
		}
		return keep;
	}

	static int[] members(long[] bits, int offset, int words, int count) {
		int[] out = new int[count];
		int k = 0;
		for (int w = 0; w < words; w++) {
			long word = bits[offset + w];
			while (word != 0) {
				out[k++] = (w << 6) + Long.numberOfTrailingZeros(word);
				word &= word - 1;
			}
		}
		return out;
	}

	private static double[] ones(int n) {
		double[] a = new double[n];
		Arrays.fill(a, 1.0);
		return a;
	}

	private static double mean(double[] a) {
		double s = 0;
		for (double v : a) {
			s += v;
		}
		return s / a.length;
	}

	/** Sample sd over the long panel where each value appears {@code repeat} times: Stata's convention. */
	private static double panelSd(double[] a, double mean, int repeat, long panel) {
		double s = 0;
		for (double v : a) {
			s += (v - mean) * (v - mean);
		}
		return Math.sqrt(s * repeat / (panel - 1));
	}

	private static double correlation(double[] a, int[] b) {
		double ma = mean(a);
		double mb = 0;
		for (int v : b) {
			mb += v;
		}
		mb /= b.length;
		double s = 0;
		for (int i = 0; i < a.length; i++) {
			s += (a[i] - ma) * (b[i] - mb);
		}
		return s;
	}

	/**
	 * Sums over neighbours in the product space, level by level. For a product p of ubiquity t, the proximity to q
	 * is co(p, q) / u_q when u_q is at least t and co(p, q) / t otherwise, and co(p, q) counts the countries holding
	 * both. So a sum over q of proximity times a weight is a sum over the countries holding p of per-country tables
	 * accumulated over the products above the level (weight / u_q) and below it (weight, divided by t at the end).
	 * The diagonal (q = p) is included here and removed by the caller.
	 */
	private static final class Levels {

		/** Products in ascending order of ubiquity, and where each level starts in that order. */
		private final int[] order;
		private final int[] start;
		private final int maxLevel;
		private final int[] ubiquity;

		Levels(int[] ubiquity, int countries) {
			this.ubiquity = ubiquity;
			maxLevel = countries;
			int[] count = new int[countries + 2];
			for (int u : ubiquity) {
				count[u + 1]++;
			}
			for (int t = 1; t < count.length; t++) {
				count[t] += count[t - 1];
			}
			start = count.clone();
			order = new int[ubiquity.length];
			int[] next = count.clone();
			for (int j = 0; j < ubiquity.length; j++) {
				order[next[ubiquity[j]]++] = j;
			}
		}

		/** For every product p: the sum over q of proximity(p, q) * weight[q], diagonal included. */
		double[] neighbourSums(int[][] holders, double[] weight, int nc) {
			int np = holders.length;
			double[] out = new double[np];
			double[] above = new double[nc];
			for (int t = maxLevel; t >= 1; t--) {
				for (int k = start[t]; k < start[t + 1]; k++) {
					int q = order[k];
					double w = weight[q] / t;
					for (int c : holders[q]) {
						above[c] += w;
					}
				}
				for (int k = start[t]; k < start[t + 1]; k++) {
					int p = order[k];
					double s = 0;
					for (int c : holders[p]) {
						s += above[c];
					}
					out[p] = s;
				}
			}
			double[] below = new double[nc];
			for (int t = 1; t <= maxLevel; t++) {
				for (int k = start[t]; k < start[t + 1]; k++) {
					int p = order[k];
					double s = 0;
					for (int c : holders[p]) {
						s += below[c];
					}
					out[p] += s / t;
				}
				for (int k = start[t]; k < start[t + 1]; k++) {
					int q = order[k];
					for (int c : holders[q]) {
						below[c] += weight[q];
					}
				}
			}
			return out;
		}

		/**
		 * For every product p (indexed by p) and country c: the sum over q of M_cq proximity(p, q) w[q] (w = 1 when
		 * {@code weight} is null), diagonal included, over the q at or above p's level ({@code above}) or strictly
		 * below it. Null where there is nothing below.
		 */
		double[][] countrySums(int[][] holders, double @Nullable [] weight, boolean above, int nc) {
			double[][] out = new double[holders.length][];
			double[][] table = new double[nc][nc];
			if (above) {
				for (int t = maxLevel; t >= 1; t--) {
					for (int k = start[t]; k < start[t + 1]; k++) {
						int q = order[k];
						addPairs(holders[q], (weight == null ? 1.0 : weight[q]) / t, table);
					}
					for (int k = start[t]; k < start[t + 1]; k++) {
						int p = order[k];
						double[] sum = new double[nc];
						for (int c : holders[p]) {
							add(sum, table[c], 1.0);
						}
						out[p] = sum;
					}
				}
				for (int k = 0; k < start[1]; k++) {
					out[order[k]] = new double[nc];
				}
				return out;
			}
			boolean any = false;
			for (int t = 1; t <= maxLevel; t++) {
				double inv = 1.0 / t;
				if (any) {
					for (int k = start[t]; k < start[t + 1]; k++) {
						int p = order[k];
						double[] sum = new double[nc];
						for (int c : holders[p]) {
							add(sum, table[c], inv);
						}
						out[p] = sum;
					}
				}
				for (int k = start[t]; k < start[t + 1]; k++) {
					int q = order[k];
					addPairs(holders[q], weight == null ? 1.0 : weight[q], table);
					any = true;
				}
			}
			return out;
		}

		private static void addPairs(int[] h, double a, double[][] m) {
			for (int x : h) {
				double[] row = m[x];
				for (int y : h) {
					row[y] += a;
				}
			}
		}

		private static void add(double[] acc, double[] row, double factor) {
			for (int i = 0; i < acc.length; i++) {
				acc[i] += row[i] * factor;
			}
		}
	}
}
