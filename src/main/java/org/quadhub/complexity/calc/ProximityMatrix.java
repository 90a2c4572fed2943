package org.quadhub.complexity.calc;

/**
 * Proximity between every pair of products, stored as co-occurrence counts of the upper triangle (a quarter of the
 * memory of a dense matrix of doubles); each value is computed exactly as the count over the larger ubiquity.
 */
public final class ProximityMatrix {

	private final int n;
	private final int[] counts;
	private final int[] ubiquity;

	private ProximityMatrix(int n, int[] counts, int[] ubiquity) {
		this.n = n;
		this.counts = counts;
		this.ubiquity = ubiquity;
	}

	static ProximityMatrix of(ComplexityResult result, long[] bits, int words, int[] ubiquity) {
		int n = result.productCount();
		int[] counts = new int[(int) ((long) n * (n - 1) / 2)];
		int k = 0;
		if (words == 4) {
			for (int p = 0; p < n; p++) {
				long a0 = bits[p * 4];
				long a1 = bits[p * 4 + 1];
				long a2 = bits[p * 4 + 2];
				long a3 = bits[p * 4 + 3];
				for (int q = p + 1; q < n; q++) {
					int b = q * 4;
					counts[k++] = Long.bitCount(a0 & bits[b]) + Long.bitCount(a1 & bits[b + 1])
							+ Long.bitCount(a2 & bits[b + 2]) + Long.bitCount(a3 & bits[b + 3]);
				}
			}
		}
		else {
			for (int p = 0; p < n; p++) {
				int a = p * words;
				for (int q = p + 1; q < n; q++) {
					int b = q * words;
					int c = 0;
					for (int w = 0; w < words; w++) {
						c += Long.bitCount(bits[a + w] & bits[b + w]);
					}
					counts[k++] = c;
				}
			}
		}
		return new ProximityMatrix(n, counts, ubiquity);
	}

	public int size() {
		return n;
	}

	/** Proximity of two distinct products; 0 on the diagonal, as density, COI and COG use it. */
	public double get(int p, int q) {
		if (p == q) {
			return 0.0;
		}
		int a = Math.min(p, q);
		int b = Math.max(p, q);
		int max = Math.max(ubiquity[a], ubiquity[b]);
		if (max == 0) {
			return 0.0;
		}
		long index = (long) a * (2L * n - a - 1) / 2 + (b - a - 1);
		return (double) counts[(int) index] / max;
	}
}
