package org.quadhub.web;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every key of every English bundle (messages.properties and each i18n/NAME.properties, found automatically) has a
 * real value in Urdu and in Chinese: present, not blank, and not just the English text again, except for the few
 * keys listed below whose value is the same in every language (language names in their own script, acronyms).
 */
class BundleCompletenessTest {

	private static final Path RESOURCES = Path.of("src/main/resources");
	private static final List<String> LANGUAGES = Languages.all().stream()
			.filter(l -> l != Languages.EN).map(Languages::code).toList();

	/** Keys whose value may equal the English one: each language's own name, and terms nobody translates. */
	static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("locale.en", "locale.ur", "locale.zh",
			"portal.language.en", "portal.language.ur", "portal.language.zh");

	/** Acronyms kept in Latin letters in every language (agreed with the translators). */
	static final Set<String> ACRONYMS = Set.of("QUAD", "COI", "COG", "NPV", "DVA", "SLA", "WIPO", "PCT", "RCA", "PCI",
			"ECI", "HS", "USD", "PKR", "SEZ", "FBR", "BOI", "SBP", "EPA", "API", "CSV", "XLSX", "PDF", "KB", "MB");

	/** Values that may stay as they are in any bundle: acronyms, units, file formats and bare placeholders. */
	static final Set<String> UNTRANSLATABLE = Set.of("API", "HS", "HS6", "USD", "PKR", "CNY", "CSV", "JSON", "PDF",
			"XLSX", "ID", "%", "kWh", "MW", "CNIPA", "EPO", "USPTO", "WIPO", "PCT", "WIPO PCT", "BACI", "ECI", "PCI",
			"RCA", "SEZ", "STZ", "GDP", "FOB", "CIF", "ISO", "{0}", "{0} %", "{0}%");

	static List<Path> baseBundles() throws IOException {
		List<Path> files = new ArrayList<>(List.of(RESOURCES.resolve("messages.properties")));
		try (Stream<Path> modules = Files.list(RESOURCES.resolve("i18n"))) {
			modules.filter(p -> p.getFileName().toString().matches("[a-z]+\\.properties")).sorted().forEach(files::add);
		}
		return files;
	}

	static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

	@TestFactory
	Stream<DynamicTest> everyBundleIsCompleteInEveryLanguage() throws IOException {
		List<DynamicTest> tests = new ArrayList<>();
		for (Path base : baseBundles()) {
			for (String language : LANGUAGES) {
				String name = base.getFileName().toString().replace(".properties", "_" + language + ".properties");
				tests.add(DynamicTest.dynamicTest(name, () -> check(base, base.resolveSibling(name))));
			}
		}
		return tests.stream();
	}

	private static void check(Path base, Path translated) throws IOException {
		assertThat(translated).as("translation bundle %s", translated).exists();
		Properties english = load(base);
		Properties other = load(translated);
		Set<String> missing = new TreeSet<>();
		Set<String> empty = new TreeSet<>();
		Set<String> untranslated = new TreeSet<>();
		for (String key : english.stringPropertyNames()) {
			String value = other.getProperty(key);
			if (value == null) {
				missing.add(key);
			} else if (value.isBlank()) {
				empty.add(key);
			} else if (value.equals(english.getProperty(key)) && !SAME_IN_EVERY_LANGUAGE.contains(key)
					&& !UNTRANSLATABLE.contains(value.strip()) && !languageNeutral(value)) {
				untranslated.add(key + "=" + value);
			}
		}
		Set<String> stale = new TreeSet<>(other.stringPropertyNames());
		stale.removeAll(english.stringPropertyNames());
		assertThat(missing).as("keys missing in %s", translated).isEmpty();
		assertThat(empty).as("empty values in %s", translated).isEmpty();
		assertThat(untranslated).as("values left in English in %s", translated).isEmpty();
		assertThat(stale).as("keys in %s that the English bundle no longer has", translated).isEmpty();
	}

	/** True when nothing is left to translate once placeholders and agreed acronyms are taken out. */
	static boolean languageNeutral(String value) {
		String rest = value.replaceAll("\\{\\d+}", " ");
		for (String acronym : ACRONYMS) {
			rest = rest.replaceAll("\\b" + acronym + "\\b", " ");
		}
		return !rest.codePoints().anyMatch(Character::isLetter);
	}

	@Test
	void languageNeutralValuesAreOnlyPlaceholdersAcronymsAndSymbols() {
		assertThat(languageNeutral("{0} × {1}")).isTrue();
		assertThat(languageNeutral("COG {0}")).isTrue();
		assertThat(languageNeutral("WIPO (PCT)")).isTrue();
		assertThat(languageNeutral("{0} RCA")).isTrue();
		assertThat(languageNeutral("QUAD exports")).isFalse();
		assertThat(languageNeutral("Total {0}")).isFalse();
	}

	@TestFactory
	Stream<DynamicTest> translatedValuesKeepTheirPlaceholders() throws IOException {
		List<DynamicTest> tests = new ArrayList<>();
		for (Path base : baseBundles()) {
			for (String language : LANGUAGES) {
				Path translated = base.resolveSibling(
						base.getFileName().toString().replace(".properties", "_" + language + ".properties"));
				if (!Files.exists(translated)) {
					continue;
				}
				tests.add(DynamicTest.dynamicTest(translated.getFileName().toString(), () -> {
					Properties english = load(base);
					Properties other = load(translated);
					List<String> wrong = new ArrayList<>();
					for (String key : english.stringPropertyNames()) {
						String value = other.getProperty(key);
						if (value != null && !placeholders(value).equals(placeholders(english.getProperty(key)))) {
							wrong.add(key);
						}
					}
					assertThat(wrong).as("placeholders {0}, {1}... differ from English in %s", translated).isEmpty();
				}));
			}
		}
		return tests.stream();
	}

	private static Set<String> placeholders(String value) {
		Set<String> found = new TreeSet<>();
		var m = java.util.regex.Pattern.compile("\\{\\d+}").matcher(value);
		while (m.find()) {
			found.add(m.group());
		}
		return found;
	}
}
