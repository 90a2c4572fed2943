package org.quadhub.hostile;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The static half of the stored-XSS defence (ADR 0020), checked over every template and script so that a new page
 * cannot quietly opt out: templates never write unescaped text, never inline scripts or event handlers; scripts never
 * assign HTML, and every ECharts tooltip formatter (whose string ECharts inserts as HTML) encodes what it shows.
 */
class OutputEncodingPolicyTest {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path SCRIPTS = Path.of("src/main/resources/static/js");

	@Test
	void templatesWriteUserTextOnlyEscaped() throws IOException {
		List<String> problems = new ArrayList<>();
		Pattern unescaped = Pattern.compile("th:utext|\\[\\(\\$\\{|th:inline=\"javascript\"|th:inline=\"text\"");
		Pattern handler = Pattern.compile("\\son[a-z]+\\s*=\\s*\"", Pattern.CASE_INSENSITIVE);
		Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
		for (Path file : files(TEMPLATES, ".html")) {
			String text = Files.readString(file);
			find(unescaped, text, file, "writes unescaped text", problems);
			find(handler, text, file, "has an inline event handler", problems);
			find(inlineScript, text, file, "has an inline script", problems);
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void scriptsNeverBuildHtmlFromDataAndTooltipFormattersEncode() throws IOException {
		List<String> problems = new ArrayList<>();
		Pattern html = Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write|\\beval\\(|new Function\\(");
		Pattern tooltipFormatter = Pattern.compile("tooltip\\s*:\\s*\\{[^}]*?formatter\\s*:\\s*function");
		for (Path file : files(SCRIPTS, ".js")) {
			String text = Files.readString(file);
			find(html, text, file, "builds HTML from strings", problems);
			Matcher m = tooltipFormatter.matcher(text);
			while (m.find()) {
				String body = text.substring(m.end(), Math.min(text.length(), m.end() + 600));
				if (!body.contains("encodeHTML")) {
					problems.add(file + ": a tooltip formatter at offset " + m.start()
							+ " returns text without echarts.format.encodeHTML");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private static void find(Pattern pattern, String text, Path file, String what, List<String> problems) {
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
			problems.add(file + ":" + line + " " + what + ": " + m.group());
		}
	}

	private static List<Path> files(Path root, String suffix) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			List<Path> found = walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
			assertThat(found).as("files under " + root).isNotEmpty();
			return found;
		}
	}
}
