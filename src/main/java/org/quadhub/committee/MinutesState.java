package org.quadhub.committee;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Country;

/**
 * Where signed minutes stand: drafted by the secretariat, signed by Pakistan's side, then by China's side, then
 * issued as final. Text can change only in DRAFT.
 */
public enum MinutesState {
	DRAFT,
	SIGNED_BY_PAKISTAN,
	SIGNED_BY_CHINA,
	FINAL;

	/** The side whose signature moves the minutes on from here, or null when none is due. */
	public @Nullable Country signatureDue() {
		if (this == DRAFT) {
			return Country.PK;
		}
		if (this == SIGNED_BY_PAKISTAN) {
			return Country.CN;
		}
		return null;
	}

	/** What the minutes wait for in this state: PK, CN, ISSUE (both signed, to be issued) or null once final. */
	public @Nullable String waitingFor() {
		Country due = signatureDue();
		if (due != null) {
			return due.name();
		}
		return this == SIGNED_BY_CHINA ? "ISSUE" : null;
	}
}
