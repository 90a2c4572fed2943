package org.quadhub.matching;

import org.jspecify.annotations.Nullable;
import org.quadhub.matching.solver.Candidate;
import org.quadhub.partners.OrganisationDetails;
import org.quadhub.quads.PartnerRole;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** Everything matching knows of one organisation in a snapshot of the registry. */
record Profile(OrganisationDetails organisation, Set<String> capabilityKeys, int capacity, int existingQuads,
		@Nullable String exclusion, @Nullable Place place, Candidate candidate) {

	long id() {
		return organisation.id();
	}

	String name() {
		return organisation.name();
	}

	boolean full() {
		return existingQuads >= capacity;
	}

	boolean eligible() {
		return exclusion == null && !full();
	}

	Optional<PartnerRole> role() {
		return Arrays.stream(PartnerRole.values())
			.filter(r -> r.admits(organisation.country(), organisation.kind()))
			.findFirst();
	}
}
