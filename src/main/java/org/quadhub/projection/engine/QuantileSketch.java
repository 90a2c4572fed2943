package org.quadhub.projection.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Streaming summary of one output series (one metric in one year) in memory that does not grow with the number of
 * trials. Values go into logarithmic buckets taken straight from the bits of the double: 2^10 buckets per power of
 * two, so a bucket spans at most 2^-10 (0.098%) of its value, and a percentile read by interpolating inside its
 * bucket is within that relative error of the exact sample percentile (values below 2^-20 count as 0). Minimum and
 * maximum are exact, and every percentile is clamped to them, so a distribution without spread is reported exactly.
 * The mean is exact up to rounding each chunk's sum to the nearest multiple of 1/scale (an integer sum in 128 bits), so merging
 * partial sketches in any order gives bit-identical results.
 */
final class QuantileSketch {

	static final int MANTISSA_BITS = 10;
	private static final int PER_OCTAVE = 1 << MANTISSA_BITS;
	private static final int MIN_EXPONENT = -20;
	private static final int MAX_EXPONENT = 62;
	private static final double SMALLEST = 0x1p-20;

	private final double scale;
	private final int[][] octaves = new int[MAX_EXPONENT - MIN_EXPONENT + 1][];
	private long zeros;
	private long count;
	private long sumHigh;
	private long sumLow;
	private double min = Double.POSITIVE_INFINITY;
	private double max = Double.NEGATIVE_INFINITY;

	/** @param scale values are summed for the mean as whole multiples of 1/scale */
	QuantileSketch(double scale) {
		this.scale = scale;
	}

	/**
	 * Adds one chunk of trials' values (in trial order). The chunk's sum is taken in double precision in that order
	 * and then rounded once to a whole multiple of 1/scale into the 128-bit total, so the total does not depend on
	 * which thread ran which chunk or in what order chunks were merged; counting one series at a time keeps its
	 * buckets in the cache.
	 */
	void addChunk(double[] values, int n) {
		double lo = min;
		double hi = max;
		double sum = 0;
		long zero = zeros;
		for (int i = 0; i < n; i++) {
			double value = values[i];
			sum += value;
			if (value < lo) {
				lo = value;
			}
			if (value > hi) {
				hi = value;
			}
			if (value < SMALLEST) {
				zero++;
				continue;
			}
			long bits = Double.doubleToRawLongBits(value);
			int exponent = Math.min((int) (bits >>> 52) - 1023, MAX_EXPONENT);
			int[] octave = octaves[exponent - MIN_EXPONENT];
			if (octave == null) {
				octave = new int[PER_OCTAVE];
				octaves[exponent - MIN_EXPONENT] = octave;
			}
			octave[(int) (bits >>> (52 - MANTISSA_BITS)) & (PER_OCTAVE - 1)]++;
		}
		long scaled = (long) Math.rint(sum * scale);
		long low = sumLow + scaled;
		if (Long.compareUnsigned(low, sumLow) < 0) {
			sumHigh++;
		}
		sumLow = low;
		min = lo;
		max = hi;
		zeros = zero;
		count += n;
	}

	void merge(QuantileSketch other) {
		count += other.count;
		zeros += other.zeros;
		min = Math.min(min, other.min);
		max = Math.max(max, other.max);
		long low = sumLow + other.sumLow;
		sumHigh += other.sumHigh + (Long.compareUnsigned(low, sumLow) < 0 ? 1 : 0);
		sumLow = low;
		for (int e = 0; e < octaves.length; e++) {
			int[] theirs = other.octaves[e];
			if (theirs == null) {
				continue;
			}
			if (octaves[e] == null) {
				octaves[e] = theirs.clone();
			}
			else {
				for (int i = 0; i < PER_OCTAVE; i++) {
					octaves[e][i] += theirs[i];
				}
			}
		}
	}

	long count() {
		return count;
	}

	double mean() {
		if (count == 0) {
			return 0;
		}
		BigInteger sum = BigInteger.valueOf(sumHigh).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(sumLow)));
		return new BigDecimal(sum).divide(new BigDecimal(count).multiply(new BigDecimal(scale)), MathContext.DECIMAL128)
			.doubleValue();
	}

	/** The p-quantile (0 to 1) with linear interpolation between order statistics, as numpy's default. */
	double quantile(double p) {
		if (count == 0) {
			return 0;
		}
		if (min == max) {
			return min;
		}
		double rank = p * (count - 1);
		double value = valueAtRank(Math.floor(rank));
		double upper = valueAtRank(Math.ceil(rank));
		double interpolated = value + (rank - Math.floor(rank)) * (upper - value);
		return Math.max(min, Math.min(max, interpolated));
	}

	/** The order statistic at a 0-based rank, placed evenly inside its bucket. */
	private double valueAtRank(double rank) {
		if (rank < zeros) {
			return Math.max(0, Math.min(min, SMALLEST));
		}
		double seen = zeros;
		for (int e = 0; e < octaves.length; e++) {
			int[] octave = octaves[e];
			if (octave == null) {
				continue;
			}
			for (int i = 0; i < PER_OCTAVE; i++) {
				int n = octave[i];
				if (n == 0) {
					continue;
				}
				if (rank < seen + n) {
					double lower = bucketLower(e, i);
					double upperBound = bucketLower(e, i + 1);
					double position = (rank - seen + 0.5) / n;
					double v = lower + position * (upperBound - lower);
					return Math.max(min, Math.min(max, v));
				}
				seen += n;
			}
		}
		return max;
	}

	private static double bucketLower(int octaveIndex, int bucket) {
		int exponent = octaveIndex + MIN_EXPONENT;
		return Math.scalb(1.0 + (double) bucket / PER_OCTAVE, exponent);
	}
}
