package org.quadhub.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/** Rounding for display: USD millions and percentages. */
public final class Money {

	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Money() {
	}

	/** USD in millions with one decimal. */
	public static BigDecimal millions(@Nullable BigDecimal usd) {
		return usd == null ? BigDecimal.ZERO : usd.divide(MILLION, 1, RoundingMode.HALF_UP);
	}

	/** USD in billions with one decimal. */
	public static BigDecimal billions(@Nullable BigDecimal usd) {
		return usd == null ? BigDecimal.ZERO : usd.divide(MILLION.multiply(BigDecimal.valueOf(1000)), 1,
				RoundingMode.HALF_UP);
	}

	/** {@code part} as a percentage of {@code whole} with one decimal (0 when the whole is 0). */
	public static BigDecimal percent(@Nullable BigDecimal part, @Nullable BigDecimal whole) {
		if (part == null || whole == null || whole.signum() == 0) {
			return BigDecimal.ZERO.setScale(1);
		}
		return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
	}
}
