package org.quadhub.hostile;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.QuadDetails;
import org.quadhub.shared.Actor;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * SQL injection in every filter and search parameter: the GET endpoints and their query parameters come from the
 * application's own request mappings (so a new filter is covered without editing this test); each parameter gets the
 * classic payloads. Nothing may answer 5xx, no payload may return more rows than an honest search for a string that
 * matches nothing, and afterwards every table is still there with at least its rows.
 */
@QuadHubTest
class SqlInjectionApiTest {

	/** In the order they are tried: each round sends one payload to every parameter (see {@link #BUDGET}). */
	static final List<String> PAYLOADS = List.of("%' OR '1'='1' --", "x\u0000y", "' OR '1'='1", "1;DROP TABLE organisation--",
			"\u2019 OR \u20191\u2019=\u20191", "a".repeat(5_000), "1 UNION SELECT username, password_hash FROM app_user--",
			"' OR pg_sleep(5)--", "\\' OR 1=1 --", "99999999999999999999999");

	/**
	 * Seconds the rounds may take on a loaded build machine ({@code -Dquadhub.hostile.sql-seconds}); the first round
	 * (quote break-out and LIKE wildcard in one payload) always runs whole, later ones stop when the budget is spent.
	 */
	static final long BUDGET = Long.getLong("quadhub.hostile.sql-seconds", 30);

	/** Parameters that are not filters of what the caller reads (language switch, CSRF, page chrome). */
	static final Set<String> NOT_FILTERS = Set.of("lang", "_csrf", "continue", "error", "logout");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	QuadDetails quad;

	Map<PartnerRole, Long> seats;

	@BeforeEach
	void seed() {
		seats = fixtures.quartet();
		quad = fixtures.quad(seats);
	}

	record Endpoint(String pattern, Set<String> parameters, String handler) {
	}

	@Test
	void everyFilterParameterIsEnumeratedFromTheMappings() {
		List<Endpoint> endpoints = endpoints();
		assertThat(endpoints).as("GET endpoints with query parameters").hasSizeGreaterThan(10);
		Set<String> names = new LinkedHashSet<>();
		endpoints.forEach(e -> names.addAll(e.parameters()));
		assertThat(names).as("well-known filters are found").contains("q", "status");
	}

	@Test
	void noPayloadInAnyFilterBreaksTheServerLeaksRowsOrDropsATable() throws Exception {
		Map<String, Long> before = tableCounts();
		List<String> failures = new ArrayList<>();
		int requests = 0;
		List<Endpoint> endpoints = endpoints();
		Map<String, Integer> honestRows = new java.util.HashMap<>();
		for (Endpoint endpoint : endpoints) {
			String path = expand(endpoint.pattern());
			for (String parameter : endpoint.parameters()) {
				String honest = "zq" + UUID.randomUUID().toString().substring(0, 8);
				honestRows.put(path + "?" + parameter, rows(call(path, parameter, honest, path.startsWith("/api/"))));
				requests++;
			}
		}
		long deadline = System.nanoTime() + BUDGET * 1_000_000_000L;
		int rounds = 0;
		for (String payload : PAYLOADS) {
			if (rounds >= 1 && System.nanoTime() > deadline) {
				break;
			}
			rounds++;
			for (Endpoint endpoint : endpoints) {
				String path = expand(endpoint.pattern());
				for (String parameter : endpoint.parameters()) {
					long started = System.nanoTime();
					MockHttpServletResponse response = call(path, parameter, payload, path.startsWith("/api/"));
					requests++;
					long millis = (System.nanoTime() - started) / 1_000_000;
					String where = "GET " + path + "?" + parameter + "=" + shown(payload) + " (" + endpoint.handler() + ")";
					if (response.getStatus() >= 500) {
						failures.add(where + " answered " + response.getStatus() + ": "
								+ shown(response.getContentAsString()));
						continue;
					}
					if (millis > 4_500 && payload.contains("pg_sleep")) {
						failures.add(where + " took " + millis + " ms: the payload reached the database as SQL");
					}
					int honest = honestRows.get(path + "?" + parameter);
					int payloadRows = rows(response);
					if (honest >= 0 && payloadRows > honest) {
						failures.add(where + " returned " + payloadRows + " rows where an honest non-matching search "
								+ "returned " + honest);
					}
				}
			}
		}
		org.slf4j.LoggerFactory.getLogger(getClass()).info("SQL injection: {} endpoints, {} payload rounds of {}, {} requests",
				endpoints.size(), rounds, PAYLOADS.size(), requests);
		assertThat(failures).as("after %d requests", requests).isEmpty();
		Map<String, Long> after = tableCounts();
		assertThat(after.keySet()).as("every table still exists").containsAll(before.keySet());
		before.forEach((table, count) -> assertThat(after.get(table)).as("rows in " + table).isGreaterThanOrEqualTo(count));
	}

	@Test
	void aNulCharacterInAJsonBodyIsBadInputAndNothingIsStored() throws Exception {
		String name = "Nul " + UUID.randomUUID().toString().substring(0, 8);
		String body = "{\"name\":\"" + name + "\\u0000x\",\"country\":\"PK\",\"kind\":\"INDUSTRY\"}";
		MockHttpServletResponse response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/organisations").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
		assertThat(response.getContentType()).contains("problem+json");
		assertThat(jdbc.queryForObject("select count(*) from organisation where name like ?", Long.class, name + "%"))
			.isZero();
		MockHttpServletResponse query = call("/api/v1/organisations", "q", "a\u0000b", true);
		assertThat(query.getStatus()).isEqualTo(400);
		assertThat(query.getContentAsString()).contains("q").contains("NUL");
	}

	private MockHttpServletResponse call(String path, String parameter, String value, boolean api) throws Exception {
		var request = get(path).param(parameter, value)
			.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
			.accept(api ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
		try {
			return mvc.perform(request).andReturn().getResponse();
		}
		catch (Exception escaped) {
			// an exception no handler turned into an answer: the servlet container would answer 500
			MockHttpServletResponse failed = new MockHttpServletResponse();
			failed.setStatus(500);
			failed.getWriter().write(String.valueOf(escaped.getCause() != null ? escaped.getCause() : escaped));
			return failed;
		}
	}

	/** Rows in a JSON answer: a top-level array, or the array of a page ({@code content}, {@code items}). */
	private int rows(MockHttpServletResponse response) throws Exception {
		String type = response.getContentType();
		if (response.getStatus() != 200 || type == null || !type.contains("json")) {
			return -1;
		}
		JsonNode node = json.readTree(response.getContentAsString());
		if (node.isArray()) {
			return node.size();
		}
		for (String key : List.of("content", "items", "rows", "entries", "results")) {
			if (node.has(key) && node.get(key).isArray()) {
				return node.get(key).size();
			}
		}
		return -1;
	}

	private List<Endpoint> endpoints() {
		Map<String, Endpoint> found = new TreeMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			HandlerMethod handler = entry.getValue();
			if (!handler.getBeanType().getPackageName().startsWith("org.quadhub")) {
				continue;
			}
			Set<String> parameters = new LinkedHashSet<>();
			for (MethodParameter p : handler.getMethodParameters()) {
				RequestParam param = p.getParameterAnnotation(RequestParam.class);
				if (param != null) {
					String name = !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value()
							: p.getParameterName();
					if (name != null && !Map.class.isAssignableFrom(p.getParameterType())) {
						parameters.add(name);
					}
				}
				else if (p.getParameterType().isRecord() && !p.hasParameterAnnotation(PathVariable.class)
						&& !p.hasParameterAnnotation(RequestBody.class) && !p.hasParameterAnnotation(RequestHeader.class)
						&& p.getParameterType() != Actor.class) {
					for (RecordComponent c : p.getParameterType().getRecordComponents()) {
						parameters.add(c.getName());
					}
				}
			}
			parameters.removeAll(NOT_FILTERS);
			if (parameters.isEmpty()) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				found.merge(pattern, new Endpoint(pattern, parameters, handler.getShortLogMessage()), (a, b) -> {
					Set<String> all = new LinkedHashSet<>(a.parameters());
					all.addAll(b.parameters());
					return new Endpoint(a.pattern(), all, a.handler());
				});
			}
		}
		return new ArrayList<>(found.values());
	}

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	/** Fills path variables with a real QUAD or organisation where the name says so, else 1. */
	private String expand(String pattern) {
		Matcher m = VARIABLE.matcher(pattern);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String name = m.group(1).toLowerCase();
			String value;
			if (name.contains("organisation") || name.contains("org")) {
				value = String.valueOf(seats.get(PartnerRole.PAKISTANI_INDUSTRY));
			}
			else if (name.equals("id") || name.contains("quad")) {
				value = String.valueOf(quad.id());
			}
			else if (name.contains("product") || name.contains("hs")) {
				value = "850440";
			}
			else {
				value = "1";
			}
			m.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		m.appendTail(out);
		return UriComponentsBuilder.fromPath(out.toString()).build().getPath();
	}

	private Map<String, Long> tableCounts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : jdbc.queryForList("select table_name from information_schema.tables where table_schema = "
				+ "current_schema() and table_type = 'BASE TABLE' order by 1", String.class)) {
			counts.put(table, jdbc.queryForObject("select count(*) from \"" + table.replace("\"", "\"\"") + "\"",
					Long.class));
		}
		assertThat(counts).containsKeys("organisation", "quad", "app_user");
		return counts;
	}

	private static String shown(String s) {
		String t = s.replace("\u0000", "\\0");
		return t.length() > 120 ? t.substring(0, 120) + "...(" + t.length() + " chars)" : t;
	}
}
