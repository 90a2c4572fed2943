package org.quadhub.approvals;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** An agency's decision; a rejection or a query must say why. Attachments are references to documents held elsewhere. */
public record Decision(@NotNull @Nullable Outcome outcome, @Nullable @Size(max = 4000) String reason,
		@Nullable @Size(max = 20) List<@Valid @NotNull Attachment> attachments) {

	public Decision(Outcome outcome, @Nullable String reason) {
		this(outcome, reason, null);
	}
}
