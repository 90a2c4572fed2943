package org.quadhub.partners;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Country;
import org.quadhub.shared.Sector;

import java.time.Instant;
import java.util.List;

/** An organisation as the registry shows it. */
public record OrganisationDetails(long id, String name, @Nullable String nameZh, @Nullable String nameUr,
		Country country, OrganisationKind kind, List<Sector> sectors, List<String> capabilities,
		@Nullable String city, @Nullable String province, @Nullable String website, @Nullable String contactName,
		@Nullable String contactEmail, @Nullable String contactPhone, @Nullable String description, boolean active,
		Instant createdAt, Instant updatedAt, long version, @Nullable String nativeName) {

	/** Without a name in the organisation's own script (as before that field existed). */
	public OrganisationDetails(long id, String name, @Nullable String nameZh, @Nullable String nameUr,
			Country country, OrganisationKind kind, List<Sector> sectors, List<String> capabilities,
			@Nullable String city, @Nullable String province, @Nullable String website, @Nullable String contactName,
			@Nullable String contactEmail, @Nullable String contactPhone, @Nullable String description, boolean active,
			Instant createdAt, Instant updatedAt, long version) {
		this(id, name, nameZh, nameUr, country, kind, sectors, capabilities, city, province, website, contactName,
				contactEmail, contactPhone, description, active, createdAt, updatedAt, version, null);
	}

	/** The language tag of the own-script name: Chinese for Chinese organisations, Urdu for Pakistani ones. */
	public String nativeLanguage() {
		return country == Country.CN ? "zh" : "ur";
	}
}
