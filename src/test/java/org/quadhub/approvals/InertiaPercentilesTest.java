package org.quadhub.approvals;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InertiaPercentilesTest {

	@Test
	void medianOfAnOddCountIsTheMiddleAndOfAnEvenCountTheMeanOfTheTwoMiddles() {
		assertThat(InertiaMetrics.median(List.of(2, 3, 9))).isEqualTo(3.0);
		assertThat(InertiaMetrics.median(List.of(1, 2, 4, 5))).isEqualTo(3.0);
		assertThat(InertiaMetrics.median(List.of(1, 2))).isEqualTo(1.5);
		assertThat(InertiaMetrics.median(List.of())).isNull();
	}

	@Test
	void p90IsTheNearestRank() {
		// ten values: the 9th; twenty: the 18th; three: the 3rd (rank 2.7 rounds up)
		assertThat(InertiaMetrics.percentile90(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))).isEqualTo(9);
		assertThat(InertiaMetrics.percentile90(java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList()))
			.isEqualTo(18);
		assertThat(InertiaMetrics.percentile90(List.of(3, 3, 7))).isEqualTo(7);
		assertThat(InertiaMetrics.percentile90(List.of(4))).isEqualTo(4);
		assertThat(InertiaMetrics.percentile90(List.of())).isNull();
	}
}
