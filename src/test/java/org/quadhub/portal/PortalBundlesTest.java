package org.quadhub.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * The portal's three bundles hold the same keys, every open-data field has a description, and the Urdu and Chinese
 * files are translations (in their own scripts), not copies of the English.
 */
class PortalBundlesTest {

	static Properties load(String suffix) throws IOException {
		Properties p = new Properties();
		try (Reader in = new InputStreamReader(Files.newInputStream(
				Path.of("src/main/resources/i18n/portal" + suffix + ".properties")), StandardCharsets.UTF_8)) {
			p.load(in);
		}
		return p;
	}

	@Test
	void threeLanguagesWithTheSameKeys() throws IOException {
		Properties en = load("");
		Properties ur = load("_ur");
		Properties zh = load("_zh");
		assertThat(ur.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
		assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
		for (String field : OpenData.header()) {
			assertThat(en).containsKey("portal.field." + field);
		}
		for (String standing : new String[] { "ON_TRACK", "AT_RISK", "OFF_TRACK", "NOT_STARTED" }) {
			assertThat(en).containsKey("portal.standing." + standing);
		}
	}

	@Test
	void translationsAreInTheirOwnScript() throws IOException {
		Properties en = load("");
		Properties ur = load("_ur");
		Properties zh = load("_zh");
		for (String key : en.stringPropertyNames()) {
			String english = en.getProperty(key);
			// Language names are endonyms; an all-capitals acronym (QUAD) is the programme's name in every language.
			if (!english.matches(".*\\p{IsLatin}{3,}.*") || english.matches("[A-Z]+") || key.startsWith("portal.language.")) {
				continue;
			}
			assertThat(ur.getProperty(key)).as("Urdu " + key).matches("(?s).*\\p{IsArabic}.*");
			assertThat(zh.getProperty(key)).as("Chinese " + key).matches("(?s).*\\p{IsHan}.*");
		}
	}
}
