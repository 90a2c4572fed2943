package org.quadhub.projection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The preset scenarios shipped with QuadHub (classpath {@code projection/presets/*.json}), each with its sources. */
public final class ProjectionPresets {

	/** Preset ids in display order. */
	public static final List<String> IDS = List.of("op-ed", "benchmarked", "imf-constrained");

	/**
	 * One preset.
	 *
	 * @param id stable id, e.g. benchmarked
	 * @param name display name, e.g. Benchmarked
	 * @param description what the preset assumes
	 * @param sources where each assumption comes from
	 * @param scenario the scenario JSON as parsed (ready to post)
	 */
	public record Preset(String id, String name, String description, List<String> sources,
			Map<String, Object> scenario) {
	}

	private static final List<Preset> ALL = IDS.stream().map(ProjectionPresets::load).toList();

	private ProjectionPresets() {
	}

	public static List<Preset> all() {
		return ALL;
	}

	public static Optional<Preset> find(String idOrName) {
		return ALL.stream().filter(p -> p.id().equalsIgnoreCase(idOrName) || p.name().equalsIgnoreCase(idOrName))
			.findFirst();
	}

	@SuppressWarnings("unchecked")
	private static Preset load(String id) {
		String path = "projection/presets/" + id + ".json";
		try (InputStream in = ProjectionPresets.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("preset missing from the classpath: " + path);
			}
			Map<String, Object> scenario = (Map<String, Object>) ProjectionJson
				.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			return new Preset(id, (String) scenario.get("name"), (String) scenario.get("description"),
					List.copyOf((List<String>) scenario.get("sources")), new LinkedHashMap<>(scenario));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
