package org.quadhub.matching;

import org.jspecify.annotations.Nullable;

/** A city or province with coordinates (WGS84 degrees), for distances to a QUAD's zone. */
public record Place(String name, @Nullable String province, double latitude, double longitude) {

	private static final double EARTH_RADIUS_KM = 6371.0;

	/** Great-circle distance in kilometres. */
	public double kilometresTo(Place other) {
		double dLat = Math.toRadians(other.latitude - latitude);
		double dLon = Math.toRadians(other.longitude - longitude);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(latitude))
				* Math.cos(Math.toRadians(other.latitude)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
	}

	public static String key(String name) {
		return name.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
	}
}
