package org.quadhub.matching;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * How much each soft rule counts in a run or a proposal: each component scores 0 to 1000 points and is multiplied
 * by its weight (0 switches it off). A missing weight takes its default.
 */
public record MatchingWeights(
		@Nullable @Min(0) @Max(100) Integer fit,
		@Nullable @Min(0) @Max(100) Integer distance,
		@Nullable @Min(0) @Max(100) Integer collaboration,
		@Nullable @Min(0) @Max(100) Integer trackRecord,
		@Nullable @Min(0) @Max(100) Integer spread,
		@Nullable @Min(0) @Max(100) Integer strength) {

	/** Fit dominates: a partner who cannot build the product is no partner, however near or famous. */
	public static final MatchingWeights DEFAULT = new MatchingWeights(10, 3, 2, 2, 3, 4);

	/** These weights with every missing one taken from {@link #DEFAULT}. */
	public MatchingWeights complete() {
		return new MatchingWeights(or(fit, DEFAULT.fit), or(distance, DEFAULT.distance),
				or(collaboration, DEFAULT.collaboration), or(trackRecord, DEFAULT.trackRecord),
				or(spread, DEFAULT.spread), or(strength, DEFAULT.strength));
	}

	public static MatchingWeights orDefault(@Nullable MatchingWeights weights) {
		return weights == null ? DEFAULT : weights.complete();
	}

	private static Integer or(@Nullable Integer value, @Nullable Integer fallback) {
		return value != null ? value : fallback == null ? 0 : fallback;
	}
}
