package org.quadhub.reporting;

import java.util.Arrays;

/** Open-addressing map from non-negative long keys to long values; about 32 bytes per entry. */
final class LongLongMap {

	static final long MISSING = Long.MIN_VALUE;
	private static final long FREE = -1L;

	private long[] keys;
	private long[] values;
	private int size;

	LongLongMap(int capacity) {
		int n = Integer.highestOneBit(Math.max(16, capacity) - 1) << 1;
		keys = new long[n];
		values = new long[n];
		Arrays.fill(keys, FREE);
	}

	/** Stores the value unless the key is present; returns the present value, or {@link #MISSING}. */
	long putIfAbsent(long key, long value) {
		if (key < 0) {
			throw new IllegalArgumentException("negative key");
		}
		if (size * 2 >= keys.length) {
			grow();
		}
		int mask = keys.length - 1;
		int i = (int) mix(key) & mask;
		while (keys[i] != FREE) {
			if (keys[i] == key) {
				return values[i];
			}
			i = (i + 1) & mask;
		}
		keys[i] = key;
		values[i] = value;
		size++;
		return MISSING;
	}

	int size() {
		return size;
	}

	private void grow() {
		long[] oldKeys = keys;
		long[] oldValues = values;
		keys = new long[oldKeys.length * 2];
		values = new long[oldKeys.length * 2];
		Arrays.fill(keys, FREE);
		size = 0;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != FREE) {
				putIfAbsent(oldKeys[i], oldValues[i]);
			}
		}
	}

	/** MurmurHash3's 64-bit finaliser: every key bit reaches the low bits the table index is taken from. */
	private static long mix(long key) {
		long h = key;
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb9fe1a85ec53L;
		h ^= h >>> 33;
		return h;
	}
}
