package org.quadhub.observability;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every log line written while a request is served carries its request id: the caller's {@code X-Request-Id} when
 * it is a plain token, else a new one; as the field {@code requestId} of the JSON lines (Elastic Common Schema, the
 * format QUADHUB_LOG_FORMAT=json selects) and in brackets in the human-readable lines. The audit trail records the
 * same id.
 */
@QuadHubTest
@ExtendWith(OutputCaptureExtension.class)
class RequestIdLoggingTest {

	private static final String[] LOGGERS = { "org.springframework.web.servlet.DispatcherServlet",
			"org.springframework.security.web.FilterChainProxy", "org.quadhub.observability.RequestLog" };

	@LocalServerPort
	int port;

	@Autowired
	LoggingSystem loggingSystem;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	private final List<ILoggingEvent> events = new ArrayList<>();

	private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
		@Override
		protected void append(ILoggingEvent event) {
			event.prepareForDeferredProcessing();
			synchronized (events) {
				events.add(event);
			}
		}
	};

	@BeforeEach
	void captureRequestLogging() {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		appender.setContext(context);
		appender.start();
		for (String name : LOGGERS) {
			loggingSystem.setLogLevel(name, LogLevel.DEBUG);
			context.getLogger(name).addAppender(appender);
		}
	}

	@AfterEach
	void stopCapturing() {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		for (String name : LOGGERS) {
			context.getLogger(name).detachAppender(appender);
			loggingSystem.setLogLevel(name, null);
		}
		appender.stop();
	}

	private HttpResponse<String> get(String path, String requestId) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((Fixtures.ADMIN + ":" + Fixtures.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
		if (requestId != null) {
			request.header("X-Request-Id", requestId);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private List<ILoggingEvent> eventsAbout(String path) {
		synchronized (events) {
			return events.stream().filter(e -> e.getFormattedMessage().contains(path)).toList();
		}
	}

	@Test
	void everyJsonLogLineOfAnApiRequestCarriesTheCallersRequestId(CapturedOutput output) throws Exception {
		String requestId = "abc-" + UUID.randomUUID();
		String path = "/api/v1/quads?status=PROPOSED&probe=" + UUID.randomUUID();
		HttpResponse<String> response = get(path, requestId);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("X-Request-Id")).hasValue(requestId);

		String probe = path.substring(path.indexOf("probe="));
		List<ILoggingEvent> lines = eventsAbout(probe);
		assertThat(lines).as("the request was logged at DEBUG").isNotEmpty();
		StructuredLogEncoder ecs = new StructuredLogEncoder();
		ecs.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
		ecs.setFormat("ecs");
		ecs.start();
		for (ILoggingEvent event : lines) {
			JsonNode line = json.readTree(new String(ecs.encode(event), StandardCharsets.UTF_8));
			assertThat(line.get("requestId").asString()).isEqualTo(requestId);
			assertThat(line.get("message").asString()).contains(probe);
			assertThat(line.get("log").get("level").asString()).isEqualTo("DEBUG");
			assertThat(line.has("@timestamp")).isTrue();
		}
		ecs.stop();
		// the human-readable console lines of the same request carry it too
		List<String> console = output.getOut().lines().filter(l -> l.contains(probe)).toList();
		assertThat(console).isNotEmpty().allMatch(l -> l.contains("[" + requestId + "]"));
		// and nothing is left in the logging context of the thread after the request
		assertThat(org.slf4j.MDC.get(RequestIdFilter.MDC_KEY)).isNull();
	}

	@Test
	void aRequestWithXRequestIdAbcEndsWithAJsonAccessLineCarryingAbc() throws Exception {
		// no DEBUG needed: every request ends with one INFO access line
		String path = "/api/v1/quads/" + (System.nanoTime() & Long.MAX_VALUE);
		HttpResponse<String> response = get(path, "abc");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("X-Request-Id")).hasValue("abc");
		List<ILoggingEvent> access;
		synchronized (events) {
			access = events.stream()
				.filter(e -> e.getLoggerName().equals("org.quadhub.observability.RequestLog"))
				.filter(e -> e.getFormattedMessage().contains(path))
				.toList();
		}
		assertThat(access).hasSize(1);
		assertThat(access.get(0).getLevel()).isEqualTo(ch.qos.logback.classic.Level.INFO);
		StructuredLogEncoder ecs = new StructuredLogEncoder();
		ecs.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
		ecs.setFormat("ecs");
		ecs.start();
		JsonNode line = json.readTree(new String(ecs.encode(access.get(0)), StandardCharsets.UTF_8));
		ecs.stop();
		assertThat(line.get("requestId").asString()).isEqualTo("abc");
		assertThat(line.get("message").asString()).isEqualTo("GET " + path + " 404 " + line.at("/event/duration_ms").asLong() + " ms");
		assertThat(line.at("/http/response/status_code").asInt()).isEqualTo(404);
		assertThat(line.at("/http/request/method").asString()).isEqualTo("GET");
		assertThat(line.at("/url/path").asString()).isEqualTo(path);
	}

	@Test
	void aMissingOrUnsafeRequestIdIsReplacedByAFreshOne() throws Exception {
		for (String offered : new String[] { null, "has space", "x".repeat(65), "semi;colon", "quote\"d" }) {
			String path = "/api/v1/quads?probe=" + UUID.randomUUID();
			HttpResponse<String> response = get(path, offered);
			String given = response.headers().firstValue("X-Request-Id").orElseThrow();
			assertThat(given).isNotEqualTo(offered).matches("[0-9a-f-]{36}");
			List<ILoggingEvent> lines = eventsAbout(path.substring(path.indexOf("probe=")));
			assertThat(lines).isNotEmpty()
				.allSatisfy(e -> assertThat(e.getMDCPropertyMap()).containsEntry(RequestIdFilter.MDC_KEY, given));
		}
	}

	@Test
	void theAuditTrailRecordsTheSameRequestIdAsTheLogs() throws Exception {
		String requestId = "obs-" + UUID.randomUUID();
		String username = ("obs-" + UUID.randomUUID()).substring(0, 20);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/users"))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((Fixtures.ADMIN + ":" + Fixtures.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("X-Request-Id", requestId)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username
					+ "\",\"password\":\"a-long-enough-passphrase\",\"roles\":[\"COMMITTEE\"]}"))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.headers().firstValue("X-Request-Id")).hasValue(requestId);
		List<String> ids = jdbc.queryForList("select request_id from audit_entry where subject_kind = 'app_user' "
				+ "and changes like ?", String.class, "%" + username + "%");
		assertThat(ids).containsExactly(requestId);
	}

	@Test
	void failedRequestsKeepTheRequestIdThroughTheErrorPage() throws Exception {
		String requestId = "err-" + UUID.randomUUID();
		String probe = "no-such-" + UUID.randomUUID();
		HttpResponse<String> response = get("/api/v1/" + probe, requestId);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("X-Request-Id")).hasValue(requestId);
		List<ILoggingEvent> lines = eventsAbout(probe);
		assertThat(lines).isNotEmpty()
			.allSatisfy(e -> assertThat(e.getMDCPropertyMap()).containsEntry(RequestIdFilter.MDC_KEY, requestId));
	}
}
