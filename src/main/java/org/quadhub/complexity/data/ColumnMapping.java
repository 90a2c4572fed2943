package org.quadhub.complexity.data;

import org.jspecify.annotations.Nullable;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which header names hold the year, country, product and value of a long trade file, e.g.
 * {@code year=year,country=origin,product=hs92,value=export_val}. Without a year column the file is one period.
 */
public record ColumnMapping(String year, String country, String product, String value, boolean yearRequired) {

	public static final ColumnMapping DEFAULT = new ColumnMapping("year", "country", "product", "value", false);

	/** Parses {@code role=header,...}; roles not named keep their default header name. */
	public static ColumnMapping parse(@Nullable String spec) {
		if (spec == null || spec.isBlank()) {
			return DEFAULT;
		}
		Map<String, String> map = new LinkedHashMap<>();
		for (String part : spec.split(",")) {
			int eq = part.indexOf('=');
			if (eq <= 0 || eq == part.length() - 1) {
				throw new IllegalArgumentException("Column mapping '" + part.trim()
						+ "' is not of the form role=header (roles: year, country, product, value).");
			}
			String role = part.substring(0, eq).trim().toLowerCase();
			if (!role.equals("year") && !role.equals("country") && !role.equals("product") && !role.equals("value")) {
				throw new IllegalArgumentException("Unknown column role '" + role
						+ "' (roles: year, country, product, value).");
			}
			map.put(role, part.substring(eq + 1).trim());
		}
		return new ColumnMapping(map.getOrDefault("year", "year"), map.getOrDefault("country", "country"),
				map.getOrDefault("product", "product"), map.getOrDefault("value", "value"), map.containsKey("year"));
	}
}
