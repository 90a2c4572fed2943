package org.quadhub.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The duplicate check of a file: every line's key in the order read, examined once after the last line by sorting
 * a copy. A lookup per line in a hash table of millions of keys misses the processor's cache every time; writing
 * the keys in order and sorting them once (radix sort, 11 bits a pass) reads memory in sequence. About 32 bytes a
 * line while checking.
 */
final class KeyLog {

	/** A line whose key an earlier row already had. */
	record Duplicate(long row, long earlierRow) {
	}

	private long[] keys;
	private long[] rows;
	private int size;

	KeyLog(int expected) {
		int n = Math.max(16, expected);
		keys = new long[n];
		rows = new long[n];
	}

	void add(long key, long row) {
		if (size == keys.length) {
			int n = size + (size >> 1);
			keys = Arrays.copyOf(keys, n);
			rows = Arrays.copyOf(rows, n);
		}
		keys[size] = key;
		rows[size++] = row;
	}

	int size() {
		return size;
	}

	/** Every line whose key came earlier, in the order read, each with the first row that had its key. */
	List<Duplicate> duplicates() {
		long[] sorted = sort(Arrays.copyOf(keys, size));
		LongLongMap firstRows = null;
		for (int i = 1; i < sorted.length; i++) {
			if (sorted[i] == sorted[i - 1]) {
				if (firstRows == null) {
					firstRows = new LongLongMap(64);
				}
				firstRows.putIfAbsent(sorted[i], 0);
			}
		}
		List<Duplicate> found = new ArrayList<>();
		if (firstRows == null) {
			return found;
		}
		LongLongMap seen = new LongLongMap(64);
		for (int i = 0; i < size; i++) {
			if (firstRows.contains(keys[i])) {
				long earlier = seen.putIfAbsent(keys[i], rows[i]);
				if (earlier != LongLongMap.MISSING) {
					found.add(new Duplicate(rows[i], earlier));
				}
			}
		}
		return found;
	}

	/** Sorts non-negative keys (least significant digit first, 11 bits a pass, skipping digits all keys share). */
	static long[] sort(long[] keys) {
		int n = keys.length;
		long[] from = keys;
		long[] to = new long[n];
		int[] start = new int[1 << 11];
		for (int shift = 0; shift < 63; shift += 11) {
			Arrays.fill(start, 0);
			for (int i = 0; i < n; i++) {
				start[(int) (from[i] >>> shift) & 2047]++;
			}
			if (n == 0 || start[(int) (from[0] >>> shift) & 2047] == n) {
				continue;
			}
			int sum = 0;
			for (int d = 0; d < start.length; d++) {
				int count = start[d];
				start[d] = sum;
				sum += count;
			}
			for (int i = 0; i < n; i++) {
				long key = from[i];
				to[start[(int) (key >>> shift) & 2047]++] = key;
			}
			long[] t = from;
			from = to;
			to = t;
		}
		return from;
	}
}
