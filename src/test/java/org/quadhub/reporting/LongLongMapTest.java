package org.quadhub.reporting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LongLongMapTest {

	@Test
	void keepsTheFirstValueOfEveryKeyAndFindsDuplicates() {
		LongLongMap map = new LongLongMap(16);
		for (long i = 0; i < 200_000; i++) {
			// keys shaped like export-line keys: high bits (months) vary last
			long key = ((i % 120) << 51) | ((i / 120) << 20);
			assertThat(map.putIfAbsent(key, i)).isEqualTo(LongLongMap.MISSING);
		}
		assertThat(map.size()).isEqualTo(200_000);
		assertThat(map.putIfAbsent((5L << 51) | (7L << 20), -1)).isEqualTo(7 * 120 + 5);
	}

	@Test
	void aReservedMapKeepsEveryEntryAcrossFurtherGrowth() {
		LongLongMap map = new LongLongMap(16);
		map.reserve(1000);
		for (long i = 0; i < 50_000; i++) {
			assertThat(map.putIfAbsent(i * 7919, i)).isEqualTo(LongLongMap.MISSING);
		}
		assertThat(map.size()).isEqualTo(50_000);
		for (long i = 0; i < 50_000; i += 997) {
			assertThat(map.putIfAbsent(i * 7919, -1)).isEqualTo(i);
		}
	}
}
