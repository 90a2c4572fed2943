package org.quadhub.committee;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Country;

import java.time.Instant;
import java.util.List;

/**
 * Minutes of one meeting: text, signature state, who signed for each side and when, and how many whole days the
 * minutes have waited in their current state ({@code waitingDays}, counted in Pakistan's calendar from the
 * moment they entered it; null once final).
 */
public record MinutesView(long id, long meetingId, String text, MinutesState state, Instant stateSince,
		@Nullable Long waitingDays, @Nullable String waitingFor, List<Signature> signatures, String preparedBy,
		Instant preparedAt, @Nullable String finalisedBy, @Nullable Instant finalisedAt, long version) {

	/** One side's signature: who signed, when they signed, and when it was recorded here. */
	public record Signature(Country side, String signedBy, Instant signedAt, Instant recordedAt) {
	}

	public @Nullable Signature signatureOf(Country side) {
		return signatures.stream().filter(s -> s.side() == side).findFirst().orElse(null);
	}
}
