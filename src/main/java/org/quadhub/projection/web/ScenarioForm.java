package org.quadhub.projection.web;

import org.quadhub.shared.DomainProblem.FieldProblem;
import org.quadhub.shared.Sector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scenario editor's form: every input is named by the scenario JSON path it edits, so the engine's field errors
 * land next to the input they concern. Distributions are edited as short text ({@code lognormal median=2e9
 * sigma=0.8}, or a bare number for a fixed value); launches one per line ({@code 1 50 ELECTRONICS} or
 * {@code 1 10 ELECTRONICS:2,SEMICONDUCTORS:1}). Fields the form does not show are kept from the base scenario.
 */
final class ScenarioForm {

	static final List<String> GENERAL = List.of("name", "horizonYears", "trials", "seed", "thresholds[0].year",
			"thresholds[0].usd", "climate", "baselineExportsUsd", "baselineGrowth");
	static final List<String> SECTOR_FIELDS = List.of("successProbability", "launchDelayYears", "peakExportsUsd",
			"yearsToTarget", "ramp", "dva.start", "dva.end", "dva.years", "directJobsPerUsdBn",
			"indirectJobsPerDirectJob");
	static final List<String> DISTRIBUTIONS = List.of("climate", "launchDelayYears", "peakExportsUsd", "yearsToTarget");
	private static final Pattern INDEXED = Pattern.compile("([A-Za-z]+)\\[(\\d+)]");

	private ScenarioForm() {
	}

	/** Every input name of the editor. */
	static List<String> inputNames() {
		List<String> names = new ArrayList<>(GENERAL);
		names.add("launches");
		names.add("programme");
		for (Sector s : Sector.values()) {
			for (String f : SECTOR_FIELDS) {
				names.add("sectors." + s + "." + f);
			}
		}
		return names;
	}

	/** The scenario the form describes: the base scenario with every non-blank input written over it. */
	@SuppressWarnings("unchecked")
	static Map<String, Object> scenario(Map<String, Object> base, Map<String, String> params) {
		Map<String, Object> scenario = deepCopy(base);
		for (String name : inputNames()) {
			if (name.equals("programme")) {
				if (params.containsKey("programme")) {
					scenario.put("programme", true);
				}
				else {
					scenario.remove("programme");
				}
				continue;
			}
			String raw = params.get(name);
			if (raw == null) {
				continue;
			}
			raw = raw.trim();
			if (name.equals("launches")) {
				if (raw.isEmpty()) {
					scenario.remove("launches");
				}
				else {
					scenario.put("launches", launches(raw));
				}
				continue;
			}
			String last = name.substring(name.lastIndexOf('.') + 1);
			if (raw.isEmpty()) {
				remove(scenario, name);
			}
			else if (DISTRIBUTIONS.contains(last)) {
				set(scenario, name, distribution(raw));
			}
			else if (last.equals("name") || last.equals("ramp")) {
				set(scenario, name, raw);
			}
			else {
				set(scenario, name, number(raw));
			}
		}
		if (scenario.get("sectors") instanceof Map<?, ?> sectors) {
			((Map<String, Object>) sectors).values().removeIf(v -> v instanceof Map<?, ?> m && m.isEmpty());
		}
		return scenario;
	}

	/** The text of every input for a scenario. */
	static Map<String, String> inputs(Map<String, Object> scenario) {
		Map<String, String> inputs = new LinkedHashMap<>();
		for (String name : inputNames()) {
			Object value = get(scenario, name);
			String last = name.substring(name.lastIndexOf('.') + 1);
			if (name.equals("launches")) {
				inputs.put(name, value instanceof List<?> l ? launchesText(l) : "");
			}
			else if (name.equals("programme")) {
				inputs.put(name, Boolean.TRUE.equals(value) ? "true" : "");
			}
			else if (value == null) {
				inputs.put(name, "");
			}
			else if (DISTRIBUTIONS.contains(last) && value instanceof Map<?, ?> d) {
				inputs.put(name, distributionText(d));
			}
			else {
				inputs.put(name, text(value));
			}
		}
		return inputs;
	}

	/**
	 * Assigns each error to the input it concerns (the longest input name that is a prefix of its field); the rest
	 * go under the key {@code _}.
	 */
	static Map<String, List<String>> errorsByInput(List<FieldProblem> errors) {
		Map<String, List<String>> result = new LinkedHashMap<>();
		List<String> names = inputNames();
		for (FieldProblem e : errors) {
			String owner = "_";
			for (String name : names) {
				if ((e.field().equals(name) || e.field().startsWith(name + ".") || e.field().startsWith(name + "["))
						&& name.length() > (owner.equals("_") ? 0 : owner.length())) {
					owner = name;
				}
			}
			String message = owner.equals(e.field()) ? e.message() : e.field() + ": " + e.message();
			result.computeIfAbsent(owner, k -> new ArrayList<>()).add(message);
		}
		return result;
	}

	static Object distribution(String text) {
		String[] tokens = text.trim().split("\\s+");
		if (tokens.length == 1 && !tokens[0].contains("=")) {
			Object n = number(tokens[0]);
			if (n instanceof Number) {
				return n;
			}
		}
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("type", tokens[0].toLowerCase(Locale.ROOT));
		for (int i = 1; i < tokens.length; i++) {
			String[] kv = tokens[i].split("=", 2);
			d.put(kv[0], kv.length == 2 ? number(kv[1]) : "");
		}
		return d;
	}

	static String distributionText(Map<?, ?> d) {
		StringBuilder b = new StringBuilder(String.valueOf(d.get("type")));
		d.forEach((k, v) -> {
			if (!"type".equals(k)) {
				b.append(' ').append(k).append('=').append(text(v));
			}
		});
		return b.toString();
	}

	static List<Object> launches(String text) {
		List<Object> launches = new ArrayList<>();
		for (String line : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] tokens = line.trim().split("\\s+");
			Map<String, Object> launch = new LinkedHashMap<>();
			launch.put("year", tokens.length > 0 ? number(tokens[0]) : "");
			launch.put("count", tokens.length > 1 ? number(tokens[1]) : "");
			String sectors = tokens.length > 2 ? tokens[2] : "";
			if (sectors.contains(":") || sectors.contains(",")) {
				Map<String, Object> mix = new LinkedHashMap<>();
				for (String part : sectors.split(",")) {
					String[] kv = part.split(":", 2);
					mix.put(kv[0].toUpperCase(Locale.ROOT), kv.length == 2 ? number(kv[1]) : 1.0);
				}
				launch.put("sectorMix", mix);
			}
			else {
				launch.put("sector", sectors.toUpperCase(Locale.ROOT));
			}
			launches.add(launch);
		}
		return launches;
	}

	static String launchesText(List<?> launches) {
		StringBuilder b = new StringBuilder();
		for (Object o : launches) {
			if (!(o instanceof Map<?, ?> l)) {
				continue;
			}
			b.append(text(l.get("year"))).append(' ').append(text(l.get("count"))).append(' ');
			if (l.get("sectorMix") instanceof Map<?, ?> mix) {
				List<String> parts = new ArrayList<>();
				mix.forEach((k, v) -> parts.add(k + ":" + text(v)));
				b.append(String.join(",", parts));
			}
			else {
				b.append(text(l.get("sector")));
			}
			b.append('\n');
		}
		return b.toString();
	}

	/** A number when the text is one (the scenario reader then checks its range), else the text itself. */
	static Object number(String raw) {
		String clean = raw.trim().replace("_", "");
		try {
			return Long.parseLong(clean);
		}
		catch (NumberFormatException notWhole) {
			// a decimal or scientific number
		}
		try {
			return Double.parseDouble(clean);
		}
		catch (NumberFormatException e) {
			return raw;
		}
	}

	static String text(Object v) {
		if (v instanceof Double || v instanceof Float) {
			double d = ((Number) v).doubleValue();
			if (d == Math.rint(d) && Math.abs(d) < 1e6) {
				return String.valueOf((long) d);
			}
			if (d == Math.rint(d) && Math.abs(d) < 1e18) {
				String plain = Long.toString((long) d);
				String mantissa = plain.replaceAll("0+$", "");
				int zeros = plain.length() - mantissa.length();
				return (mantissa.length() > 1 ? mantissa.charAt(0) + "." + mantissa.substring(1) : mantissa) + "e"
						+ (zeros + mantissa.length() - 1);
			}
			return String.valueOf(d);
		}
		return String.valueOf(v);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> deepCopy(Map<String, Object> map) {
		Map<String, Object> copy = new LinkedHashMap<>();
		map.forEach((k, v) -> copy.put(k, v instanceof Map<?, ?> m ? deepCopy((Map<String, Object>) m)
				: v instanceof List<?> l ? deepCopy(l) : v));
		return copy;
	}

	@SuppressWarnings("unchecked")
	private static List<Object> deepCopy(List<?> list) {
		List<Object> copy = new ArrayList<>();
		for (Object v : list) {
			copy.add(v instanceof Map<?, ?> m ? deepCopy((Map<String, Object>) m) : v instanceof List<?> l ? deepCopy(l) : v);
		}
		return copy;
	}

	private static Object get(Map<String, Object> root, String path) {
		Object current = root;
		for (String part : parts(path)) {
			Matcher m = INDEXED.matcher(part);
			if (m.matches()) {
				current = current instanceof Map<?, ?> map ? map.get(m.group(1)) : null;
				int i = Integer.parseInt(m.group(2));
				current = current instanceof List<?> l && l.size() > i ? l.get(i) : null;
			}
			else {
				current = current instanceof Map<?, ?> map ? map.get(part) : null;
			}
			if (current == null) {
				return null;
			}
		}
		return current;
	}

	@SuppressWarnings("unchecked")
	private static void set(Map<String, Object> root, String path, Object value) {
		List<String> parts = parts(path);
		Map<String, Object> current = root;
		for (int p = 0; p < parts.size(); p++) {
			String part = parts.get(p);
			boolean last = p == parts.size() - 1;
			Matcher m = INDEXED.matcher(part);
			if (m.matches()) {
				Object list = current.get(m.group(1));
				if (!(list instanceof List<?>)) {
					list = new ArrayList<>();
					current.put(m.group(1), list);
				}
				List<Object> items = (List<Object>) list;
				int i = Integer.parseInt(m.group(2));
				while (items.size() <= i) {
					items.add(new LinkedHashMap<String, Object>());
				}
				if (last) {
					items.set(i, value);
					return;
				}
				if (!(items.get(i) instanceof Map<?, ?>)) {
					items.set(i, new LinkedHashMap<String, Object>());
				}
				current = (Map<String, Object>) items.get(i);
			}
			else if (last) {
				current.put(part, value);
			}
			else {
				Object next = current.get(part);
				if (!(next instanceof Map<?, ?>)) {
					next = new LinkedHashMap<String, Object>();
					current.put(part, next);
				}
				current = (Map<String, Object>) next;
			}
		}
	}

	private static void remove(Map<String, Object> root, String path) {
		int dot = path.lastIndexOf('.');
		Object parent = dot < 0 ? root : get(root, path.substring(0, dot));
		if (parent instanceof Map<?, ?> map) {
			map.remove(path.substring(dot + 1));
		}
	}

	private static List<String> parts(String path) {
		List<String> parts = new ArrayList<>();
		// Sector names and field names contain no dots, so a plain split is exact.
		for (String p : path.split("\\.")) {
			parts.add(p);
		}
		return parts;
	}
}
