package org.quadhub.approvals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** Open a case for a subject ({@code subjectKind} QUAD for a QUAD) on a route template version. */
public record OpenCase(@NotBlank String subjectKind, @NotNull @Nullable Long subjectId, @NotNull @Nullable Long templateId) {
}
