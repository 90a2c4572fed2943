package org.quadhub.ip;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * Creates or replaces an agreement. Ownership shares of the parties must total exactly 100. Royalty terms are
 * confidential: shown only to the coordinating authority and the QUAD's own partners, never publicly. An update
 * carries the {@code version} last read; status defaults to DRAFT.
 */
public record AgreementCommand(@NotNull @Nullable AgreementType type, @NotBlank @Size(max = 300) @Nullable String title,
		@NotEmpty @Size(max = 20) @Nullable List<@Valid @NotNull Holder> parties,
		@Size(max = 1000) @Nullable String fieldOfUse, @Size(max = 500) @Nullable String territory,
		@Size(max = 4000) @Nullable String royaltyTerms, @NotNull @Nullable LocalDate startDate,
		@Nullable LocalDate endDate, @NotBlank @Size(max = 200) @Nullable String governingLaw,
		@Nullable AgreementStatus status, @Nullable Long version) {
}
