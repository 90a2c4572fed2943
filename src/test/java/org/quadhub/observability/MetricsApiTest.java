package org.quadhub.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.Quads;
import org.quadhub.reporting.Reports;
import org.quadhub.reporting.ReportingFixtures;
import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Prometheus scrape: who may read it (AUTHORITY users and the configured scrape account, nobody else, and the
 * scrape account nothing else), request latency histograms with the SLO buckets, and the programme meters that
 * uploads and projection runs feed, with bounded tags.
 */
@QuadHubTest
class MetricsApiTest {

	static final String SCRAPER = "prometheus";
	static final String SCRAPER_PASSWORD = "test-scrape-password-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Quads quads;

	@Autowired
	Reports reports;

	@Autowired
	MeterRegistry registry;

	private String scrape(String user, String password) throws Exception {
		return mvc.perform(get("/actuator/prometheus").with(httpBasic(user, password)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void onlyAuthorityAndTheScrapeAccountReadMetrics() throws Exception {
		mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/actuator/prometheus").with(httpBasic(SCRAPER, "wrong-password")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401));
		for (Role role : new Role[] { Role.PARTNER, Role.COMMITTEE, Role.AGENCY, Role.ZONE_OFFICER }) {
			mvc.perform(get("/actuator/prometheus").with(httpBasic(fixtures.user(role), Fixtures.PASSWORD)))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		assertThat(scrape(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)).contains("jvm_memory_used_bytes");
		assertThat(scrape(SCRAPER, SCRAPER_PASSWORD)).contains("jvm_memory_used_bytes");
	}

	@Test
	void theScrapeAccountOpensNothingElse() throws Exception {
		mvc.perform(get("/actuator/metrics").with(httpBasic(SCRAPER, SCRAPER_PASSWORD)))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/env").with(httpBasic(SCRAPER, SCRAPER_PASSWORD)))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/quads").with(httpBasic(SCRAPER, SCRAPER_PASSWORD)))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/login").param("username", SCRAPER).param("password", SCRAPER_PASSWORD)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).contains("error"));
	}

	@Test
	void requestLatencyIsAHistogramWithTheSloBucketsAndTemplatedUris() throws Exception {
		QuadDetails quad = fixtures.quad(fixtures.quartet());
		mvc.perform(get("/api/v1/quads/" + quad.id()).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk());
		String text = scrape(SCRAPER, SCRAPER_PASSWORD);
		for (String le : new String[] { "0.05", "0.1", "0.25", "0.5", "+Inf" }) {
			assertThat(text).containsPattern(Pattern.compile("http_server_requests_seconds_bucket\\{[^}]*"
					+ "status=\"200\",uri=\"/api/v1/quads/\\{id}\",le=\"" + Pattern.quote(le) + "\"} \\d+"));
		}
		assertThat(text).containsPattern(
				"http_server_requests_seconds_count\\{[^}]*status=\"200\",uri=\"/api/v1/quads/\\{id}\"} [1-9]");
		// the percentiles histogram adds buckets between the SLOs, bounded from 5 ms to 10 s
		long buckets = text.lines()
			.filter(l -> l.startsWith("http_server_requests_seconds_bucket{") && l.contains("uri=\"/api/v1/quads/{id}\"")
					&& l.contains("method=\"GET\"") && l.contains("status=\"200\""))
			.count();
		assertThat(buckets).isBetween(20L, 80L);
		// no QUAD id ever becomes a tag value
		assertThat(text).doesNotContain("uri=\"/api/v1/quads/" + quad.id() + "\"");
		assertThat(text).contains("application=\"quadhub\"");
	}

	@Test
	void reportUploadsCountLinesBytesAndTimeByOutcome() throws Exception {
		ReportingFixtures reporting = new ReportingFixtures(fixtures, quads, reports);
		ZoneId zone = org.quadhub.QuadHubApplication.PROGRAMME_ZONE;
		QuadDetails quad = reporting.established(LocalDate.now(zone).minusMonths(10).withDayOfMonth(5));
		String partner = fixtures.user(Role.PARTNER, quad.partners().get(PartnerRole.PAKISTANI_ACADEMIA).id());
		YearMonth first = YearMonth.now(zone).minusMonths(6);
		String header = "period,hs_code,destination,value_usd,quantity,unit\n";
		byte[] good = (header + first + ",851713,AE,1000.00,5,units\n" + first.plusMonths(1)
				+ ",851713,AE,1200.00,6,units\n" + first.plusMonths(2) + ",851713,DE,900.00,4,units\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] bad = (header + first.plusMonths(3) + ",851713,QQ,1000.00,5,units\n")
			.getBytes(StandardCharsets.UTF_8);

		double linesBefore = count("quadhub.reporting.upload.lines", "accepted");
		double bytesBefore = count("quadhub.reporting.upload.bytes", "accepted");
		long uploadsBefore = uploads("accepted");
		long rejectedBefore = uploads("rejected");
		upload(quad.id(), partner, "months.csv", good).andExpect(status().isCreated());
		upload(quad.id(), partner, "bad.csv", bad).andExpect(status().is4xxClientError());

		assertThat(count("quadhub.reporting.upload.lines", "accepted") - linesBefore).isEqualTo(3);
		assertThat(count("quadhub.reporting.upload.bytes", "accepted") - bytesBefore).isEqualTo(good.length);
		assertThat(uploads("accepted") - uploadsBefore).isEqualTo(1);
		assertThat(uploads("rejected") - rejectedBefore).isEqualTo(1);
		String text = scrape(SCRAPER, SCRAPER_PASSWORD);
		assertThat(text).contains("quadhub_reporting_upload_lines_total{")
			.contains("quadhub_reporting_upload_bytes_total{")
			.containsPattern("quadhub_reporting_upload_seconds_count\\{[^}]*format=\"csv\"[^}]*outcome=\"accepted\"");
	}

	@Test
	void projectionRunsAreTimed() throws Exception {
		long before = timerCount("quadhub.projection.run", "completed");
		String small = "{ \"name\": \"metrics\", \"trials\": 50, \"launches\": [ { \"year\": 1, \"count\": 2, "
				+ "\"sector\": \"ELECTRONICS\" } ] }";
		mvc.perform(post("/api/v1/projections").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(small)).andExpect(status().isAccepted());
		long deadline = System.currentTimeMillis() + 60_000;
		while (timerCount("quadhub.projection.run", "completed") == before) {
			assertThat(System.currentTimeMillis()).as("the run completes within 60 s").isLessThan(deadline);
			Thread.sleep(100);
		}
		String text = scrape(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
		assertThat(text).containsPattern("quadhub_projection_run_seconds_count\\{[^}]*outcome=\"completed\"[^}]*} [1-9]")
			.contains("quadhub_projection_runs_active")
			.contains("quadhub_projection_runs_queued");
	}

	private ResultActions upload(long quadId, String user, String name, byte[] bytes) throws Exception {
		return mvc.perform(multipart("/api/v1/quads/" + quadId + "/reports/upload")
			.file(new MockMultipartFile("file", name, "text/csv", bytes))
			.with(httpBasic(user, Fixtures.PASSWORD)));
	}

	private double count(String name, String outcome) {
		Counter counter = registry.find(name).tags("format", "csv", "outcome", outcome).counter();
		return counter == null ? 0 : counter.count();
	}

	private long uploads(String outcome) {
		Timer timer = registry.find("quadhub.reporting.upload").tags("format", "csv", "outcome", outcome).timer();
		return timer == null ? 0 : timer.count();
	}

	private long timerCount(String name, String outcome) {
		Timer timer = registry.find(name).tag("outcome", outcome).timer();
		return timer == null ? 0 : timer.count();
	}
}
