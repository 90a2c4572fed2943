package org.quadhub.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.QuadDetails;
import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * CSRF on every UI form (issue 9, ADR 0019). Renders every UI page every role can reach (path variables filled
 * with a real QUAD and organisation of the partner's own), finds every {@code <form method=post>} and checks that it
 * carries the {@code _csrf} token; then sends every UI write (POST, PUT, PATCH, DELETE outside /api) without the
 * token, as the coordinating authority, and checks it is refused with 403 before anything happens.
 */
@QuadHubTest
class CsrfFormsTest {

	private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>.*?</form>",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern POST = Pattern.compile("method\\s*=\\s*[\"']?post", Pattern.CASE_INSENSITIVE);

	private static final Pattern TOKEN = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"[^\"]{20,}\"",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([A-Za-z0-9_]+)(:[^}]*)?}");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApplicationContext context;

	private static boolean ui(String pattern) {
		return !pattern.startsWith("/api/") && !pattern.startsWith("/actuator") && !pattern.startsWith("/v3/")
				&& !pattern.startsWith("/swagger-ui") && !pattern.startsWith("/error");
	}

	private static String fill(String pattern, long quad, long organisation) {
		Matcher m = VARIABLE.matcher(pattern.replace("/**", "/x"));
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String before = pattern.substring(0, Math.min(m.start(), pattern.length()));
			String value = before.endsWith("/quads/") ? Long.toString(quad)
					: before.endsWith("/organisations/") ? Long.toString(organisation) : "987654321";
			m.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		m.appendTail(out);
		return out.toString();
	}

	@Test
	void everyPostFormOnEveryPageCarriesTheToken() throws Exception {
		Map<PartnerRole, Long> seats = fixtures.quartet();
		QuadDetails quad = fixtures.quad(seats);
		long organisation = seats.get(PartnerRole.PAKISTANI_INDUSTRY);
		List<String> missing = new ArrayList<>();
		int forms = 0;
		int pages = 0;
		for (Role role : Role.values()) {
			String user = fixtures.user(role, role == Role.PARTNER ? organisation : null);
			for (String endpoint : AccessMatrixTest.endpoints(context)) {
				if (!endpoint.startsWith("GET ") || !ui(endpoint.substring(4))) {
					continue;
				}
				String uri = fill(endpoint.substring(4), quad.id(), organisation);
				MockHttpServletResponse page = mvc
					.perform(MockMvcRequestBuilders.get(uri).accept(MediaType.TEXT_HTML).with(httpBasic(user, Fixtures.PASSWORD)))
					.andReturn()
					.getResponse();
				if (page.getStatus() != 200 || page.getContentType() == null || !page.getContentType().startsWith("text/html")) {
					continue;
				}
				pages++;
				Matcher form = FORM.matcher(page.getContentAsString());
				while (form.find()) {
					String html = form.group();
					String open = html.substring(0, html.indexOf('>') + 1);
					if (POST.matcher(open).find()) {
						forms++;
						if (!TOKEN.matcher(html).find()) {
							missing.add(uri + " as " + role + ": " + open);
						}
					}
				}
			}
		}
		assertThat(pages).as("pages rendered").isGreaterThan(50);
		assertThat(forms).as("post forms found").isGreaterThan(20);
		assertThat(missing).as("post forms without the _csrf token").isEmpty();
	}

	@Test
	void everyUiWriteWithoutTheTokenIsRefused() throws Exception {
		Map<PartnerRole, Long> seats = fixtures.quartet();
		QuadDetails quad = fixtures.quad(seats);
		List<String> accepted = new ArrayList<>();
		int writes = 0;
		for (String endpoint : AccessMatrixTest.endpoints(context)) {
			String method = endpoint.substring(0, endpoint.indexOf(' '));
			String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
			if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method)
					|| !ui(pattern)) {
				continue;
			}
			writes++;
			String uri = fill(pattern, quad.id(), seats.get(PartnerRole.PAKISTANI_INDUSTRY));
			MockHttpServletResponse response = mvc
				.perform(MockMvcRequestBuilders.request(HttpMethod.valueOf(method), uri)
					.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
					.param("name", "no token"))
				.andReturn()
				.getResponse();
			if (response.getStatus() != 403) {
				accepted.add(endpoint + " answered " + response.getStatus());
			}
		}
		assertThat(writes).as("UI writes found").isGreaterThan(30);
		assertThat(accepted).as("UI writes that did not refuse a missing CSRF token").isEmpty();
	}
}
