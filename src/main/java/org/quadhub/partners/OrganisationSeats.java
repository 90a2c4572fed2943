package org.quadhub.partners;

import java.util.Optional;

/**
 * Implemented by modules in which an organisation holds a seat that depends on its country and kind (a QUAD role).
 * The registry asks before such a change, so a seat never ends up held by an organisation that no longer fits it.
 */
public interface OrganisationSeats {

	/** Why this organisation's country and kind cannot change now, or empty when they can. */
	Optional<String> whyCountryAndKindAreFixed(long organisationId);
}
