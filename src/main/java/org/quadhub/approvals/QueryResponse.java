package org.quadhub.approvals;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** The applicant's answer to an agency's query. */
public record QueryResponse(@NotBlank @Size(max = 4000) String message,
		@Nullable @Size(max = 20) List<@Valid @NotNull Attachment> attachments) {

	public QueryResponse(String message) {
		this(message, null);
	}
}
