package org.quadhub.zones;

import org.junit.jupiter.api.Test;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real parallel HTTP requests against the running server and PostgreSQL: the allocated total never exceeds the
 * allocatable area, however the requests interleave.
 */
@QuadHubTest
class ZoneAllocationConcurrencyTest {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void twoSimultaneousRequestsForTheLastAcresLetExactlyOneIn() throws Exception {
		for (int round = 0; round < 5; round++) {
			long zoneId = zone("200", "200");
			long first = fixtures.quad(fixtures.quartet()).id();
			long second = fixtures.quad(fixtures.quartet()).id();
			assertThat(post(zoneId, Map.of("quadId", first, "acres", "188")).statusCode()).isEqualTo(201);
			// 12 acres are left; two QUADs ask for all of them at the same moment
			List<Integer> codes = race(List.of(
					Map.of("quadId", first, "acres", "12"),
					Map.of("quadId", second, "acres", "12")), zoneId);
			assertThat(codes).containsExactlyInAnyOrder(201, 409);
			assertThat(allocated(zoneId)).isEqualByComparingTo("200");
			assertThat(jdbc.queryForObject("select count(*) from plot_allocation where zone_id = ?", Integer.class, zoneId))
				.isEqualTo(2);
		}
	}

	@Test
	void manySimultaneousRequestsNeverOverAllocate() throws Exception {
		long zoneId = zone("100", "10");
		List<Map<String, Object>> bodies = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			bodies.add(Map.of("quadId", fixtures.quad(fixtures.quartet()).id(), "acres", "3"));
		}
		List<Integer> codes = race(bodies, zoneId);
		// 10 free acres hold three plots of 3 acres; the other five requests are refused
		assertThat(codes).filteredOn(c -> c == 201).hasSize(3);
		assertThat(codes).filteredOn(c -> c == 409).hasSize(5);
		assertThat(allocated(zoneId)).isEqualByComparingTo("9");
	}

	private List<Integer> race(List<Map<String, Object>> bodies, long zoneId) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (Map<String, Object> body : bodies) {
				results.add(pool.submit(() -> {
					start.await();
					return post(zoneId, body).statusCode();
				}));
			}
			start.countDown();
			List<Integer> codes = new ArrayList<>();
			for (Future<Integer> result : results) {
				codes.add(result.get());
			}
			return codes;
		}
		finally {
			pool.shutdown();
		}
	}

	private long zone(String total, String allocatable) throws Exception {
		HttpResponse<String> response = send("/api/v1/zones",
				ZoneApiTest.zone(Fixtures.unique("Race Zone"), total, allocatable));
		assertThat(response.statusCode()).isEqualTo(201);
		return json.readTree(response.body()).get("id").asLong();
	}

	private HttpResponse<String> post(long zoneId, Map<String, Object> body) throws Exception {
		return send("/api/v1/zones/" + zoneId + "/allocations", body);
	}

	private HttpResponse<String> send(String path, Object body) throws Exception {
		String auth = Base64.getEncoder()
			.encodeToString((Fixtures.ADMIN + ":" + Fixtures.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Basic " + auth)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private BigDecimal allocated(long zoneId) {
		return jdbc.queryForObject("select allocated_acres from zone where id = ?", BigDecimal.class, zoneId);
	}
}
