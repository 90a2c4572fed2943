package org.quadhub.reliability;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Crash and outage behaviour of the packaged application (issue 9, reliability): {@code target/quadhub.jar} runs as
 * a child process on a PostgreSQL server this test owns. It is killed with SIGKILL in the middle of a 200,000-line
 * report upload and in the middle of a burst of concurrent API writes, and restarted on the same database; then the
 * database server itself is stopped under traffic and started again. Checked: every request answered 2xx is stored
 * exactly once, nothing of a killed upload is visible, the audit chain verifies, and while the database is down the
 * API answers 503 problem+json, health is DOWN, and everything recovers without a restart of the application.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryIT {

	private static final int UPLOAD_LINES = 200_000;

	private final Path dir = Path.of(System.getProperty("quadhub.it.dir", "target/reliability-it")).toAbsolutePath();
	private final Path jar = Path.of(System.getProperty("quadhub.jar", "target/quadhub.jar")).toAbsolutePath();
	private final JsonMapper json = JsonMapper.builder().build();
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
	private final String run = UUID.randomUUID().toString().substring(0, 8);
	private final String basic = "Basic " + Base64.getEncoder()
		.encodeToString((ChildApp.AUTHORITY + ":" + ChildApp.AUTHORITY_PASSWORD).getBytes(StandardCharsets.UTF_8));

	private OwnedDatabase db;
	private ChildApp app;
	private long uploadQuad;
	private long burstQuad;
	private YearMonth uploadFirst;
	private YearMonth burstFirst;
	private final YearMonth lastMonth = YearMonth.now().minusMonths(1);

	@BeforeAll
	void start() throws Exception {
		assertThat(jar).as("the packaged application (mvn package runs before failsafe)").exists();
		Files.createDirectories(dir);
		db = new OwnedDatabase(dir.resolve("pg"));
		db.startFresh();
		app = new ChildApp(jar, dir, db.jdbcUrl());
		long t0 = System.nanoTime();
		app.start(true);
		System.out.printf("[reliability] first start with demo data: %.1f s (load %s)%n", seconds(t0), load());
		JsonNode exporting = json.readTree(get("/api/v1/quads?status=EXPORTING").body());
		List<JsonNode> quads = new ArrayList<>();
		exporting.forEach(quads::add);
		assertThat(quads).as("demo data has two exporting QUADs").hasSizeGreaterThanOrEqualTo(2);
		uploadQuad = quads.get(0).get("id").asLong();
		uploadFirst = YearMonth.from(LocalDate.parse(quads.get(0).get("establishedOn").asString()));
		burstQuad = quads.get(1).get("id").asLong();
		burstFirst = YearMonth.from(LocalDate.parse(quads.get(1).get("establishedOn").asString()));
	}

	@AfterAll
	void stop() throws Exception {
		if (app != null) {
			app.stop();
		}
		if (db != null) {
			db.stop();
		}
	}

	/**
	 * One SIGKILL hits both at once, as on a busy server: a 200,000-line upload in the middle of its COPY and eight
	 * clients writing reports (with Idempotency-Key) and organisations. One kill keeps the test inside its time
	 * budget; the two checks are independent.
	 */
	@Test
	@Order(1)
	void killedInTheMiddleOfAnUploadAndABurstOfWritesLosesNoAcknowledgedWriteAndShowsNoHalfUpload() throws Exception {
		Path csv = dir.resolve("exports-" + UPLOAD_LINES + ".csv");
		int uploadMonths = (int) uploadFirst.until(lastMonth, ChronoUnit.MONTHS) + 1;
		writeExports(csv, UPLOAD_LINES, uploadFirst, uploadMonths);
		int uploadReportsBefore = reportsOf(uploadQuad);
		String killedName = "killed-" + run + ".csv";
		int months = (int) burstFirst.until(lastMonth, ChronoUnit.MONTHS) + 1;
		long reportsBefore = queryLong("select count(*) from report where quad_id = ?", burstQuad);

		// the burst: eight clients until the kill
		Map<String, String> reportBodies = new ConcurrentHashMap<>();
		Map<String, Long> ackedReports = new ConcurrentHashMap<>();
		Set<String> orgNames = ConcurrentHashMap.newKeySet();
		Map<String, Long> ackedOrgs = new ConcurrentHashMap<>();
		AtomicBoolean killed = new AtomicBoolean();
		AtomicInteger sequence = new AtomicInteger();
		ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
		ExecutorService clients = Executors.newFixedThreadPool(8);
		for (int c = 0; c < 8; c++) {
			clients.submit(() -> {
				while (!killed.get()) {
					int i = sequence.incrementAndGet();
					try {
						if (i % 2 == 0) {
							String key = "burst-" + run + "-" + i;
							String body = reportBody(burstFirst.plusMonths(i % months), i);
							reportBodies.put(key, body);
							HttpResponse<String> answer = postReport(key, body);
							if (answer.statusCode() == 201) {
								ackedReports.put(key, json.readTree(answer.body()).get("id").asLong());
							}
							else if (!killed.get()) {
								unexpected.add(answer.statusCode() + " " + answer.body());
							}
						}
						else {
							String name = "Burst org " + run + " " + i + ".";
							orgNames.add(name);
							HttpResponse<String> answer = send("POST", "/api/v1/organisations", organisation(name));
							if (answer.statusCode() == 201) {
								ackedOrgs.put(name, json.readTree(answer.body()).get("id").asLong());
							}
							else if (!killed.get()) {
								unexpected.add(answer.statusCode() + " " + answer.body());
							}
						}
					}
					catch (IOException cutOff) {
						// the process died under this request: no answer, so not acknowledged
					}
					catch (Exception e) {
						unexpected.add(e.toString());
					}
				}
				return null;
			});
		}
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (ackedReports.size() + ackedOrgs.size() < 30 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}

		// the upload, killed once its COPY has written 20,000 lines, with the burst still going
		CompletableFuture<HttpResponse<String>> upload = http.sendAsync(upload(killedName, csv),
				HttpResponse.BodyHandlers.ofString());
		long copied = awaitCopyProgress(20_000, Duration.ofSeconds(120), upload);
		int exit = app.killHard();
		killed.set(true);
		clients.shutdown();
		assertThat(clients.awaitTermination(40, TimeUnit.SECONDS)).isTrue();
		System.out.printf("[reliability] SIGKILL during COPY after %d of %d lines, with %d reports and %d organisations "
				+ "acknowledged of %d requests sent (load %s)%n", copied, UPLOAD_LINES, ackedReports.size(),
				ackedOrgs.size(), sequence.get(), load());
		assertThat(exit).as("exit status of a process ended by SIGKILL (128 + 9)").isEqualTo(137);
		assertThat(copied).isLessThan(UPLOAD_LINES);
		try {
			HttpResponse<String> answer = upload.get(30, TimeUnit.SECONDS);
			assertThat(answer.statusCode()).as("the killed upload was never acknowledged").isGreaterThanOrEqualTo(300);
		}
		catch (ExecutionException expected) {
			assertThat(expected.getCause()).isInstanceOf(IOException.class);
		}
		assertThat(unexpected).as("answers other than 201 before the kill").isEmpty();
		assertThat(ackedReports).isNotEmpty();
		assertThat(ackedOrgs).isNotEmpty();

		long t0 = System.nanoTime();
		app.start(false);
		System.out.printf("[reliability] restart after SIGKILL: %.1f s%n", seconds(t0));

		// the upload: nothing of it visible, and the same file goes through whole afterwards
		assertThat(queryLong("select count(*) from report_submission where file_name = ?", killedName))
			.as("no submission of the killed upload").isZero();
		assertThat(queryLong("select count(*) from report_export_line l where not exists "
				+ "(select 1 from report_submission s where s.id = l.submission_id)"))
			.as("no export line without its submission (half-written COPY)").isZero();
		assertThat(reportsOf(uploadQuad)).as("no report from the killed upload").isEqualTo(uploadReportsBefore);
		String againName = "again-" + run + ".csv";
		t0 = System.nanoTime();
		HttpResponse<String> again = http.send(upload(againName, csv), HttpResponse.BodyHandlers.ofString());
		System.out.printf("[reliability] the same %d-line file after the restart: %d in %.1f s (load %s)%n", UPLOAD_LINES,
				again.statusCode(), seconds(t0), load());
		assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
		assertThat(json.readTree(again.body()).get("lines").asLong()).isEqualTo(UPLOAD_LINES);
		assertThat(queryLong("select count(*) from report_export_line l join report_submission s "
				+ "on s.id = l.submission_id where s.file_name = ?", againName)).isEqualTo(UPLOAD_LINES);
		assertThat(reportsOf(uploadQuad)).isEqualTo(uploadReportsBefore + uploadMonths);

		// the burst: every acknowledged organisation once, nothing twice
		for (Map.Entry<String, Long> acked : ackedOrgs.entrySet()) {
			JsonNode found = json.readTree(get("/api/v1/organisations?size=100&q="
					+ URLEncoder.encode(acked.getKey(), StandardCharsets.UTF_8)).body()).get("content");
			List<Long> ids = new ArrayList<>();
			found.forEach(org -> {
				if (org.get("name").asString().equals(acked.getKey())) {
					ids.add(org.get("id").asLong());
				}
			});
			assertThat(ids).as(acked.getKey()).containsExactly(acked.getValue());
		}
		for (String name : orgNames) {
			assertThat(queryLong("select count(*) from organisation where name = ?", name)).as(name).isLessThanOrEqualTo(1);
		}
		// every key retried as a client would: acknowledged ones replay their first result, the rest are stored now
		for (Map.Entry<String, String> attempt : reportBodies.entrySet()) {
			HttpResponse<String> retry = postReport(attempt.getKey(), attempt.getValue());
			assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
			Long first = ackedReports.get(attempt.getKey());
			if (first != null) {
				assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
				assertThat(json.readTree(retry.body()).get("id").asLong()).isEqualTo(first);
			}
		}
		assertThat(queryLong("select count(*) from report where quad_id = ?", burstQuad))
			.as("each idempotency key stored exactly once").isEqualTo(reportsBefore + reportBodies.size());
		assertThat(queryLong("select count(distinct report_id) from report_idempotency where idem_key like ?",
				"burst-" + run + "-%")).isEqualTo(reportBodies.size());
		assertAuditChainValid();
	}

	@Test
	@Order(2)
	void databaseOutageGives503AndEverythingRecoversWithoutARestart() throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(3)).build();
		signIn(browser);
		assertThat(page(browser, "/quads").statusCode()).isEqualTo(200);

		Map<String, Long> acked = new ConcurrentHashMap<>();
		Set<String> attempted = ConcurrentHashMap.newKeySet();
		Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
		AtomicBoolean stop = new AtomicBoolean();
		ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
		Thread traffic = new Thread(() -> {
			int i = 0;
			while (!stop.get()) {
				String name = "Outage org " + run + " " + (++i);
				attempted.add(name);
				try {
					HttpResponse<String> answer = send("POST", "/api/v1/organisations", organisation(name));
					statuses.computeIfAbsent(answer.statusCode(), k -> new AtomicInteger()).incrementAndGet();
					if (answer.statusCode() == 201) {
						acked.put(name, json.readTree(answer.body()).get("id").asLong());
					}
					Thread.sleep(50);
				}
				catch (Exception e) {
					failures.add(e.toString());
				}
			}
		});
		traffic.start();
		Thread.sleep(1000);

		long down = System.nanoTime();
		db.stop();
		System.out.printf("[reliability] database stopped (load %s)%n", load());
		long t0 = System.nanoTime();
		HttpResponse<String> read = get("/api/v1/quads");
		double readSeconds = seconds(t0);
		assertProblem503(read);
		HttpResponse<String> write = send("POST", "/api/v1/organisations", organisation("Outage direct " + run));
		assertProblem503(write);
		HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(app.base() + "/actuator/health"))
			.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).isEqualTo(503);
		assertThat(health.body()).contains("DOWN");
		HttpResponse<String> uiPage = page(browser, "/quads");
		assertThat(uiPage.statusCode()).isEqualTo(503);
		assertThat(uiPage.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		System.out.printf("[reliability] during the outage a read failed in %.1f s with %d%n", readSeconds, read.statusCode());
		while (seconds(down) < 6) {
			Thread.sleep(200);
		}
		assertThat(app.process().isAlive()).as("the application survives the outage").isTrue();

		db.restart();
		long up = System.nanoTime();
		app.awaitHealthy(Duration.ofSeconds(60));
		double recovered = seconds(up);
		HttpResponse<String> after = null;
		for (int attempt = 0; attempt < 20; attempt++) {
			after = send("POST", "/api/v1/organisations", organisation("After outage " + run));
			if (after.statusCode() != 503) {
				break;
			}
			Thread.sleep(250);
		}
		assertThat(after.statusCode()).as(after.body()).isEqualTo(201);
		assertThat(page(browser, "/quads").statusCode()).as("the signed-in UI session still works").isEqualTo(200);
		Thread.sleep(500);
		stop.set(true);
		traffic.join(30_000);
		System.out.printf("[reliability] outage %.1f s; healthy %.1f s after the database came back; traffic statuses %s "
				+ "(load %s)%n", (up - down) / 1e9, recovered, statuses, load());

		assertThat(failures).as("the application kept answering").isEmpty();
		assertThat(statuses.keySet()).as("only success or 503, never 500").isSubsetOf(Set.of(201, 503));
		assertThat(statuses).containsKeys(201, 503);
		for (Map.Entry<String, Long> write1 : acked.entrySet()) {
			assertThat(queryLong("select count(*) from organisation where name = ? and id = ?", write1.getKey(),
					write1.getValue())).as(write1.getKey()).isEqualTo(1);
		}
		for (String name : attempted) {
			assertThat(queryLong("select count(*) from organisation where name = ?", name)).isLessThanOrEqualTo(1);
		}
		assertAuditChainValid();
	}

	// ---------------------------------------------------------------------------------------------------------------

	private void assertProblem503(HttpResponse<String> answer) throws IOException {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.headers().firstValue("Retry-After")).isPresent();
		JsonNode problem = json.readTree(answer.body());
		assertThat(problem.get("status").asInt()).isEqualTo(503);
		assertThat(problem.get("type").asString()).endsWith("/database-unavailable");
	}

	private void assertAuditChainValid() throws Exception {
		HttpResponse<String> verify = get("/api/v1/audit/verify");
		assertThat(verify.statusCode()).as(verify.body()).isEqualTo(200);
		JsonNode result = json.readTree(verify.body());
		assertThat(result.get("valid").asBoolean()).as(verify.body()).isTrue();
		assertThat(result.get("entries").asLong()).isPositive();
	}

	private int reportsOf(long quadId) throws Exception {
		HttpResponse<String> answer = get("/api/v1/quads/" + quadId + "/reports");
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return json.readTree(answer.body()).size();
	}

	/** Polls PostgreSQL's COPY progress view until the upload's COPY has written at least {@code lines} rows. */
	private long awaitCopyProgress(long lines, Duration limit, CompletableFuture<?> upload) throws Exception {
		long deadline = System.nanoTime() + limit.toNanos();
		try (Connection c = db.connect(); PreparedStatement progress = c.prepareStatement(
				"select coalesce(max(tuples_processed), 0) from pg_stat_progress_copy "
						+ "where relid = 'report_export_line'::regclass")) {
			while (System.nanoTime() < deadline) {
				if (upload.isDone()) {
					fail("the upload finished before it could be killed: " + upload.get());
				}
				try (ResultSet rs = progress.executeQuery()) {
					rs.next();
					long copied = rs.getLong(1);
					if (copied >= lines) {
						return copied;
					}
				}
				Thread.sleep(5);
			}
		}
		throw new AssertionError("the upload's COPY did not reach " + lines + " lines within " + limit);
	}

	private long queryLong(String sql, Object... args) throws SQLException {
		try (Connection c = db.connect(); PreparedStatement statement = c.prepareStatement(sql)) {
			for (int i = 0; i < args.length; i++) {
				statement.setObject(i + 1, args[i]);
			}
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send("GET", path, null);
	}

	private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.base() + path))
			.timeout(Duration.ofSeconds(30)).header("Authorization", basic).header("Accept", "application/json");
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> postReport(String key, String body) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(app.base() + "/api/v1/quads/" + burstQuad + "/reports"))
			.timeout(Duration.ofSeconds(30)).header("Authorization", basic).header("Content-Type", "application/json")
			.header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static String reportBody(YearMonth period, int i) {
		return "{\"period\":\"" + period + "\",\"exportLines\":[{\"hsCode\":\"851713\",\"destination\":\"AE\","
				+ "\"valueUsd\":" + (1000 + i) + ".25,\"quantity\":" + i + ",\"unit\":\"units\"}],\"publications\":" + (i % 3)
				+ "}";
	}

	private static String organisation(String name) {
		return "{\"name\":\"" + name + "\",\"country\":\"PK\",\"kind\":\"INDUSTRY\",\"sectors\":[\"ELECTRONICS\"],"
				+ "\"city\":\"Lahore\",\"province\":\"Punjab\",\"active\":true}";
	}

	private HttpRequest upload(String fileName, Path csv) throws IOException {
		String boundary = "reliability" + UUID.randomUUID().toString().replace("-", "");
		ByteArrayOutputStream body = new ByteArrayOutputStream((int) Files.size(csv) + 512);
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		Files.copy(csv, body);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create(app.base() + "/api/v1/quads/" + uploadQuad + "/reports/upload"))
			.timeout(Duration.ofSeconds(120)).header("Authorization", basic)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
	}

	/** Export lines QuadHub accepts: unique (month, HS code, destination, unit), months from the establishment on. */
	private static void writeExports(Path out, int lines, YearMonth first, int months) throws IOException {
		String[] hs = { "870380", "850760", "851713", "854143" };
		String[] countries = Locale.getISOCountries();
		try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
			w.write("period,hs_code,destination,value_usd,quantity,unit\n");
			for (int i = 0; i < lines; i++) {
				int month = i % months;
				int rest = i / months;
				int country = rest % countries.length;
				int rest2 = rest / countries.length;
				w.write(first.plusMonths(month) + "," + hs[rest2 % hs.length] + "," + countries[country] + ","
						+ (1000 + i % 9000) + ".50," + (1 + i % 500) + ",u" + (rest2 / hs.length) + "\n");
			}
		}
	}

	private void signIn(HttpClient browser) throws Exception {
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(app.base() + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"")
			.matcher(login.body());
		assertThat(token.find()).as("CSRF token on the sign-in page").isTrue();
		String csrf = token.group(1) != null ? token.group(1) : token.group(2);
		String form = "username=" + ChildApp.AUTHORITY + "&password=" + ChildApp.AUTHORITY_PASSWORD + "&_csrf="
				+ URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(app.base() + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
	}

	private HttpResponse<String> page(HttpClient browser, String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(URI.create(app.base() + path)).header("Accept", "text/html")
			.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	private static String load() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (IOException e) {
			return "n/a";
		}
	}
}
