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
}
