package org.quadhub.reporting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyLogTest {

	@Test
	void eachRepeatNamesTheFirstRowWithItsKeyInTheOrderRead() {
		KeyLog log = new KeyLog(2);
		long[] keys = { 7, 3, 9, 3, 7, 3, 11 };
		for (int i = 0; i < keys.length; i++) {
			log.add(keys[i], i + 2);
		}
		assertThat(log.duplicates()).containsExactly(new KeyLog.Duplicate(5, 3), new KeyLog.Duplicate(6, 2),
				new KeyLog.Duplicate(7, 3));
	}

	@Test
	void distinctKeysHaveNoDuplicates() {
		KeyLog log = new KeyLog(16);
		for (long k = 0; k < 100_000; k++) {
			log.add(k * 7919 % 100_003, k + 2);
		}
		assertThat(log.size()).isEqualTo(100_000);
		assertThat(log.duplicates()).isEmpty();
	}

	@Test
	void theRadixSortOrdersLikeTheLibrarySort() {
		java.util.SplittableRandom random = new java.util.SplittableRandom(5);
		for (int n : new int[] { 0, 1, 2, 1000, 50_000 }) {
			long[] keys = new long[n];
			for (int i = 0; i < n; i++) {
				keys[i] = i % 3 == 0 ? random.nextLong(1000) : random.nextLong() >>> 1;
			}
			long[] expected = keys.clone();
			java.util.Arrays.sort(expected);
			assertThat(KeyLog.sort(keys.clone())).as("%d keys", n).containsExactly(expected);
		}
	}
}
