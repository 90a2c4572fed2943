package org.quadhub.hostile;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quadhub.quads.QuadDetails;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The upload and body parsers through HTTP, with fewer tries than {@link ParserFuzzTest}: whatever arrives, the
 * answer is never 5xx, a refusal is problem+json, and a refused upload leaves the stored rows as they were.
 */
@QuadHubTest
class UploadFuzzApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixtures fixtures;

	QuadDetails quad;

	@BeforeEach
	void quad() {
		quad = fixtures.quad(fixtures.quartet());
		fixtures.establish(quad.id(), LocalDate.now().minusYears(2).withDayOfMonth(1));
	}

	@Test
	void reportFilesAndBodiesNeverBreakTheServerAndRefusalsStoreNothing() throws Exception {
		byte[] csv = ParserFuzzTest.REPORT_CSV.getBytes(StandardCharsets.UTF_8);
		byte[] xlsx = ParserFuzzTest.workbook();
		Fuzz.forAll(Fuzz.tries(25), f -> {
			long before = reportRows();
			boolean asXlsx = f.chance(0.4);
			byte[] file = asXlsx ? f.mutate(xlsx) : f.chance(0.8) ? f.mutate(csv) : f.bytes(300);
			MockHttpServletResponse response = send(multipart("/api/v1/quads/" + quad.id() + "/reports/upload")
				.file(new MockMultipartFile("file", asXlsx ? "r.xlsx" : "r.csv", "application/octet-stream", file)));
			expectCleanAnswer(response, before);
		});
		Fuzz.forAll(Fuzz.tries(25), f -> {
			long before = reportRows();
			String body = f.chance(0.5) ? "{\"period\":\"" + f.pick(List.of("2025-01", "2025-13", "x", "")) + "\","
					+ "\"exportLines\":[{\"hsCode\":\"" + f.text(3).replace("\"", "") + "\",\"destination\":\"AE\","
					+ "\"valueUsd\":" + f.pick(List.of("1", "-1", "1e999", "\"x\"", "null", "99999999999999999999.999"))
					+ ",\"quantity\":1,\"unit\":\"u\"}]}"
					: new String(f.mutate("{\"period\":\"2025-03\",\"exportLines\":[]}".getBytes(StandardCharsets.UTF_8)),
							StandardCharsets.UTF_8);
			expectCleanAnswer(send(post("/api/v1/quads/" + quad.id() + "/reports")
				.contentType(MediaType.APPLICATION_JSON).content(body)), -1);
		});
	}

	@Test
	void scenarioTradeAndSkillsInputsNeverBreakTheServer() throws Exception {
		String scenario = "{\"schemaVersion\":1,\"name\":\"fuzz\",\"horizonYears\":5,\"trials\":50,"
				+ "\"sectors\":{\"ELECTRONICS\":{\"successProbability\":{\"distribution\":\"beta\",\"alpha\":2,\"beta\":3}}}}";
		Fuzz.forAll(Fuzz.tries(25), f -> {
			String body = new String(f.mutate(scenario.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
			expectCleanAnswer(send(post("/api/v1/projections/validation").contentType(MediaType.APPLICATION_JSON)
				.content(body)), -1);
		});
		Fuzz.forAll(Fuzz.tries(15), f -> {
			long before = jdbc.queryForObject("select count(*) from trade_dataset", Long.class);
			byte[] file = f.chance(0.7) ? f.mutate(ParserFuzzTest.TRADE_CSV.getBytes(StandardCharsets.UTF_8))
					: f.bytes(200);
			MockHttpServletResponse response = send(post("/api/v1/trade-datasets")
				.param("name", "fuzz " + UUID.randomUUID()).contentType("text/csv").content(file));
			expectCleanAnswer(response, -1);
			if (response.getStatus() >= 400) {
				assertThat(jdbc.queryForObject("select count(*) from trade_dataset", Long.class)).isEqualTo(before);
			}
		});
		Fuzz.forAll(Fuzz.tries(20), f -> {
			long before = demandRows();
			String valid = "year,category,headcount\n2027,ENGINEERS,12\n2028,skilled workers,30\n";
			MockHttpServletResponse response = send(put("/api/v1/quads/" + quad.id() + "/skills/demand")
				.contentType("text/csv").content(f.chance(0.8) ? f.mutate(valid.getBytes(StandardCharsets.UTF_8))
						: f.bytes(100)));
			expectCleanAnswer(response, -1);
			if (response.getStatus() >= 400) {
				assertThat(demandRows()).isEqualTo(before);
			}
		});
	}

	private MockHttpServletResponse send(AbstractMockHttpServletRequestBuilder<?> request) {
		try {
			return mvc.perform(request.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
		}
		catch (Exception escaped) {
			throw new AssertionError("no handler answered: the container would answer 500", escaped);
		}
	}

	private void expectCleanAnswer(MockHttpServletResponse response, long reportRowsBefore) {
		String body;
		try {
			body = response.getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException e) {
			throw new AssertionError(e);
		}
		assertThat(response.getStatus()).as(body).isLessThan(500);
		if (response.getStatus() >= 400) {
			assertThat(response.getContentType()).as(body).contains("problem+json");
			if (reportRowsBefore >= 0) {
				assertThat(reportRows()).as("a refused upload stores nothing").isEqualTo(reportRowsBefore);
			}
		}
	}

	private long reportRows() {
		Map<String, Object> counts = jdbc.queryForMap("select (select count(*) from report where quad_id = ?) r, "
				+ "(select count(*) from report_submission where quad_id = ?) s", quad.id(), quad.id());
		return ((Number) counts.get("r")).longValue() * 1_000_000 + ((Number) counts.get("s")).longValue();
	}

	private long demandRows() {
		return jdbc.queryForObject("select count(*) from skills_demand where quad_id = ?", Long.class, quad.id());
	}
}
