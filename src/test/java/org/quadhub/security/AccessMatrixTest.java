package org.quadhub.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The role by endpoint access matrix (issue 9, ADR 0019). Every handler method of every request mapping (UI, API,
 * actuator, open data, public portal) must have exactly one row in {@code security/access-matrix.csv}, and every
 * row must name a mapping that exists. Then every endpoint is called as anonymous and as every role, with path
 * variables filled from real data (a QUAD and organisation of the partner user's own, and of someone else), and
 * the access decision must be the one the matrix says: {@code allow} passes the access check (any status but 401,
 * 403 and a redirect to the sign-in page; 400, 404 and 422 count as passed, since writes get an empty command and
 * objects other than QUADs and organisations an id that does not exist),
 * {@code deny} is 401 problem+json on the API or a redirect to /login in the UI for anonymous, 403 for a role,
 * {@code own} passes for the partner's own QUAD or organisation and is refused (403 or 404) for somebody else's.
 * Run with {@code -Dquadhub.matrix.record=true} to write the observed matrix to target/access-matrix-observed.csv.
 */
@QuadHubTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

	static final String MATRIX = "/security/access-matrix.csv";

	static final List<String> SUBJECTS = List.of("anonymous", "AUTHORITY", "COMMITTEE", "PARTNER", "AGENCY",
			"ZONE_OFFICER");

	private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([A-Za-z0-9_]+)(:[^}]*)?}");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApplicationContext context;

	private final Map<String, String> users = new LinkedHashMap<>();

	private long ownQuad;

	private long foreignQuad;

	private long ownOrganisation;

	private long foreignOrganisation;

	@BeforeAll
	void data() {
		Map<PartnerRole, Long> mine = fixtures.quartet();
		Map<PartnerRole, Long> theirs = fixtures.quartet();
		QuadDetails own = fixtures.quad(mine);
		QuadDetails foreign = fixtures.quad(theirs);
		ownQuad = own.id();
		foreignQuad = foreign.id();
		ownOrganisation = mine.get(PartnerRole.PAKISTANI_INDUSTRY);
		foreignOrganisation = theirs.get(PartnerRole.PAKISTANI_INDUSTRY);
		for (Role role : Role.values()) {
			users.put(role.name(), fixtures.user(role, role == Role.PARTNER ? ownOrganisation : null));
		}
	}

	/** Every mapped handler as METHOD plus path pattern, from the application's own handler mappings. */
	static Set<String> endpoints(ApplicationContext context) {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (String pattern : info.getPatternValues()) {
					if (methods.isEmpty()) {
						endpoints.add("GET " + pattern);
						endpoints.add("POST " + pattern);
					}
					else {
						methods.forEach(method -> endpoints.add(method.name() + " " + pattern));
					}
				}
			}
		}
		return endpoints;
	}

	/** The matrix: endpoint to the expected access per subject, in {@link #SUBJECTS} order. */
	static Map<String, List<String>> matrix() throws IOException {
		Map<String, List<String>> rows = new TreeMap<>();
		try (InputStream in = AccessMatrixTest.class.getResourceAsStream(MATRIX)) {
			assertThat(in).as("the access matrix %s", MATRIX).isNotNull();
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
			assertThat(lines.get(0)).isEqualTo("method,path," + String.join(",", SUBJECTS));
			for (String line : lines.subList(1, lines.size())) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split(",", -1);
				assertThat(cells).as("row %s", line).hasSize(2 + SUBJECTS.size());
				String key = cells[0] + " " + cells[1];
				List<String> access = List.of(cells).subList(2, cells.length);
				assertThat(access).as("row %s", line).allMatch(Set.of("allow", "deny", "own")::contains);
				assertThat(rows.put(key, access)).as("duplicate row %s", key).isNull();
			}
		}
		return rows;
	}

	@Test
	void everyMappingHasExactlyOneRowAndEveryRowAMapping() throws IOException {
		Set<String> endpoints = endpoints(context);
		Map<String, List<String>> matrix = matrix();
		assertThat(endpoints).as("request mappings with no row in %s (add one for every new endpoint)", MATRIX)
			.allMatch(matrix::containsKey);
		assertThat(matrix.keySet()).as("rows in %s that name no existing mapping", MATRIX).allMatch(endpoints::contains);
		assertThat(endpoints).hasSizeGreaterThan(150);
	}

	@Test
	void everyRoleGetsExactlyTheAccessTheMatrixSays() throws Exception {
		boolean record = Boolean.getBoolean("quadhub.matrix.record");
		Map<String, List<String>> matrix = record ? Map.of() : matrix();
		List<String> failures = new ArrayList<>();
		List<String> observedRows = new ArrayList<>();
		for (String endpoint : endpoints(context)) {
			String method = endpoint.substring(0, endpoint.indexOf(' '));
			String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
			List<String> expected = matrix.get(endpoint);
			if (!record && expected == null) {
				continue; // reported by the other test
			}
			List<String> observed = new ArrayList<>();
			for (int i = 0; i < SUBJECTS.size(); i++) {
				String subject = SUBJECTS.get(i);
				Outcome mine = call(method, pattern, subject, true);
				String seen = mine.passed() ? "allow" : "deny";
				if (mine.passed() && ownsSomething(pattern) && !"anonymous".equals(subject)) {
					Outcome other = call(method, pattern, subject, false);
					if (other.status() == 403 || other.status() == 404 && mine.status() != 404) {
						seen = "own";
					}
				}
				observed.add(seen);
				if (!record) {
					String want = expected.get(i);
					if (!want.equals(seen)) {
						failures.add(endpoint + " as " + subject + ": expected " + want + " but " + mine.describe());
					}
					if ("deny".equals(want) && !mine.passed() && !mine.refusedProperly(pattern, subject)) {
						failures.add(endpoint + " as " + subject + ": refused the wrong way: " + mine.describe());
					}
				}
			}
			observedRows.add(method + "," + pattern + "," + String.join(",", observed));
		}
		if (record) {
			Path out = Path.of("target/access-matrix-observed.csv");
			Files.writeString(out, "method,path," + String.join(",", SUBJECTS) + "\n" + String.join("\n", observedRows)
					+ "\n");
		}
		assertThat(failures).as("access decisions that differ from %s", MATRIX).isEmpty();
	}

	private static boolean ownsSomething(String pattern) {
		return pattern.matches(".*/(quads|organisations)/\\{[^}]+}.*");
	}

	private Outcome call(String method, String pattern, String subject, boolean own) throws Exception {
		String uri = fill(pattern, own);
		boolean api = pattern.startsWith("/api/") || pattern.startsWith("/actuator");
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), uri);
		if (!"GET".equals(method) && !"HEAD".equals(method) && !"OPTIONS".equals(method)) {
			if (api) {
				// An empty command: services check the caller before they validate, and it is invalid for writes.
				request.contentType(MediaType.APPLICATION_JSON).content("{}");
			}
			else {
				request.with(csrf());
			}
		}
		// What a browser or an API client sends: endpoints producing JSON, CSV or PDF all answer.
		request.header("Accept", api ? "application/json, application/problem+json, */*;q=0.5"
				: "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8");
		if (!"anonymous".equals(subject)) {
			request.with(httpBasic(users.get(subject), Fixtures.PASSWORD));
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		return new Outcome(uri, response.getStatus(), response.getContentType(), response.getRedirectedUrl());
	}

	private String fill(String pattern, boolean own) {
		String path = pattern.replace("/**", "/x");
		Matcher m = VARIABLE.matcher(path);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String before = path.substring(0, m.start());
			String name = m.group(1);
			String value;
			if (before.endsWith("/quads/") || "quadId".equals(name)) {
				value = Long.toString(own ? ownQuad : foreignQuad);
			}
			else if (before.endsWith("/organisations/") && !before.contains("/matching/")) {
				value = Long.toString(own ? ownOrganisation : foreignOrganisation);
			}
			else if (before.endsWith("/matching/organisations/")) {
				value = Long.toString(own ? ownOrganisation : foreignOrganisation);
			}
			else {
				value = switch (name) {
					case "date" -> "2026-01-05";
					case "product" -> "851713";
					case "office" -> "CN";
					case "kind" -> "QUAD";
					case "username" -> "nobody";
					case "version" -> "1";
					default -> "987654321";
				};
			}
			m.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		m.appendTail(out);
		return out.toString();
	}

	record Outcome(String uri, int status, String contentType, String redirect) {

		boolean passed() {
			return status != 401 && status != 403 && !(redirect != null && redirect.endsWith("/login"));
		}

		boolean refusedProperly(String pattern, String subject) {
			boolean api = pattern.startsWith("/api/") || pattern.startsWith("/actuator");
			if ("anonymous".equals(subject)) {
				return api ? status == 401 && contentType != null && contentType.startsWith("application/problem+json")
						: status == 302 && redirect != null && redirect.endsWith("/login");
			}
			return status == 403 && (!api || contentType != null && contentType.startsWith("application/problem+json"));
		}

		String describe() {
			return uri + " answered " + status + (redirect == null ? "" : " to " + redirect);
		}
	}
}
