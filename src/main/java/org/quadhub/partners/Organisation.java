package org.quadhub.partners;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Country;
import org.quadhub.shared.Sector;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

@Entity
@Table(name = "organisation")
class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String name = "";
	private @Nullable String nameZh;
	private @Nullable String nameUr;
	private @Nullable String nativeName;
	private String nameKey = "";

	@Enumerated(EnumType.STRING)
	private Country country = Country.PK;

	@Enumerated(EnumType.STRING)
	private OrganisationKind kind = OrganisationKind.INDUSTRY;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "organisation_sector", joinColumns = @JoinColumn(name = "organisation_id"))
	@Column(name = "sector")
	@Enumerated(EnumType.STRING)
	private Set<Sector> sectors = new TreeSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "organisation_capability", joinColumns = @JoinColumn(name = "organisation_id"))
	@Column(name = "capability")
	private Set<String> capabilities = new TreeSet<>();

	private @Nullable String city;

	/** Names, city and capabilities, lower-cased, kept by the database's triggers (V24); for the search only. */
	@jakarta.persistence.Column(insertable = false, updatable = false)
	private String searchText = "";
	private @Nullable String province;
	private @Nullable String website;
	private @Nullable String contactName;
	private @Nullable String contactEmail;
	private @Nullable String contactPhone;
	private @Nullable String description;
	private boolean active = true;
	private Instant createdAt = Instant.EPOCH;
	private Instant updatedAt = Instant.EPOCH;

	@Version
	private long version;

	protected Organisation() {
	}

	Organisation(OrganisationCommand command, Instant now) {
		this.createdAt = now;
		apply(command, true, now);
	}

	/** Lower case, accents and punctuation dropped, spaces collapsed, so BYD Co., Ltd. and byd co ltd collide. */
	static String normalise(String name) {
		String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
	}

	void apply(OrganisationCommand command, boolean mayChangeActive, Instant now) {
		this.name = command.name().trim();
		this.nameKey = normalise(command.name());
		this.nameZh = blankToNull(command.nameZh());
		this.nameUr = blankToNull(command.nameUr());
		this.nativeName = blankToNull(command.nativeName());
		this.country = command.country();
		this.kind = command.kind();
		this.sectors = new TreeSet<>(command.sectorsOrEmpty());
		this.capabilities = new TreeSet<>();
		command.capabilitiesOrEmpty().forEach(c -> this.capabilities.add(c.trim().toLowerCase(Locale.ROOT)));
		this.city = blankToNull(command.city());
		this.province = blankToNull(command.province());
		this.website = blankToNull(command.website());
		this.contactName = blankToNull(command.contactName());
		this.contactEmail = blankToNull(command.contactEmail());
		this.contactPhone = blankToNull(command.contactPhone());
		this.description = blankToNull(command.description());
		if (mayChangeActive && command.active() != null) {
			this.active = command.active();
		}
		this.updatedAt = now;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	OrganisationDetails details() {
		return new OrganisationDetails(id(), name, nameZh, nameUr, country, kind, sectors.stream().sorted().toList(),
				capabilities.stream().sorted().toList(), city, province, website, contactName, contactEmail,
				contactPhone, description, active, createdAt, updatedAt, version, nativeName);
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Organisation not saved yet");
		}
		return id;
	}

	String nameKey() {
		return nameKey;
	}

	Country country() {
		return country;
	}

	OrganisationKind kind() {
		return kind;
	}

	long version() {
		return version;
	}
}
