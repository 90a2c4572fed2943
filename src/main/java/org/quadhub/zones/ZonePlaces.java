package org.quadhub.zones;

import org.quadhub.matching.MatchingFacts;
import org.quadhub.matching.Place;
import org.quadhub.matching.ZoneLocations;
import org.quadhub.shared.Actor;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells partner matching where a zone is: its district when matching knows that place's coordinates, else its
 * province (matching knows every province), so the distance rule always has a point to measure from.
 */
@Component
class ZonePlaces implements ZoneLocations {

	private static final Map<Province, String> PROVINCE_NAMES = Map.of(Province.PUNJAB, "Punjab", Province.SINDH,
			"Sindh", Province.KHYBER_PAKHTUNKHWA, "Khyber Pakhtunkhwa", Province.BALOCHISTAN, "Balochistan",
			Province.ISLAMABAD_CAPITAL_TERRITORY, "Islamabad Capital Territory", Province.AZAD_JAMMU_KASHMIR,
			"Azad Jammu and Kashmir", Province.GILGIT_BALTISTAN, "Gilgit-Baltistan");

	private final Zones zones;
	private final MatchingFacts facts;

	ZonePlaces(Zones zones, MatchingFacts facts) {
		this.zones = zones;
		this.facts = facts;
	}

	@Override
	public Optional<String> placeOf(long zoneId) {
		Actor system = Actor.system();
		return zones.list(system).stream().filter(z -> z.id() == zoneId).findFirst().map(zone -> {
			Set<String> known = facts.places(system).stream().map(p -> Place.key(p.name())).collect(Collectors.toSet());
			return known.contains(Place.key(zone.district())) ? zone.district() : PROVINCE_NAMES.get(zone.province());
		});
	}
}
