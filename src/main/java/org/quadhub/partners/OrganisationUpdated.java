package org.quadhub.partners;

/** An organisation's registry entry changed. */
public record OrganisationUpdated(long organisationId, long version, String actor) {
}
