package org.quadhub.quads;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * Move a QUAD to another status. {@code reason} is required to reject, suspend or dissolve. {@code establishedOn}
 * may back-date the establishment (never into the future); it defaults to today in Pakistan.
 */
public record TransitionQuad(@NotNull QuadStatus to, @Nullable @Size(max = 2000) String reason,
		@Nullable LocalDate establishedOn) {
}
