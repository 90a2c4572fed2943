package org.quadhub.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Session fixation protection and cookie flags on the real server (issue 9, ADR 0019): signing in gives a new
 * session id; the session cookie is HttpOnly and SameSite=Lax, and Secure when the client came over TLS (reported
 * by the proxy in X-Forwarded-Proto); sessions time out after 30 idle minutes.
 */
@QuadHubTest
class SessionCookieTest {

	private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

	@LocalServerPort
	int port;

	@Value("${server.servlet.session.timeout}")
	Duration timeout;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private static String sessionCookie(HttpResponse<String> response) {
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}

	private static String id(String cookie) {
		Matcher m = SESSION.matcher(cookie);
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	private String signIn(String... headers) throws Exception {
		HttpRequest.Builder page = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET();
		if (headers.length > 0) {
			page.headers(headers);
		}
		HttpResponse<String> login = http.send(page.build(), HttpResponse.BodyHandlers.ofString());
		String before = sessionCookie(login);
		Matcher token = CSRF.matcher(login.body());
		assertThat(token.find()).as("CSRF token on the sign-in form").isTrue();
		String csrf = token.group(1) != null ? token.group(1) : token.group(2);
		String form = "username=" + Fixtures.ADMIN + "&password="
				+ URLEncoder.encode(Fixtures.ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		HttpRequest.Builder post = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "SESSION=" + id(before))
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (headers.length > 0) {
			post.headers(headers);
		}
		HttpResponse<String> signedIn = http.send(post.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		String after = sessionCookie(signedIn);
		assertThat(id(after)).as("a new session id after sign-in").isNotEqualTo(id(before));
		for (String cookie : List.of(before, after)) {
			assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
		}
		return after;
	}

	@Test
	void signingInChangesTheSessionIdAndTheCookieIsHttpOnlyAndLax() throws Exception {
		String cookie = signIn();
		assertThat(cookie).as("no Secure flag over plain HTTP (the browser would drop it)")
			.doesNotContainIgnoringCase("Secure");
	}

	@Test
	void behindTlsTheCookieIsSecure() throws Exception {
		String cookie = signIn("X-Forwarded-Proto", "https");
		assertThat(cookie).containsIgnoringCase("Secure");
	}

	@Test
	void sessionsTimeOutAfterThirtyIdleMinutes() {
		assertThat(timeout).isEqualTo(Duration.ofMinutes(30));
	}
}
