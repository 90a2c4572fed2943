package org.quadhub.quads;

import org.quadhub.partners.OrganisationSeats;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.Optional;

/** An organisation seated in a live QUAD keeps the country and kind its role needs. */
@Component
class QuadSeats implements OrganisationSeats {

	private final QuadRepository quads;

	QuadSeats(QuadRepository quads) {
		this.quads = quads;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> whyCountryAndKindAreFixed(long organisationId) {
		return quads.findAllWithPartner(organisationId).stream()
			.filter(quad -> !quad.status().isFinal())
			.findFirst()
			.map(quad -> {
				PartnerRole role = quad.partners().entrySet().stream()
					.filter(e -> e.getValue() == organisationId)
					.map(Map.Entry::getKey)
					.findFirst()
					.orElseThrow();
				return "The organisation holds the " + role + " seat of QUAD '" + quad.name()
						+ "', which needs " + role.needs() + ".";
			});
	}
}
