package org.quadhub.partners;

/** Industry is a company; academia is a university, R&D institute or technical institution. */
public enum OrganisationKind {
	INDUSTRY,
	ACADEMIA
}
