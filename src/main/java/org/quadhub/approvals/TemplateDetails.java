package org.quadhub.approvals;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/** One version of a route template with its steps in order; {@code latest} marks the version new cases use. */
public record TemplateDetails(long id, String key, String name, int version, boolean latest,
		@Nullable String description, String createdBy, Instant createdAt, List<Step> steps) {

	public record Step(String code, String name, String agency, String agencyName, @Nullable String unit,
			@Nullable String requirements, @Nullable String legalBasis, int slaDays, List<String> dependsOn,
			boolean optional, LapseRule lapseRule) {
	}
}
