package org.quadhub.reporting;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.Quads;
import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upload API over real HTTP: the file part is read as the request body arrives, so a CSV's lines are being
 * stored while the client is still sending; a bad file still stores nothing, and a workbook goes the same way.
 */
@QuadHubTest
class UploadOverHttpTest {

	private static final String BOUNDARY = "quadhub-test-boundary";

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Quads quads;

	@Autowired
	Reports reports;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
	private QuadDetails quad;
	private YearMonth first;
	private String partner;

	@BeforeEach
	void establishedQuad() {
		LocalDate established = LocalDate.now(QuadHubTestClock.ZONE).minusMonths(20).withDayOfMonth(10);
		quad = new ReportingFixtures(fixtures, quads, reports).established(established);
		first = YearMonth.from(established);
		partner = fixtures.user(Role.PARTNER, quad.partners().get(PartnerRole.PAKISTANI_ACADEMIA).id());
	}

	private String csv(int lines, String badCountryAt) {
		StringBuilder csv = new StringBuilder(ReportApiTest.HEADER);
		String[] countries = java.util.Locale.getISOCountries();
		for (int i = 0; i < lines; i++) {
			String country = String.valueOf(i).equals(badCountryAt) ? "QQ" : countries[(i / 12) % countries.length];
			csv.append(first.plusMonths(i % 12)).append(",851713,").append(country).append(',').append(100 + i)
				.append(".25,3,units-").append(i / (12 * countries.length)).append('\n');
		}
		return csv.toString();
	}

	private static byte[] partHead(String name) {
		return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nnot the file\r\n"
				+ "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] partTail() {
		return ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
	}

	private CompletableFuture<HttpResponse<String>> upload(java.util.function.Supplier<InputStream> body) {
		String auth = Base64.getEncoder().encodeToString((partner + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/api/v1/quads/" + quad.id() + "/reports/upload"))
			.header("Authorization", "Basic " + auth)
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.timeout(Duration.ofSeconds(120))
			.POST(HttpRequest.BodyPublishers.ofInputStream(body))
			.build();
		return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
	}

	private static InputStream concat(Object... parts) {
		InputStream all = InputStream.nullInputStream();
		for (Object part : parts) {
			all = new SequenceInputStream(all, part instanceof byte[] bytes ? new ByteArrayInputStream(bytes)
					: (InputStream) part);
		}
		return all;
	}

	private long copiedSoFar() {
		return jdbc.queryForObject("select coalesce(max(tuples_processed), 0) from pg_stat_progress_copy "
				+ "where relid = 'report_export_line'::regclass", Long.class);
	}

	@Test
	void aCsvIsStoredWhileItIsStillArriving() throws Exception {
		byte[] file = csv(60_000, null).getBytes(StandardCharsets.UTF_8);
		int half = file.length / 2;
		CountDownLatch released = new CountDownLatch(1);
		InputStream held = new InputStream() {
			@Override
			public int read() {
				throw new UnsupportedOperationException();
			}

			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				try {
					released.await(60, TimeUnit.SECONDS);
				}
				catch (InterruptedException e) {
					throw new IOException(e);
				}
				return -1;
			}
		};
		CompletableFuture<HttpResponse<String>> answer = upload(() -> concat(partHead("exports.csv"),
				java.util.Arrays.copyOfRange(file, 0, half), held, java.util.Arrays.copyOfRange(file, half, file.length),
				partTail()));
		long copiedBeforeTheEnd = 0;
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (copiedBeforeTheEnd == 0 && System.nanoTime() < deadline && !answer.isDone()) {
			copiedBeforeTheEnd = copiedSoFar();
			Thread.sleep(50);
		}
		released.countDown();
		HttpResponse<String> response = answer.get(120, TimeUnit.SECONDS);
		assertThat(copiedBeforeTheEnd).as("lines stored while the second half was still held back").isPositive();
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode result = json.readTree(response.body());
		assertThat(result.get("lines").asLong()).isEqualTo(60_000);
		assertThat(jdbc.queryForObject("select count(*) from report_export_line where submission_id = ?", Long.class,
				result.get("submissionId").asLong())).isEqualTo(60_000);
	}

	@Test
	void aBadFileOverHttpStoresNothingAndListsTheRow() throws Exception {
		long before = jdbc.queryForObject("select count(*) from report where quad_id = ?", Long.class, quad.id());
		HttpResponse<String> response = upload(() -> concat(partHead("bad.csv"),
				csv(5_000, "4321").getBytes(StandardCharsets.UTF_8), partTail())).get(120, TimeUnit.SECONDS);
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("errors").get(0).get("row").asLong()).isEqualTo(4_323);
		assertThat(problem.get("errors").get(0).get("column").asString()).isEqualTo("destination");
		assertThat(jdbc.queryForObject("select count(*) from report where quad_id = ?", Long.class, quad.id()))
			.isEqualTo(before);
	}

	@Test
	void aWorkbookOverHttpGoesThroughTheSameRules() throws Exception {
		byte[] workbook = ReportApiTest.workbook(List.of(
				new String[] { "period", "hs_code", "destination", "value_usd", "quantity", "unit" },
				new String[] { first.toString(), "851713", "AE", "100", "1", "units" },
				new String[] { first.plusMonths(1).toString(), "851713", "DE", "250.5", "2", "units" }), true);
		HttpResponse<String> response = upload(() -> concat(partHead("exports.xlsx"), workbook, partTail()))
			.get(120, TimeUnit.SECONDS);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode result = json.readTree(response.body());
		assertThat(result.get("lines").asLong()).isEqualTo(2);
		assertThat(result.get("reports").size()).isEqualTo(2);
	}
}
