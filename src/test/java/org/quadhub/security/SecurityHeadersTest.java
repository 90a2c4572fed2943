package org.quadhub.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security headers on real HTTP answers (issue 9, ADR 0019): UI pages, API answers and errors of both all carry the
 * Content Security Policy (scripts from QuadHub only: no inline script, no eval; no framing), nosniff, a referrer
 * policy and X-Frame-Options; HSTS only when the request came over TLS, which a reverse proxy reports with
 * X-Forwarded-Proto. And the templates give the policy nothing to break: no inline scripts, no inline event
 * handlers, no javascript: URLs.
 */
@QuadHubTest
class SecurityHeadersTest {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void hardened(HttpResponse<String> response) {
		String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
		assertThat(csp).as("CSP of %s", response.uri())
			.contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'");
		String scriptSrc = csp.replaceAll(".*script-src([^;]*).*", "$1");
		assertThat(scriptSrc).doesNotContain("unsafe-inline", "unsafe-eval", "*", "data:");
		assertThat(csp).doesNotContain("default-src *");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).as("nosniff on %s", response.uri())
			.hasValue("nosniff");
		assertThat(response.headers().firstValue("Referrer-Policy")).as("referrer policy on %s", response.uri())
			.hasValue("strict-origin-when-cross-origin");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
	}

	@Test
	void everyKindOfAnswerCarriesTheHeaders() throws Exception {
		String basic = "Basic " + java.util.Base64.getEncoder()
			.encodeToString((Fixtures.ADMIN + ":" + Fixtures.ADMIN_PASSWORD).getBytes());
		List<HttpResponse<String>> answers = List.of(
				get("/"), // public UI page
				get("/login"), // sign-in page
				get("/quads", "Accept", "text/html"), // UI redirect to sign-in
				get("/quads", "Authorization", basic), // signed-in UI page
				get("/no-such-page", "Authorization", basic, "Accept", "text/html"), // UI error page
				get("/api/v1/public/overview"), // public API
				get("/api/v1/quads", "Authorization", basic), // signed-in API
				get("/api/v1/quads"), // API 401 problem
				get("/api/v1/no-such-thing", "Authorization", basic), // API 404 problem
				get("/actuator/health"), // health
				get("/open-data/quads.csv"), // open data
				get("/css/quadhub.css")); // static resource
		assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(200, 200, 302, 200, 404, 200, 200, 401, 404,
				200, 200, 200);
		answers.forEach(SecurityHeadersTest::hardened);
	}

	@Test
	void hstsOnlyWhenTheClientCameOverTls() throws Exception {
		assertThat(get("/").headers().firstValue("Strict-Transport-Security")).as("plain HTTP").isEmpty();
		for (String path : List.of("/", "/api/v1/public/overview", "/api/v1/quads")) {
			HttpResponse<String> behindTls = get(path, "X-Forwarded-Proto", "https");
			assertThat(behindTls.headers().firstValue("Strict-Transport-Security")).as("HSTS on %s behind TLS", path)
				.hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000", "includeSubDomains"));
		}
	}

	@Test
	void theTemplatesHaveNoInlineScriptsEventHandlersOrJavascriptUrls() throws IOException {
		Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
		Pattern handler = Pattern.compile("<[^>]*\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
		Pattern jsUrl = Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE);
		Pattern htmxEval = Pattern.compile("hx-on|hx-vals=\"\\s*js:|hx-vars", Pattern.CASE_INSENSITIVE);
		List<Path> templates;
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			templates = files.filter(p -> p.toString().endsWith(".html")).toList();
		}
		assertThat(templates).hasSizeGreaterThan(20);
		for (Path template : templates) {
			String html = Files.readString(template);
			assertThat(inlineScript.matcher(html).find()).as("inline <script> in %s", template).isFalse();
			assertThat(handler.matcher(html).find()).as("inline event handler in %s", template).isFalse();
			assertThat(jsUrl.matcher(html).find()).as("javascript: URL in %s", template).isFalse();
			assertThat(htmxEval.matcher(html).find()).as("htmx attribute needing eval in %s", template).isFalse();
		}
		assertThat(Files.readString(Path.of("src/main/resources/templates/fragments/layout.html")))
			.as("htmx told not to eval").contains("allowEval");
	}
}
