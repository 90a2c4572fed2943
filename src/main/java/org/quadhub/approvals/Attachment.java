package org.quadhub.approvals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Metadata of a document that goes with a decision or an answer: its name and where it is filed. */
public record Attachment(@NotBlank @Size(max = 300) String name, @NotBlank @Size(max = 1000) String reference,
		@Nullable @Size(max = 100) String mediaType) {
}
