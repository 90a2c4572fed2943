package org.quadhub.partners;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Country;
import org.quadhub.shared.Sector;

import java.util.Set;

/**
 * What a client sends to register or update an organisation. {@code version} is required for an update and must be
 * the version the client last read; {@code active} is left unchanged when null.
 */
public record OrganisationCommand(
		@NotBlank @Size(max = 200) String name,
		@Nullable @Size(max = 200) String nameZh,
		@Nullable @Size(max = 200) String nameUr,
		@NotNull Country country,
		@NotNull OrganisationKind kind,
		@Nullable Set<@NotNull Sector> sectors,
		@Nullable Set<@NotBlank @Size(max = 100) String> capabilities,
		@Nullable @Size(max = 100) String city,
		@Nullable @Size(max = 100) String province,
		@Nullable @Size(max = 300) @Pattern(regexp = "^(https?://\\S+)?$", message = "must start with http:// or https://") String website,
		@Nullable @Size(max = 200) String contactName,
		@Nullable @Size(max = 200) @Email String contactEmail,
		@Nullable @Size(max = 50) String contactPhone,
		@Nullable @Size(max = 2000) String description,
		@Nullable Boolean active,
		@Nullable Long version,
		@Nullable @Size(max = 200) String nativeName) {

	/** Without a name in the organisation's own script (as before that field existed). */
	public OrganisationCommand(String name, @Nullable String nameZh, @Nullable String nameUr, Country country,
			OrganisationKind kind, @Nullable Set<Sector> sectors, @Nullable Set<String> capabilities,
			@Nullable String city, @Nullable String province, @Nullable String website, @Nullable String contactName,
			@Nullable String contactEmail, @Nullable String contactPhone, @Nullable String description,
			@Nullable Boolean active, @Nullable Long version) {
		this(name, nameZh, nameUr, country, kind, sectors, capabilities, city, province, website, contactName,
				contactEmail, contactPhone, description, active, version, null);
	}

	public Set<Sector> sectorsOrEmpty() {
		return sectors == null ? Set.of() : sectors;
	}

	public Set<String> capabilitiesOrEmpty() {
		return capabilities == null ? Set.of() : capabilities;
	}
}
