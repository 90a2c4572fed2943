package org.quadhub.web;

import org.junit.jupiter.api.Test;
import org.quadhub.partners.OrganisationKind;
import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.QuadStatus;
import org.quadhub.shared.Country;
import org.quadhub.shared.Sector;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every UI string comes from the message bundle: no key is missing, and no template text is hard-coded. */
class MessagesTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");
	private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
	/** Text between tags that is shown as-is: anything but whitespace and punctuation. */
	private static final Pattern BARE_TEXT = Pattern.compile(">([^<>]*\\p{L}[^<>]*)<");

	/** The main bundle plus one bundle per module under i18n/ (English files, without a locale suffix). */
	static Properties bundle() throws IOException {
		Properties properties = new Properties();
		List<Path> files = new ArrayList<>(List.of(Path.of("src/main/resources/messages.properties")));
		try (Stream<Path> modules = Files.list(Path.of("src/main/resources/i18n"))) {
			modules.filter(p -> p.getFileName().toString().matches("[a-z]+\\.properties")).sorted().forEach(files::add);
		}
		for (Path file : files) {
			try (InputStream in = Files.newInputStream(file)) {
				properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
			}
		}
		return properties;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).toList();
		}
	}

	@Test
	void everyKeyUsedInATemplateExists() throws IOException {
		Properties bundle = bundle();
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher m = KEY.matcher(Files.readString(template));
			while (m.find()) {
				if (!bundle.containsKey(m.group(1))) {
					missing.add(template.getFileName() + ": " + m.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyEnumShownInTheUiHasALabel() throws IOException {
		Properties bundle = bundle();
		Stream.of(Sector.values()).forEach(v -> assertThat(bundle).containsKey("sector." + v));
		Stream.of(QuadStatus.values()).forEach(v -> assertThat(bundle).containsKey("status." + v));
		Stream.of(PartnerRole.values()).forEach(v -> assertThat(bundle).containsKey("role." + v));
		Stream.of(Country.values()).forEach(v -> assertThat(bundle).containsKey("country." + v));
		Stream.of(OrganisationKind.values()).forEach(v -> assertThat(bundle).containsKey("kind." + v));
	}

	@Test
	void noTemplateShowsHardCodedText() throws IOException {
		List<String> offenders = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template);
			Matcher m = BARE_TEXT.matcher(html);
			while (m.find()) {
				String tag = html.substring(html.lastIndexOf('<', m.start()), m.start() + 1);
				boolean replaced = tag.contains("th:text") || tag.contains("th:utext") || tag.contains("th:replace")
						|| tag.startsWith("<script") || tag.startsWith("<title") || tag.startsWith("<style");
				if (!replaced) {
					offenders.add(template.getFileName() + ": " + m.group(1).trim());
				}
			}
		}
		assertThat(offenders).isEmpty();
	}

	/** Attributes a reader or a screen reader is given (aria-label, title, alt) come from the bundle too. */
	private static final Pattern BARE_ATTRIBUTE = Pattern.compile("(?<![:\\w-])(aria-label|title|alt)=\"([^\"]*\\p{L}[^\"]*)\"");

	@Test
	void noTemplateHasHardCodedLabelAttributes() throws IOException {
		List<String> offenders = new ArrayList<>();
		for (Path template : templates()) {
			Matcher m = BARE_ATTRIBUTE.matcher(Files.readString(template));
			while (m.find()) {
				offenders.add(template.getFileName() + ": " + m.group());
			}
		}
		assertThat(offenders).isEmpty();
	}

	private static final Path SCRIPTS = Path.of("src/main/resources/static/js");
	private static final Pattern JS_STRING = Pattern.compile("'((?:[^'\\\\\\n]|\\\\.)*)'|\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
	/** Option and DOM properties whose value the user reads (chart titles, axis and series names, element text). */
	private static final Pattern SHOWN_PROPERTY = Pattern.compile(
			"\\b(name|text|subtext|title|textContent|innerText|innerHTML|placeholder|alt|formatter)\\s*[:=]\\s*['\"][^'\"]*\\p{L}");
	/** Words with a space between them, a capitalised word, or a word glued to a leading or trailing space. */
	private static final Pattern WORDS = Pattern.compile("\\p{L}\\s+\\p{L}|^\\p{Lu}\\p{Ll}+|^\\s+\\p{L}|\\p{L}\\s+$");

	/**
	 * Page scripts carry no words of their own: visible text reaches them through data-* attributes filled from the
	 * bundles (ECharts series and axis names, labels, units). A line that holds a string never shown to anyone may
	 * say so with an i18n-ok comment.
	 */
	@Test
	void noScriptShowsHardCodedText() throws IOException {
		List<String> offenders = new ArrayList<>();
		List<Path> scripts;
		try (Stream<Path> files = Files.walk(SCRIPTS)) {
			scripts = files.filter(p -> p.toString().endsWith(".js")).sorted().toList();
		}
		assertThat(scripts).isNotEmpty();
		for (Path script : scripts) {
			List<String> lines = Files.readAllLines(script, StandardCharsets.UTF_8);
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i);
				String code = line.trim();
				if (code.startsWith("//") || code.startsWith("*") || code.startsWith("/*") || line.contains("i18n-ok")) {
					continue;
				}
				String where = script.getFileName() + ":" + (i + 1) + ": ";
				if (SHOWN_PROPERTY.matcher(line).find()) {
					offenders.add(where + code);
					continue;
				}
				Matcher m = JS_STRING.matcher(line);
				while (m.find()) {
					String literal = m.group(1) != null ? m.group(1) : m.group(2);
					if (WORDS.matcher(literal).find()) {
						offenders.add(where + literal);
					}
				}
			}
		}
		assertThat(offenders).isEmpty();
	}
}
