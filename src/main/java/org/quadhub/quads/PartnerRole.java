package org.quadhub.quads;

import org.quadhub.partners.OrganisationKind;
import org.quadhub.shared.Country;

/** The four seats of a QUAD, each for one country and one kind of organisation. */
public enum PartnerRole {
	CHINESE_INDUSTRY(Country.CN, OrganisationKind.INDUSTRY, "a Chinese company"),
	PAKISTANI_INDUSTRY(Country.PK, OrganisationKind.INDUSTRY, "a Pakistani company"),
	CHINESE_ACADEMIA(Country.CN, OrganisationKind.ACADEMIA, "a Chinese university or R&D institute"),
	PAKISTANI_ACADEMIA(Country.PK, OrganisationKind.ACADEMIA, "a Pakistani university or technical institution");

	private final Country country;
	private final OrganisationKind kind;
	private final String needs;

	PartnerRole(Country country, OrganisationKind kind, String needs) {
		this.country = country;
		this.kind = kind;
		this.needs = needs;
	}

	public Country country() {
		return country;
	}

	public OrganisationKind kind() {
		return kind;
	}

	/** Plain-English description of who may take this seat. */
	public String needs() {
		return needs;
	}

	public boolean admits(Country country, OrganisationKind kind) {
		return this.country == country && this.kind == kind;
	}
}
