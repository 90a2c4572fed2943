package org.quadhub.partners;

/** A new organisation joined the registry. */
public record OrganisationRegistered(long organisationId, String name, String actor) {
}
