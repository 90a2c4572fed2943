package org.quadhub.matching;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Country;
import org.quadhub.shared.Sector;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The points (0 to 1000) each soft rule gives one organisation for one product. The solver and the one-QUAD
 * proposals use these same numbers, so an explanation always adds up to the score.
 */
final class Scoring {

	/** Share of the fit that comes from capabilities when the product names any; the rest is the sector. */
	static final double CAPABILITY_SHARE = 0.7;
	/** Distance points are kilometres divided by this, capped at 1000 (2,000 km: Karachi to Gilgit is about 1,600). */
	static final double KM_PER_POINT = 2.0;

	private Scoring() {
	}

	/** A product as scored: its required capabilities (normalised), their rarity weights, and its zone's place. */
	record Product(Sector sector, List<String> hsCodes, List<String> required, Map<String, Double> rarity,
			@Nullable Place zone, @Nullable String zoneName) {
	}

	static String key(String tag) {
		return tag.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
	}

	/** A capability covers a requirement when one names the other: battery cells covers battery, and back. */
	static boolean covers(Collection<String> capabilities, String required) {
		for (String capability : capabilities) {
			if (capability.equals(required) || (required.length() >= 3 && capability.contains(required))
					|| (capability.length() >= 3 && required.contains(capability))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The product with rarity weights over the whole registry: a capability few organisations have weighs more
	 * (inverse document frequency, ln((N + 1) / (n + 1)) + 1).
	 */
	static Product product(Pool pool, SlotRequest slot, @Nullable Place zone, @Nullable String zoneName) {
		List<String> required = slot.capabilitiesOrEmpty().stream().map(Scoring::key).distinct().toList();
		Map<String, Double> rarity = new LinkedHashMap<>();
		int n = pool.byId().size();
		for (String r : required) {
			long having = pool.byId().values().stream().filter(p -> covers(p.capabilityKeys(), r)).count();
			rarity.put(r, Math.log((n + 1.0) / (having + 1.0)) + 1.0);
		}
		return new Product(slot.productCategory(), slot.hsCodes(), required, rarity, zone, zoneName);
	}

	static int matched(Product product, Profile profile) {
		return (int) product.required().stream().filter(r -> covers(profile.capabilityKeys(), r)).count();
	}

	static boolean inSector(Product product, Profile profile) {
		return profile.organisation().sectors().contains(product.sector());
	}

	static int fitPoints(Product product, Profile profile) {
		double sector = inSector(product, profile) ? 1 : 0;
		if (product.required().isEmpty()) {
			return (int) Math.round(1000 * sector);
		}
		double total = 0;
		double covered = 0;
		for (String r : product.required()) {
			double weight = product.rarity().get(r);
			total += weight;
			if (covers(profile.capabilityKeys(), r)) {
				covered += weight;
			}
		}
		return (int) Math.round(1000 * (CAPABILITY_SHARE * covered / total + (1 - CAPABILITY_SHARE) * sector));
	}

	/** Kilometres from a Pakistani organisation to the zone, or empty when either place is unknown. */
	static OptionalDouble kilometres(Product product, Profile profile) {
		if (product.zone() == null || profile.place() == null || profile.organisation().country() != Country.PK) {
			return OptionalDouble.empty();
		}
		return OptionalDouble.of(profile.place().kilometresTo(product.zone()));
	}

	static int distancePoints(Product product, Profile profile) {
		OptionalDouble km = kilometres(product, profile);
		return km.isPresent() ? (int) Math.min(1000, Math.round(km.getAsDouble() / KM_PER_POINT)) : 0;
	}

	/** Share of the country's strength in a product that a Chinese company outside the product's sector carries. */
	static final double OUT_OF_SECTOR_STRENGTH = 0.25;

	static int strengthPoints(OptionalDouble strength) {
		return strength.isPresent() ? (int) Math.round(1000 * Math.max(0, Math.min(1, strength.getAsDouble()))) : 0;
	}

	/**
	 * A Chinese company's strength in the product: China's strength (0 to 1) in full for a company active in the
	 * product's sector, a quarter of it otherwise; 0 points when the country's strength is unknown.
	 */
	static int strengthPoints(OptionalDouble national, Product product, Profile profile) {
		if (national.isEmpty()) {
			return 0;
		}
		double share = inSector(product, profile) ? 1 : OUT_OF_SECTOR_STRENGTH;
		return strengthPoints(OptionalDouble.of(national.getAsDouble() * share));
	}
}
