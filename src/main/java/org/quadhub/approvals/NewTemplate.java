package org.quadhub.approvals;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A route, or a new version of one: a template with an existing {@code key} becomes that route's next version.
 * Steps without a pending dependency run in parallel.
 */
public record NewTemplate(
		@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{2,59}", message = "must be 3 to 60 lower-case letters, digits or -") String key,
		@NotBlank @Size(max = 200) String name,
		@Nullable @Size(max = 2000) String description,
		@NotEmpty @Size(max = 50) List<@Valid @NotNull Step> steps) {

	/** One step: the agency in charge, what it needs, its legal basis, its SLA and what happens when that lapses. */
	public record Step(
			@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,59}", message = "must be capitals, digits and _") String code,
			@NotBlank @Size(max = 200) String name,
			@NotBlank @Size(max = 30) String agency,
			@Nullable @Size(max = 200) String unit,
			@Nullable @Size(max = 4000) String requirements,
			@Nullable @Size(max = 1000) String legalBasis,
			@NotNull @Min(1) @Max(365) Integer slaDays,
			@Nullable List<@NotBlank String> dependsOn,
			@Nullable Boolean optional,
			@NotNull LapseRule lapseRule) {
	}
}
