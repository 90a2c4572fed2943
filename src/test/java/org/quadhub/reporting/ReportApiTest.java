package org.quadhub.reporting;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.Quads;
import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@QuadHubTest
class ReportApiTest {

	static final String HEADER = "period,hs_code,destination,value_usd,quantity,unit\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Quads quads;

	@Autowired
	Reports reports;

	@Autowired
	JdbcTemplate jdbc;

	ReportingFixtures reporting;
	QuadDetails quad;
	YearMonth first;
	String partner;

	@BeforeEach
	void establishedQuad() {
		reporting = new ReportingFixtures(fixtures, quads, reports);
		LocalDate established = LocalDate.now(QuadHubTestClock.ZONE).minusMonths(20).withDayOfMonth(10);
		quad = reporting.established(established);
		first = YearMonth.from(established);
		partner = fixtures.user(Role.PARTNER, quad.partners().get(PartnerRole.PAKISTANI_ACADEMIA).id());
	}

	private Map<String, Object> body(String period, Object... lines) {
		Map<String, Object> body = new HashMap<>();
		body.put("period", period);
		List<Map<String, Object>> list = new ArrayList<>();
		for (int i = 0; i < lines.length; i += 3) {
			list.add(Map.of("hsCode", lines[i], "destination", lines[i + 1], "valueUsd", lines[i + 2], "quantity", 5,
					"unit", "units"));
		}
		body.put("exportLines", list);
		body.put("employment", List.of(Map.of("category", "ENGINEERS", "jobs", 40, "women", 12)));
		return body;
	}

	private ResultActions submit(String user, String password, Map<String, Object> body, String key) throws Exception {
		var request = post("/api/v1/quads/" + quad.id() + "/reports").with(httpBasic(user, password))
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return mvc.perform(request);
	}

	private ResultActions upload(String name, byte[] bytes) throws Exception {
		return mvc.perform(multipart("/api/v1/quads/" + quad.id() + "/reports/upload")
			.file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
			.with(httpBasic(partner, Fixtures.PASSWORD)));
	}

	private long reportsOfQuad() {
		return jdbc.queryForObject("select count(*) from report where quad_id = ?", Long.class, quad.id());
	}

	private long linesOfQuad() {
		return jdbc.queryForObject("select count(*) from report_export_line l join report_submission s "
				+ "on s.id = l.submission_id where s.quad_id = ?", Long.class, quad.id());
	}

	private JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyReturnsTheFirstReportAndStoresNothingTwice() throws Exception {
		Map<String, Object> body = body(first.plusMonths(1).toString(), "851713", "AE", 1000.50);
		JsonNode firstAnswer = read(submit(partner, Fixtures.PASSWORD, body, "key-1").andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "false")));
		JsonNode retry = read(submit(partner, Fixtures.PASSWORD, body, "key-1").andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true")));
		assertThat(retry.get("id").asLong()).isEqualTo(firstAnswer.get("id").asLong());
		assertThat(retry.get("revision").asInt()).isEqualTo(1);
		assertThat(reportsOfQuad()).isEqualTo(1);
		assertThat(linesOfQuad()).isEqualTo(1);
		assertThat(firstAnswer.get("exportsUsd").decimalValue()).isEqualByComparingTo("1000.50");
		assertThat(firstAnswer.get("employment").get(0).get("women").asInt()).isEqualTo(12);
	}

	@Test
	void theSameKeyWithADifferentBodyIsRefused() throws Exception {
		submit(partner, Fixtures.PASSWORD, body(first.toString(), "851713", "AE", 10), "key-2")
			.andExpect(status().isCreated());
		submit(partner, Fixtures.PASSWORD, body(first.toString(), "851713", "AE", 20), "key-2")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type", containsString("idempotency-key-reused")));
		assertThat(reportsOfQuad()).isEqualTo(1);
	}

	@Test
	void jsonLinesObeyTheSameRulesAsFiles() throws Exception {
		submit(partner, Fixtures.PASSWORD, body(first.toString(), "999999", "ZZ", -5, "851713", "AE", 1, "851713",
				"AE", 2), null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[?(@.field == 'exportLines[0].hsCode')].message",
					org.hamcrest.Matchers.hasItem(containsString("not a known HS code"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'exportLines[0].destination')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'exportLines[0].valueUsd')].message",
					org.hamcrest.Matchers.hasItem("must not be negative")))
			.andExpect(jsonPath("$.errors[?(@.field == 'exportLines[2].hsCode')].message",
					org.hamcrest.Matchers.hasItem(containsString("duplicates exportLines[1]"))));
		submit(partner, Fixtures.PASSWORD, body(first.minusMonths(1).toString(), "851713", "AE", 1), null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("period")))
			.andExpect(jsonPath("$.errors[0].message", containsString("before the QUAD was established")));
		assertThat(reportsOfQuad()).isZero();
	}

	@Test
	void oneBadRowInTenThousandStoresNothing() throws Exception {
		StringBuilder csv = new StringBuilder(HEADER);
		String[] countries = java.util.Locale.getISOCountries();
		for (int i = 0; i < 10_000; i++) {
			String country = i == 7_345 ? "QQ" : countries[(i / 12) % countries.length];
			csv.append(first.plusMonths(i % 12)).append(",851713,").append(country).append(',').append(100 + i)
				.append(".25,3,units-").append(i / (12 * countries.length)).append('\n');
		}
		upload("big.csv", csv.toString().getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errorCount", is(1)))
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].row", is(7_347)))
			.andExpect(jsonPath("$.errors[0].column", is("destination")))
			.andExpect(jsonPath("$.errors[0].message", containsString("QQ")));
		assertThat(reportsOfQuad()).isZero();
		assertThat(linesOfQuad()).isZero();

		String fixed = csv.toString().replace(",QQ,", "," + countries[(7_345 / 12) % countries.length] + ",");
		JsonNode result = read(upload("big.csv", fixed.getBytes(StandardCharsets.UTF_8)).andExpect(status().isCreated()));
		assertThat(result.get("lines").asLong()).isEqualTo(10_000);
		assertThat(result.get("reports").size()).isEqualTo(12);
		assertThat(linesOfQuad()).isEqualTo(10_000);
	}

	/**
	 * Plain lines take a shortcut that reads their bytes; quoted lines take the general path. The same lines in
	 * both spellings, including unusual but valid ones, must store exactly the same rows and totals.
	 */
	@Test
	void plainAndQuotedLinesAreStoredAlike() throws Exception {
		String[][] lines = {
				{ first.toString(), "851713", "AE", "1000.5", "3", "units" },
				{ first.toString(), "8517", "de", "12.340", "0.125", "Kg" },
				{ first.toString(), " 870380 ", "FR ", "007", "1.5000", "m3 / yr" },
				{ first.plusMonths(1).toString(), "8517.13", "AE", "99999999999999.99", "0", "units" },
				{ first.plusMonths(1).toString(), "851713", "CN", ".5", "2.", "units" },
				{ first.plusMonths(1).toString(), "851713", "US", "1E+3", "4", "units" },
				{ first.plusMonths(2) + "-15", "854143", "PK", "0", "1000000", "doses" },
				{ first.plusMonths(2).toString(), "854143", "GB", "12345678901234567.5", "99999999999999999.999", "doses" } };
		StringBuilder plain = new StringBuilder(HEADER);
		StringBuilder quoted = new StringBuilder(HEADER);
		for (String[] line : lines) {
			plain.append(String.join(",", line)).append('\n');
			quoted.append('"').append(String.join("\",\"", line)).append("\"\n");
		}
		JsonNode fromPlain = read(upload("plain.csv", plain.toString().getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isCreated()));
		JsonNode fromQuoted = read(upload("quoted.csv", quoted.toString().getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isCreated()));
		assertThat(fromPlain.get("lines").asLong()).isEqualTo(lines.length);
		String totals = "select string_agg(to_char(period_start, 'YYYY-MM') || ' ' || exports_usd, ', ' order by period_start) "
				+ "from report where submission_id = ?";
		assertThat(jdbc.queryForObject(totals, String.class, fromPlain.get("submissionId").asLong()))
			.isEqualTo(jdbc.queryForObject(totals, String.class, fromQuoted.get("submissionId").asLong()))
			.isEqualTo(first + " 1019.84, " + first.plusMonths(1) + " 100000000001000.49, " + first.plusMonths(2)
					+ " 12345678901234567.50");
		String rows = "select to_char(period, 'YYYY-MM') || ' ' || hs_code || ' ' || destination || ' ' || value_usd "
				+ "|| ' ' || quantity || ' ' || unit from report_export_line where submission_id = ? order by 1";
		List<String> stored = jdbc.queryForList(rows, String.class, fromPlain.get("submissionId").asLong());
		assertThat(stored).isEqualTo(jdbc.queryForList(rows, String.class, fromQuoted.get("submissionId").asLong()));
		assertThat(stored).contains(first + " 8517 DE 12.34 0.125 Kg", first + " 870380 FR 7.00 1.500 m3 / yr",
				first.plusMonths(1) + " 851713 AE 99999999999999.99 0.000 units",
				first.plusMonths(1) + " 851713 CN 0.50 2.000 units",
				first.plusMonths(1) + " 851713 US 1000.00 4.000 units",
				first.plusMonths(2) + " 854143 GB 12345678901234567.50 99999999999999999.999 doses",
				first.plusMonths(2) + " 854143 PK 0.00 1000000.000 doses");
	}

	/** One CSV with one row of each kind of error; every one is listed with its row, column and reason. */
	static byte[] everyKindOfError(YearMonth first) {
		String rows = HEADER
				+ first + ",851713,AE,100,1,units\n"                 // row 2: fine
				+ first + ",999999,AE,100,1,units\n"                 // row 3: unknown HS code
				+ first + ",851713,XK9,100,1,units\n"                // row 4: unknown country
				+ first + ",851713,DE,-3,1,units\n"                  // row 5: negative value
				+ first + ",851713,AE,50,1,UNITS\n"                  // row 6: duplicate of row 2
				+ first.minusMonths(1) + ",851713,AE,1,1,units\n"    // row 7: before establishment
				+ "2199-01,851713,AE,1,1,units\n";                   // row 8: after the horizon
		byte[] head = rows.getBytes(StandardCharsets.UTF_8);
		byte[] bad = (first + ",851713,FR,1,1,unit\u00e9s\n").getBytes(StandardCharsets.ISO_8859_1); // row 9: not UTF-8
		byte[] all = new byte[head.length + bad.length];
		System.arraycopy(head, 0, all, 0, head.length);
		System.arraycopy(bad, 0, all, head.length, bad.length);
		return all;
	}

	@Test
	void everyKindOfRowErrorIsListedWithRowColumnAndReason() throws Exception {
		upload("errors.csv", everyKindOfError(first))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type", containsString("invalid-report-file")))
			.andExpect(jsonPath("$.errorCount", is(7)))
			.andExpect(jsonPath("$.errors[0].row", is(3))).andExpect(jsonPath("$.errors[0].column", is("hs_code")))
			.andExpect(jsonPath("$.errors[0].message", containsString("not a known HS code")))
			.andExpect(jsonPath("$.errors[1].row", is(4))).andExpect(jsonPath("$.errors[1].column", is("destination")))
			.andExpect(jsonPath("$.errors[2].row", is(5))).andExpect(jsonPath("$.errors[2].column", is("value_usd")))
			.andExpect(jsonPath("$.errors[2].message", is("must not be negative")))
			.andExpect(jsonPath("$.errors[3].row", is(6))).andExpect(jsonPath("$.errors[3].column", is("row")))
			.andExpect(jsonPath("$.errors[3].message", containsString("duplicates row 2")))
			.andExpect(jsonPath("$.errors[4].row", is(7))).andExpect(jsonPath("$.errors[4].column", is("period")))
			.andExpect(jsonPath("$.errors[4].message", containsString("before the QUAD was established")))
			.andExpect(jsonPath("$.errors[5].row", is(8))).andExpect(jsonPath("$.errors[5].column", is("period")))
			.andExpect(jsonPath("$.errors[5].message", containsString("2199-01")))
			.andExpect(jsonPath("$.errors[6].row", is(9)))
			.andExpect(jsonPath("$.errors[6].message", containsString("UTF-8")));
		assertThat(reportsOfQuad()).isZero();
		assertThat(linesOfQuad()).isZero();
	}

	@Test
	void anXlsxGoesThroughTheSameValidation() throws Exception {
		List<String[]> rows = List.of(new String[] { "period", "hs_code", "destination", "value_usd", "quantity", "unit" },
				new String[] { first.toString(), "851713", "AE", "100", "1", "units" },
				new String[] { first.toString(), "999999", "AE", "100", "1", "units" },
				new String[] { first.toString(), "851713", "XK9", "100", "1", "units" },
				new String[] { first.toString(), "851713", "DE", "-3", "1", "units" },
				new String[] { first.toString(), "851713", "AE", "50", "1", "UNITS" },
				new String[] { first.minusMonths(1).toString(), "851713", "AE", "1", "1", "units" },
				new String[] { "2199-01", "851713", "AE", "1", "1", "units" });
		upload("errors.xlsx", workbook(rows, true))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errorCount", is(6)))
			.andExpect(jsonPath("$.errors[0].row", is(3))).andExpect(jsonPath("$.errors[0].column", is("hs_code")))
			.andExpect(jsonPath("$.errors[1].column", is("destination")))
			.andExpect(jsonPath("$.errors[2].message", is("must not be negative")))
			.andExpect(jsonPath("$.errors[3].message", containsString("duplicates row 2")))
			.andExpect(jsonPath("$.errors[4].message", containsString("before the QUAD was established")))
			.andExpect(jsonPath("$.errors[5].row", is(8)));
		assertThat(reportsOfQuad()).isZero();

		JsonNode ok = read(upload("good.xlsx", workbook(rows.subList(0, 2), false)).andExpect(status().isCreated()));
		assertThat(ok.get("reports").get(0).get("period").asText()).isEqualTo(first.toString());
		assertThat(ok.get("reports").get(0).get("exportsUsd").decimalValue()).isEqualByComparingTo("100");
		assertThat(ok.get("reports").get(0).get("employment").get(0).get("jobs").asInt()).isEqualTo(25);
	}

	/** A workbook with the lines on the first sheet (numbers as numeric cells) and an employment sheet. */
	static byte[] workbook(List<String[]> rows, boolean textOnly) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("export_lines");
			for (int i = 0; i < rows.size(); i++) {
				Row row = sheet.createRow(i);
				for (int c = 0; c < rows.get(i).length; c++) {
					String v = rows.get(i)[c];
					if (!textOnly && i > 0 && c >= 3 && c <= 4) {
						row.createCell(c).setCellValue(Double.parseDouble(v));
					}
					else {
						row.createCell(c).setCellValue(v);
					}
				}
			}
			Sheet jobs = workbook.createSheet("employment");
			Row h = jobs.createRow(0);
			String[] cols = { "period", "category", "jobs", "women" };
			for (int c = 0; c < cols.length; c++) {
				h.createCell(c).setCellValue(cols[c]);
			}
			if (rows.size() > 1) {
				Row r = jobs.createRow(1);
				r.createCell(0).setCellValue(rows.get(1)[0]);
				r.createCell(1).setCellValue("engineers");
				r.createCell(2).setCellValue(25);
				r.createCell(3).setCellValue(5);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void malformedFilesGetClearProblems() throws Exception {
		upload("report.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type", containsString("malformed-file")));
		byte[] zip = new byte[] { 'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
		upload("report.xlsx", zip).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type", containsString("malformed-file")));
		upload("report.csv", new byte[0]).andExpect(status().isBadRequest());
		upload("report.csv", (HEADER + first + ",\"851713,AE,1,1,units\n").getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("unterminated")));
		upload("report.csv", "period,hs,country\n".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row", is(1)));
		upload("report.xls", "x".getBytes(StandardCharsets.UTF_8)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type", containsString("unsupported-file-type")));
		mvc.perform(multipart("/api/v1/quads/" + quad.id() + "/reports/upload").with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(reportsOfQuad()).isZero();
	}

	private void accept(long reportId) throws Exception {
		mvc.perform(post("/api/v1/reports/" + reportId + "/review").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"ACCEPT\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status", is("ACCEPTED")));
	}

	private long submitted(String month, double value) throws Exception {
		return read(submit(partner, Fixtures.PASSWORD, body(month, "851713", "AE", value), null)
			.andExpect(status().isCreated())).get("id").asLong();
	}

	@Test
	void figuresUseTheLatestAcceptedRevisionAndKeepTheHistory() throws Exception {
		String month = first.plusMonths(2).toString();
		int year = first.plusMonths(2).getYear();
		long r1 = submitted(month, 1000);
		assertThat(reports.acceptedExportsByYear(quad.id())).isEmpty();
		accept(r1);
		assertThat(reports.acceptedExportsByYear(quad.id())).containsOnlyKeys(year);
		assertThat(reports.acceptedExportsByYear(quad.id()).get(year)).isEqualByComparingTo("1000");
		assertThat(reports.directJobsByYear(quad.id())).containsEntry(year, 40);

		long r2 = submitted(month, 1500);
		assertThat(reports.acceptedExportsByYear(quad.id()).get(year)).isEqualByComparingTo("1000");
		accept(r2);
		assertThat(reports.acceptedExportsByYear(quad.id()).get(year)).isEqualByComparingTo("1500");

		long r3 = submitted(month, 9000);
		long r4 = submitted(month, 2000);
		mvc.perform(post("/api/v1/reports/" + r4 + "/review").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"RETURN\",\"note\":\"Value looks off\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status", is("RETURNED")));
		assertThat(reports.acceptedExportsByYear(quad.id()).get(year)).isEqualByComparingTo("1500");
		mvc.perform(post("/api/v1/reports/" + r3 + "/review").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"ACCEPT\"}"))
			.andExpect(status().isConflict());

		mvc.perform(get("/api/v1/quads/" + quad.id() + "/reports").with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(4)))
			.andExpect(jsonPath("$[0].revision", is(4))).andExpect(jsonPath("$[0].status", is("RETURNED")))
			.andExpect(jsonPath("$[0].reviewNote", is("Value looks off")))
			.andExpect(jsonPath("$[1].revision", is(3))).andExpect(jsonPath("$[1].status", is("SUPERSEDED")))
			.andExpect(jsonPath("$[2].revision", is(2))).andExpect(jsonPath("$[2].status", is("ACCEPTED")))
			.andExpect(jsonPath("$[3].revision", is(1))).andExpect(jsonPath("$[3].status", is("ACCEPTED")));
	}

	@Test
	void onlyTheQuadsOwnPartnersReportAndOnlyTheAuthorityReviews() throws Exception {
		String stranger = fixtures.user(Role.PARTNER, fixtures.quartet().get(PartnerRole.CHINESE_ACADEMIA));
		String committee = fixtures.user(Role.COMMITTEE);
		String agency = fixtures.user(Role.AGENCY);
		Map<String, Object> body = body(first.toString(), "851713", "AE", 10);
		submit(stranger, Fixtures.PASSWORD, body, null).andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		submit(committee, Fixtures.PASSWORD, body, null).andExpect(status().isForbidden());
		long id = submitted(first.toString(), 10);
		mvc.perform(post("/api/v1/reports/" + id + "/review").with(httpBasic(partner, Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"ACCEPT\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/reports/" + id + "/review").with(httpBasic(committee, Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"ACCEPT\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/reports/" + id).with(httpBasic(stranger, Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/reports/" + id).with(httpBasic(agency, Fixtures.PASSWORD))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/dashboard").with(httpBasic(committee, Fixtures.PASSWORD))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/dashboard").with(httpBasic(partner, Fixtures.PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/dashboard").with(httpBasic(agency, Fixtures.PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/reports/programme.pdf?quarter=2026-Q1").with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/quads/" + quad.id() + "/reports").contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body))).andExpect(status().isUnauthorized());
	}

	@Test
	void theDashboardLightFollowsAcceptedExports() throws Exception {
		double expected = dashboardEntry().get("trailingExpectedUsd").asDouble();
		assertThat(dashboardEntry().get("standing").asText()).isEqualTo("OFF_TRACK");
		YearMonth last = YearMonth.now(QuadHubTestClock.ZONE).minusMonths(1);
		long id = submitted(last.toString(), Math.ceil(expected * 0.7));
		assertThat(dashboardEntry().get("standing").asText()).isEqualTo("OFF_TRACK");
		accept(id);
		assertThat(dashboardEntry().get("standing").asText()).isEqualTo("AT_RISK");
		accept(submitted(last.minusMonths(1).toString(), Math.ceil(expected * 0.25)));
		assertThat(dashboardEntry().get("standing").asText()).isEqualTo("ON_TRACK");
		mvc.perform(get("/api/v1/quads/" + quad.id() + "/performance").with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.standing", is("ON_TRACK")))
			.andExpect(jsonPath("$.months", hasSize(120)));
	}

	private JsonNode dashboardEntry() throws Exception {
		JsonNode dashboard = read(mvc.perform(get("/api/v1/dashboard").with(httpBasic(Fixtures.ADMIN,
				Fixtures.ADMIN_PASSWORD))).andExpect(status().isOk()));
		for (JsonNode q : dashboard.get("quads")) {
			if (q.get("quadId").asLong() == quad.id()) {
				return q;
			}
		}
		throw new AssertionError("QUAD " + quad.id() + " not on the dashboard");
	}

	@Test
	void templatesAndProgrammeDocumentsDownload() throws Exception {
		mvc.perform(get("/api/v1/reports/template.csv").with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string("period,hs_code,destination,value_usd,quantity,unit\n"));
		byte[] template = mvc.perform(get("/api/v1/reports/template.xlsx").with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(5).getStringCellValue()).isEqualTo("unit");
			assertThat(workbook.getSheet("employment")).isNotNull();
		}
		accept(submitted(first.toString(), 5000));
		String quarter = first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1);
		byte[] pdf = mvc.perform(get("/api/v1/reports/programme.pdf?quarter=" + quarter)
			.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		byte[] xlsx = mvc.perform(get("/api/v1/reports/programme.xlsx?quarter=" + quarter)
			.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			Sheet monthly = workbook.getSheet("monthly_exports");
			boolean found = false;
			for (Row row : monthly) {
				if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(Long.toString(quad.id()))) {
					found = true;
					assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(5000.0);
				}
			}
			assertThat(found).isTrue();
		}
		mvc.perform(get("/api/v1/reports/programme.pdf?quarter=2027-13").with(httpBasic(Fixtures.ADMIN,
				Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("quarter")));
	}
}
