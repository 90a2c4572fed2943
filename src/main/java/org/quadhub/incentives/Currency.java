package org.quadhub.incentives;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.DomainProblem;

import java.util.Arrays;
import java.util.Locale;

/** The currencies QuadHub books money in. Every amount carries one; PKR is the treasury's. */
public enum Currency {
	USD, PKR, CNY;

	/** Reads a currency code, or fails with a 400 that names the field and the accepted codes. */
	public static Currency parse(String field, @Nullable String code) {
		if (code == null || code.isBlank()) {
			throw DomainProblem.invalid(field, "is required: one of " + Arrays.toString(values()));
		}
		try {
			return valueOf(code.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw DomainProblem.invalid(field, "unknown currency '" + code.trim() + "': use one of " + Arrays.toString(values()));
		}
	}
}
