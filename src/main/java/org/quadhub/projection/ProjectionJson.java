package org.quadhub.projection;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one JSON mapping of scenarios and results, shared by the command line (no Spring) and the API, so a result
 * file and an API response are written the same way. Absent values (a fiscal cost without fiscal terms) are left out.
 */
public final class ProjectionJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.changeDefaultPropertyInclusion(include -> include.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	private ProjectionJson() {
	}

	/** Parses JSON text into maps, lists, numbers, strings and booleans; throws IllegalArgumentException if malformed. */
	public static Object parse(String json) {
		try {
			return MAPPER.readValue(json, Object.class);
		}
		catch (JacksonException e) {
			throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
		}
	}

	public static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	public static String pretty(Object value) {
		return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
	}

	@SuppressWarnings("unchecked")
	public static Map<String, Object> toMap(Object value) {
		return MAPPER.convertValue(value, LinkedHashMap.class);
	}
}
