package org.quadhub.committee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Country;

/** Seats a COMMITTEE user on one side of the committee; {@code version} is required to change a seat. */
public record MemberCommand(@NotNull Country side, @NotBlank @Size(max = 200) String title, @Nullable Long version) {
}
