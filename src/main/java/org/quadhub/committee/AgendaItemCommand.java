package org.quadhub.committee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An agenda item, optionally about a subject ({@code subjectKind} QUAD or APPROVAL_CASE with {@code subjectId}).
 * {@code version} is required when editing.
 */
public record AgendaItemCommand(@NotBlank @Size(max = 500) String title, @Nullable @Size(max = 40) String subjectKind,
		@Nullable Long subjectId, @Nullable Long version) {
}
