package org.quadhub.committee;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Country;

/** Tracker filters; each null means any. */
public record ActionItemFilter(@Nullable Country side, @Nullable ActionStatus status, @Nullable Boolean overdue,
		@Nullable Long meetingId) {

	public static ActionItemFilter all() {
		return new ActionItemFilter(null, null, null, null);
	}
}
