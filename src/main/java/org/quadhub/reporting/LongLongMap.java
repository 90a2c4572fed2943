package org.quadhub.reporting;

import java.util.Arrays;

/**
 * Open-addressing map from non-negative long keys to long values; about 32 bytes per entry. Each key sits next to
 * its value in one array, so a lookup of a large map costs one cache miss, not two.
 */
final class LongLongMap {

	static final long MISSING = Long.MIN_VALUE;
	private static final long FREE = -1L;

	/** Slot i holds its key at 2i and its value at 2i + 1. */
	private long[] slots;
	private int size;

	LongLongMap(int capacity) {
		int n = Integer.highestOneBit(Math.max(16, capacity) - 1) << 1;
		slots = new long[2 * n];
		Arrays.fill(slots, FREE);
	}

	/** Makes room for {@code expected} entries at once instead of growing step by step. */
	void reserve(long expected) {
		long wanted = Math.min(1L << 28, Math.max(16, expected * 2));
		if (wanted > slots.length / 2) {
			resize(Integer.highestOneBit((int) (wanted - 1)) << 1);
		}
	}

	/** Stores the value unless the key is present; returns the present value, or {@link #MISSING}. */
	long putIfAbsent(long key, long value) {
		if (key < 0) {
			throw new IllegalArgumentException("negative key");
		}
		if (size >= slots.length / 4) {
			resize(slots.length);
		}
		int mask = slots.length / 2 - 1;
		int i = (int) mix(key) & mask;
		long k;
		while ((k = slots[2 * i]) != FREE) {
			if (k == key) {
				return slots[2 * i + 1];
			}
			i = (i + 1) & mask;
		}
		slots[2 * i] = key;
		slots[2 * i + 1] = value;
		size++;
		return MISSING;
	}

	boolean contains(long key) {
		int mask = slots.length / 2 - 1;
		int i = (int) mix(key) & mask;
		long k;
		while ((k = slots[2 * i]) != FREE) {
			if (k == key) {
				return true;
			}
			i = (i + 1) & mask;
		}
		return false;
	}

	int size() {
		return size;
	}

	private void resize(int capacity) {
		long[] old = slots;
		slots = new long[2 * capacity];
		Arrays.fill(slots, FREE);
		size = 0;
		for (int i = 0; i < old.length; i += 2) {
			if (old[i] != FREE) {
				putIfAbsent(old[i], old[i + 1]);
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
