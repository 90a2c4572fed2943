package org.quadhub.portal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A decision of the joint committee as published: only decisions of meetings whose minutes both sides signed and
 * the secretariat issued as final. Minutes text, attendees, action items and who recorded the decision are not
 * published.
 */
public record PublicDecision(long id, String meeting, LocalDate meetingDate, String textEn, @Nullable String textZh,
		@Nullable String textUr, @Nullable Long quadId, @Nullable String quadName) {

	/** The text in the reader's language where the committee gave one, else the authoritative English. */
	public String text(@Nullable String language) {
		if ("zh".equals(language) && textZh != null && !textZh.isBlank()) {
			return textZh;
		}
		if ("ur".equals(language) && textUr != null && !textUr.isBlank()) {
			return textUr;
		}
		return textEn;
	}

	/** The language tag of {@link #text(String)}. */
	public String textLanguage(@Nullable String language) {
		String text = text(language);
		return text.equals(textEn) ? "en" : language == null ? "en" : language;
	}
}
