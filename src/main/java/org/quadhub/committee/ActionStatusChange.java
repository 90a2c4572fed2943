package org.quadhub.committee;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A status update on an action item, with an optional note and the version read. */
public record ActionStatusChange(@NotNull ActionStatus status, @Nullable @Size(max = 2000) String note,
		@NotNull Long version) {
}
