package org.quadhub.partners;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Country;
import org.quadhub.shared.Sector;

/** Filters for the registry listing; null means any. {@code q} matches names and capabilities. */
public record OrganisationFilter(@Nullable Country country, @Nullable OrganisationKind kind, @Nullable Sector sector,
		@Nullable String q, @Nullable Boolean active) {

	public static OrganisationFilter none() {
		return new OrganisationFilter(null, null, null, null, null);
	}
}
