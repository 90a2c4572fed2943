package org.quadhub.cluster;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quadhub.QuadHubApplication;
import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.Quads;
import org.quadhub.reporting.Reports;
import org.quadhub.reporting.ReportingFixtures;
import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of QuadHub on one database: the shared test application (A) and a second application context
 * started here on its own port (B) against the same PostgreSQL. A user signed in through A is signed in on B, a
 * scheduled tick fired by both runs once, and an upload started through A is followed to the end through B.
 */
@QuadHubTest
class TwoInstancesApiTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	static ConfigurableApplicationContext second;

	@LocalServerPort
	int portA;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Quads quads;

	@Autowired
	Reports reports;

	@Autowired
	ScheduledRuns runsA;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void startSecondInstance(@Autowired HikariDataSource dataSource) {
		String password = dataSource.getPassword() == null ? "" : dataSource.getPassword();
		second = new SpringApplicationBuilder(QuadHubApplication.class).properties(
				"server.port=0",
				"quadhub.db.url=" + dataSource.getJdbcUrl(),
				"quadhub.db.user=" + dataSource.getUsername(),
				"quadhub.db.password=" + password,
				"quadhub.db.pool-size=4",
				"quadhub.instance-id=test-instance-b",
				"quadhub.admin-password=" + Fixtures.ADMIN_PASSWORD,
				"quadhub.demo=false",
				"quadhub.approvals.sweep-initial-delay=PT1H",
				"spring.modulith.events.republish-outstanding-events-on-restart=false")
			.run();
	}

	@AfterAll
	static void stopSecondInstance() {
		if (second != null) {
			second.close();
		}
	}

	int portB() {
		return Integer.parseInt(second.getEnvironment().getRequiredProperty("local.server.port"));
	}

	@Test
	void aUserSignedInThroughOneInstanceIsSignedInOnTheOtherAndSigningOutEndsItOnBoth() throws Exception {
		String user = fixtures.user(Role.AUTHORITY);
		Browser browser = new Browser();
		assertThat(browser.get(portB(), "/quads").statusCode()).isEqualTo(302);

		String before = browser.cookie("SESSION");
		browser.signIn(portA, user, Fixtures.PASSWORD);
		String after = browser.cookie("SESSION");
		assertThat(after).as("a new session id at sign-in (session fixation)").isNotNull().isNotEqualTo(before);

		HttpResponse<String> onB = browser.get(portB(), "/quads");
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.headers().firstValue("X-Instance")).contains("test-instance-b");
		assertThat(onB.body()).contains(user);
		assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				user)).isEqualTo(1);

		// a form post on B without the token is refused; with the session's token (read on B) it signs out
		assertThat(browser.post(portB(), "/logout", "").statusCode()).isEqualTo(403);
		String token = browser.csrf(portB(), "/quads");
		assertThat(browser.post(portB(), "/logout", "_csrf=" + enc(token)).statusCode()).isEqualTo(302);
		assertThat(browser.get(portA, "/quads").statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				user)).isZero();
	}

	@Test
	void twoInstancesFiringTheSameTickRunItOnce() throws Exception {
		ScheduledRuns runsB = second.getBean(ScheduledRuns.class);
		String job = "test-" + UUID.randomUUID();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			int ticks = 20;
			int wonByA = 0;
			int wonByB = 0;
			for (int i = 0; i < ticks; i++) {
				Instant tick = Instant.parse("2030-01-01T00:00:00Z").plusSeconds(i);
				CyclicBarrier together = new CyclicBarrier(2);
				Future<Boolean> a = pool.submit(() -> {
					together.await();
					return runsA.claim(job, tick);
				});
				Future<Boolean> b = pool.submit(() -> {
					together.await();
					return runsB.claim(job, tick);
				});
				boolean ranA = a.get();
				boolean ranB = b.get();
				assertThat(ranA ^ ranB).as("exactly one instance runs tick %s", tick).isTrue();
				wonByA += ranA ? 1 : 0;
				wonByB += ranB ? 1 : 0;
			}
			assertThat(wonByA + wonByB).isEqualTo(ticks);
			assertThat(runsA.runs(job, 100)).hasSize(ticks)
				.allSatisfy(run -> assertThat(run.instance()).isIn("test-instance-b",
						second.getBean(InstanceName.class).name(), new InstanceName("").name()));
		}
		finally {
			pool.shutdownNow();
		}

		// the real jobs' gate: both instances fire the IP reminder tick at the same moment, one claims it
		String cron = "${quadhub.ip.reminder-cron:0 30 6 * * *}";
		Instant tick = ScheduledRuns.cronTick(
				org.springframework.scheduling.support.CronExpression.parse("0 30 6 * * *"),
				java.time.ZoneId.of("Asia/Karachi"), Instant.now());
		jdbc.update("delete from scheduled_run where job = 'ip-reminders' and tick = ?", java.sql.Timestamp.from(tick));
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService two = Executors.newFixedThreadPool(2);
		try {
			Future<Boolean> a = two.submit(() -> {
				together.await();
				return runsA.claimCron("ip-reminders", cron, java.time.ZoneId.of("Asia/Karachi"));
			});
			Future<Boolean> b = two.submit(() -> {
				together.await();
				return runsB.claimCron("ip-reminders", cron, java.time.ZoneId.of("Asia/Karachi"));
			});
			assertThat(a.get() ^ b.get()).isTrue();
		}
		finally {
			two.shutdownNow();
		}
		assertThat(jdbc.queryForObject("select count(*) from scheduled_run where job = 'ip-reminders' and tick = ?",
				Integer.class, java.sql.Timestamp.from(tick))).isEqualTo(1);
	}

	@Test
	void anUploadStartedThroughOneInstanceIsFollowedToTheEndThroughTheOther() throws Exception {
		QuadDetails quad = new ReportingFixtures(fixtures, quads, reports).established(LocalDate.now().minusMonths(6));
		String partner = fixtures.user(Role.PARTNER, quad.partners().get(PartnerRole.PAKISTANI_ACADEMIA).id());
		StringBuilder csv = new StringBuilder("period,hs_code,destination,value_usd,quantity,unit\n");
		List<String> countries = java.util.Arrays.stream(java.util.Locale.getISOCountries())
			.filter(c -> !c.equals("PK")).toList();
		int lines = 0;
		for (int m = 0; m < 5; m++) {
			String month = YearMonth.from(quad.establishedOn()).plusMonths(m).toString();
			for (String country : countries) {
				csv.append(month).append(",851713,").append(country).append(',').append(100 + lines % 50)
					.append(",1,units\n");
				lines++;
			}
		}
		Browser browser = new Browser();
		browser.signIn(portA, partner, Fixtures.PASSWORD);
		String token = browser.csrf(portA, "/quads/" + quad.id() + "/reports/upload");
		HttpResponse<String> started = browser.upload(portA, "/quads/" + quad.id() + "/reports/upload", token,
				"lines.csv", csv.toString());
		assertThat(started.statusCode()).isEqualTo(200);
		Matcher id = Pattern.compile("data-job=\"([0-9a-f-]{36})\"").matcher(started.body());
		assertThat(id.find()).isTrue();
		String job = id.group(1);

		List<String> events = browser.events(portB(), "/jobs/" + job + "/events", Duration.ofSeconds(60));
		assertThat(events).isNotEmpty();
		String last = events.get(events.size() - 1);
		String summary = last.length() > 400 ? last.substring(0, 400) : last;
		assertThat(last).as(summary).startsWith("done ").contains("\"status\":\"SUCCEEDED\"")
			.contains("\"lines\":" + lines);
		assertThat(events.subList(0, events.size() - 1)).allSatisfy(e -> assertThat(e).startsWith("progress "));

		HttpResponse<String> page = browser.get(portB(), "/reporting/uploads/" + job);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("upload-done").contains("/reports/");

		// someone else, through either instance, sees nothing of it
		Browser other = new Browser();
		other.signIn(portB(), fixtures.user(Role.PARTNER, quad.partners().get(PartnerRole.CHINESE_ACADEMIA).id()),
				Fixtures.PASSWORD);
		assertThat(other.get(portB(), "/reporting/uploads/" + job).statusCode()).isEqualTo(404);
		assertThat(other.http.send(HttpRequest.newBuilder(Browser.uri(portA, "/jobs/" + job + "/events"))
			.header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode())
			.isEqualTo(404);
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	/** A cookie-keeping client, like a browser: cookies are per host, so both instances on localhost share them. */
	static final class Browser {

		final CookieManager cookies = new CookieManager();
		final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

		String cookie(String name) {
			return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
				.map(c -> c.getValue()).findFirst().orElse(null);
		}

		HttpResponse<String> get(int port, String path) throws Exception {
			return http.send(HttpRequest.newBuilder(uri(port, path)).header("Accept", "text/html").GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(int port, String path, String form) throws Exception {
			return http.send(HttpRequest.newBuilder(uri(port, path))
				.header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		}

		String csrf(int port, String path) throws Exception {
			HttpResponse<String> page = get(port, path);
			assertThat(page.statusCode()).as("GET %s", path).isEqualTo(200);
			Matcher m = CSRF.matcher(page.body());
			assertThat(m.find()).as("a CSRF token on %s", path).isTrue();
			return m.group(1);
		}

		void signIn(int port, String username, String password) throws Exception {
			String token = csrf(port, "/login");
			HttpResponse<String> done = post(port, "/login",
					"username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token));
			assertThat(done.statusCode()).isEqualTo(302);
			assertThat(done.headers().firstValue("Location").orElse("")).doesNotContain("error");
		}

		HttpResponse<String> upload(int port, String path, String token, String fileName, String content)
				throws Exception {
			String boundary = "----quadhub" + UUID.randomUUID();
			String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
					+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
			return http.send(HttpRequest.newBuilder(uri(port, path))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("HX-Request", "true")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		}

		/** Reads a server-sent event stream to its end: each event as its name, a space and its data. */
		List<String> events(int port, String path, Duration limit) throws Exception {
			HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri(port, path))
				.header("Accept", "text/event-stream").timeout(limit).GET().build(),
					HttpResponse.BodyHandlers.ofInputStream());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
			assertThat(response.headers().firstValue("X-Accel-Buffering")).contains("no");
			List<String> events = new ArrayList<>();
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
				String name = null;
				StringBuilder data = new StringBuilder();
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					if (line.startsWith("event:")) {
						name = line.substring(6).strip();
					}
					else if (line.startsWith("data:")) {
						data.append(line.substring(5).strip());
					}
					else if (line.isEmpty() && name != null) {
						events.add(name + " " + data);
						name = null;
						data.setLength(0);
					}
				}
			}
			return events;
		}

		static URI uri(int port, String path) {
			return URI.create("http://localhost:" + port + path);
		}
	}
}
