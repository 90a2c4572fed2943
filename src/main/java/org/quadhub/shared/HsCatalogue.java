package org.quadhub.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The HS 4- and 6-digit codes QuadHub accepts, with descriptions. Generated from the shared classification by
 * {@code scripts/generate-hs-codes.py}.
 */
public final class HsCatalogue {

	private static final String RESOURCE = "/hs/hs-codes.csv";
	private static final HsCatalogue DEFAULT = load();

	private final Map<String, String> descriptions;

	private HsCatalogue(Map<String, String> descriptions) {
		this.descriptions = Collections.unmodifiableMap(descriptions);
	}

	public static HsCatalogue standard() {
		return DEFAULT;
	}

	public boolean contains(String code) {
		return descriptions.containsKey(code);
	}

	public Optional<String> describe(String code) {
		return Optional.ofNullable(descriptions.get(code));
	}

	public int size() {
		return descriptions.size();
	}

	private static HsCatalogue load() {
		Map<String, String> map = new HashMap<>();
		try (InputStream in = HsCatalogue.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + RESOURCE);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			reader.readLine();
			for (String line; (line = reader.readLine()) != null;) {
				int comma = line.indexOf(',');
				String description = line.substring(comma + 1);
				if (description.startsWith("\"") && description.endsWith("\"")) {
					description = description.substring(1, description.length() - 1).replace("\"\"", "\"");
				}
				map.put(line.substring(0, comma), description);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new HsCatalogue(map);
	}
}
