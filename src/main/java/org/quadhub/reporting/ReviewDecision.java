package org.quadhub.reporting;

import org.jspecify.annotations.Nullable;

/**
 * The coordinating authority's decision on a submitted revision: ACCEPT it (it then counts) or RETURN it with a
 * note saying what to correct. {@code version} is the version read; a stale one gives 409.
 */
public record ReviewDecision(@Nullable Verdict decision, @Nullable String note, @Nullable Long version) {

	public enum Verdict {
		ACCEPT, RETURN
	}
}
