package org.quadhub.committee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The draft minutes text. {@code version} is required to change minutes that exist already. */
public record MinutesCommand(@NotBlank @Size(max = 20000) String text, @Nullable Long version) {
}
