package org.quadhub.committee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A decision of the committee: the English text (authoritative), optional Chinese and Urdu translations, and the
 * subject it is about, given directly or taken from the agenda item it answers. {@code version} is required when
 * editing.
 */
public record DecisionCommand(@NotBlank @Size(max = 4000) String textEn, @Nullable @Size(max = 4000) String textZh,
		@Nullable @Size(max = 4000) String textUr, @Nullable Long agendaItemId,
		@Nullable @Size(max = 40) String subjectKind, @Nullable Long subjectId, @Nullable Long version) {
}
