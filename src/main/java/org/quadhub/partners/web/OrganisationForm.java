package org.quadhub.partners.web;

import org.jspecify.annotations.Nullable;
import org.quadhub.partners.OrganisationCommand;
import org.quadhub.partners.OrganisationDetails;
import org.quadhub.partners.OrganisationKind;
import org.quadhub.shared.Country;
import org.quadhub.shared.Sector;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The organisation form's fields, as the browser sends them. */
public class OrganisationForm {

	private String name = "";
	private String nameZh = "";
	private String nameUr = "";
	private String nativeName = "";
	private Country country = Country.PK;
	private OrganisationKind kind = OrganisationKind.INDUSTRY;
	private Set<Sector> sectors = EnumSet.noneOf(Sector.class);
	private String capabilities = "";
	private String city = "";
	private String province = "";
	private String website = "";
	private String contactName = "";
	private String contactEmail = "";
	private String contactPhone = "";
	private String description = "";
	private boolean active = true;
	private @Nullable Long version;

	static OrganisationForm of(OrganisationDetails o) {
		OrganisationForm form = new OrganisationForm();
		form.name = o.name();
		form.nameZh = nz(o.nameZh());
		form.nameUr = nz(o.nameUr());
		form.nativeName = nz(o.nativeName());
		form.country = o.country();
		form.kind = o.kind();
		form.sectors = o.sectors().isEmpty() ? EnumSet.noneOf(Sector.class) : EnumSet.copyOf(o.sectors());
		form.capabilities = String.join(", ", o.capabilities());
		form.city = nz(o.city());
		form.province = nz(o.province());
		form.website = nz(o.website());
		form.contactName = nz(o.contactName());
		form.contactEmail = nz(o.contactEmail());
		form.contactPhone = nz(o.contactPhone());
		form.description = nz(o.description());
		form.active = o.active();
		form.version = o.version();
		return form;
	}

	OrganisationCommand command() {
		Set<String> tags = Arrays.stream(capabilities == null ? new String[0] : capabilities.split(","))
			.map(String::trim)
			.filter(s -> !s.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new));
		return new OrganisationCommand(nz(name), nameZh, nameUr, country, kind, sectors, tags, city, province, website,
				contactName, contactEmail, contactPhone, description, active, version, nativeName);
	}

	private static String nz(@Nullable String s) {
		return s == null ? "" : s;
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getNameZh() { return nameZh; }
	public void setNameZh(String nameZh) { this.nameZh = nameZh; }
	public String getNameUr() { return nameUr; }
	public String getNativeName() { return nativeName; }
	public void setNativeName(String nativeName) { this.nativeName = nativeName; }
	public void setNameUr(String nameUr) { this.nameUr = nameUr; }
	public Country getCountry() { return country; }
	public void setCountry(Country country) { this.country = country; }
	public OrganisationKind getKind() { return kind; }
	public void setKind(OrganisationKind kind) { this.kind = kind; }
	public Set<Sector> getSectors() { return sectors; }
	public void setSectors(Set<Sector> sectors) { this.sectors = sectors == null ? EnumSet.noneOf(Sector.class) : sectors; }
	public String getCapabilities() { return capabilities; }
	public void setCapabilities(String capabilities) { this.capabilities = capabilities; }
	public String getCity() { return city; }
	public void setCity(String city) { this.city = city; }
	public String getProvince() { return province; }
	public void setProvince(String province) { this.province = province; }
	public String getWebsite() { return website; }
	public void setWebsite(String website) { this.website = website; }
	public String getContactName() { return contactName; }
	public void setContactName(String contactName) { this.contactName = contactName; }
	public String getContactEmail() { return contactEmail; }
	public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
	public String getContactPhone() { return contactPhone; }
	public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public boolean isActive() { return active; }
	public void setActive(boolean active) { this.active = active; }
	public @Nullable Long getVersion() { return version; }
	public void setVersion(@Nullable Long version) { this.version = version; }
}
