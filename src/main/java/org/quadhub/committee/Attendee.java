package org.quadhub.committee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.quadhub.shared.Country;

/** Someone at a meeting: name, side (PK or CN) and role (minister, secretary, observer, ...). */
public record Attendee(@NotBlank @Size(max = 200) String name, @NotNull Country side,
		@NotBlank @Size(max = 200) String role) {
}
