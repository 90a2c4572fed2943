package org.quadhub.complexity;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@QuadHubTest
class ComplexityApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	static MockMultipartHttpServletRequestBuilder upload(String name, String csv, String columns) {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/trade-datasets");
		request.file(new MockMultipartFile("file", "trade.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		request.param("name", name).param("source", "Generated for tests").param("licence", "CC0").param("columns", columns);
		request.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD));
		return request;
	}

	/** Uploads and waits until the rows are stored; returns the dataset id. */
	long importReady(String name, String csv, String columns) throws Exception {
		MvcResult result = mvc.perform(upload(name, csv, columns))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", containsString("/api/v1/trade-datasets/")))
			.andExpect(jsonPath("$.name").value(name))
			.andReturn();
		long id = ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
		return awaitReady(id);
	}

	long awaitReady(long id) throws Exception {
		for (int i = 0; i < 200; i++) {
			String body = mvc.perform(get("/api/v1/trade-datasets/{id}", id).with(admin()))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			String status = JsonPath.read(body, "$.status");
			if (status.equals("READY")) {
				assertThat(((Number) JsonPath.read(body, "$.progress")).doubleValue()).isEqualTo(1.0);
				return id;
			}
			assertThat(status).isEqualTo("STORING");
			Thread.sleep(100);
		}
		throw new AssertionError("dataset " + id + " never became READY");
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
	}

	@Test
	void importsALongFileWithAColumnMappingAndReproducesTheGeneratedFixture() throws Exception {
		String csv = resource("/complexity/generated-trade.csv");
		String name = Fixtures.unique("Generated fixture");
		long id = importReady(name, csv, "year=year,country=exporter,product=code,value=usd");

		mvc.perform(get("/api/v1/trade-datasets").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + id + ")].source").value(hasItem("Generated for tests")))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].licence").value(hasItem("CC0")))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].years[0]").value(hasItem(2001)));

		String countries = mvc.perform(get("/api/v1/complexity/{id}/countries", id).param("year", "2001").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2001))
			.andExpect(jsonPath("$.countries[0].rank").value(1))
			.andExpect(jsonPath("$.droppedProducts[0]").value("1259"))
			.andReturn().getResponse().getContentAsString();
		Map<String, Double> eci = new HashMap<>();
		List<Map<String, Object>> rows = JsonPath.read(countries, "$.countries");
		double previous = Double.MAX_VALUE;
		for (Map<String, Object> row : rows) {
			double value = ((Number) row.get("eci")).doubleValue();
			assertThat(value).isLessThanOrEqualTo(previous);
			previous = value;
			eci.put(((String) row.get("country")).toLowerCase(), value);
		}
		int checked = 0;
		for (String line : resource("/complexity/generated-expected.csv").split("\n")) {
			String[] f = line.split(",");
			if (f[0].equals("2001")) {
				assertThat(eci.get(f[1])).as(f[1]).isCloseTo(Double.parseDouble(f[7]),
						org.assertj.core.data.Offset.offset(1e-9));
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(100);

		mvc.perform(get("/api/v1/complexity/{id}/countries", id).param("year", "2002").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.droppedCountries[0]").value("C05"));
		mvc.perform(get("/api/v1/complexity/{id}/products", id).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2002))
			.andExpect(jsonPath("$.products[0].rank").value(1));
	}

	@Test
	void rejectsBadRowsWithTheirRowNumbersAndStoresNothing() throws Exception {
		String name = Fixtures.unique("Bad rows");
		String csv = """
				year,country,product,value
				2020,PAK,6109,100
				2020,CHN,6109,-5
				2020,IND,6109,20
				2020,BGD,6109,abc
				2020,PAK,6109,7
				""";
		mvc.perform(upload(name, csv, ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type", containsString("bad-trade-rows")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("row 3")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("row 5")))
			.andExpect(jsonPath("$.errors[*].message", hasItem(containsString("negative"))))
			.andExpect(jsonPath("$.errors[*].message", hasItem(containsString("'abc' is not a number"))));
		String duplicate = """
				year,country,product,value
				2020,PAK,6109,100
				2020,CHN,6109,5
				2020,PAK,6109,7
				""";
		mvc.perform(upload(name, duplicate, ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("row 4"))
			.andExpect(jsonPath("$.errors[0].message", containsString("duplicate of row 2")));
		mvc.perform(get("/api/v1/trade-datasets").with(admin()))
			.andExpect(jsonPath("$[*].name", not(hasItem(name))));
	}

	@Test
	void rejectsFewerThanThreeCountriesAndUnknownColumns() throws Exception {
		String csv = """
				year,country,product,value
				2020,PAK,6109,100
				2020,PAK,5205,10
				2020,PAK,1006,4
				2020,CHN,6109,5
				2020,CHN,8542,50
				""";
		mvc.perform(upload(Fixtures.unique("Two countries"), csv, ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("2 countries")));
		mvc.perform(upload(Fixtures.unique("Wrong header"), csv, "country=origin"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("row 1"))
			.andExpect(jsonPath("$.errors[0].message", containsString("origin")));
		mvc.perform(upload(Fixtures.unique("Bad mapping"), csv, "exporter=origin"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("columns"));
	}

	@Test
	void importsBacisRawLayoutSummingOverImporters() throws Exception {
		String codes = """
				country_code,country_name,country_iso2,country_iso3
				586,Pakistan,PK,PAK
				156,China,CN,CHN
				699,India,IN,IND
				50,Bangladesh,BD,BGD
				""";
		StringBuilder baci = new StringBuilder("t,i,j,k,v,q\n");
		int[] exporters = { 586, 156, 699, 50 };
		String[] products = { "610910", "854231", "100630", "520512" };
		for (int e = 0; e < exporters.length; e++) {
			for (int p = 0; p < products.length; p++) {
				for (int importer : new int[] { 586, 156, 699 }) {
					if (importer != exporters[e]) {
						baci.append("2021,").append(exporters[e]).append(',').append(importer).append(',')
							.append(products[p]).append(',').append(1.5 + e * 3 + p * (e + 1)).append(",NA\n");
					}
				}
			}
		}
		MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/trade-datasets");
		request.file(new MockMultipartFile("file", "BACI_HS17_Y2021.csv", "text/csv", baci.toString().getBytes()));
		request.file(new MockMultipartFile("countryCodes", "country_codes.csv", "text/csv", codes.getBytes()));
		String name = Fixtures.unique("BACI");
		request.param("name", name).param("source", "CEPII BACI").param("licence", "Etalab 2.0").with(admin());
		MvcResult result = mvc.perform(request)
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.layout").value("BACI"))
			.andExpect(jsonPath("$.countries").value(4))
			.andExpect(jsonPath("$.products").value(4))
			.andReturn();
		long id = awaitReady(((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue());
		// Pakistan's 854231 goes to China and India: 2 x (1.5 + 0 + 1 x 1) thousand dollars.
		mvc.perform(get("/api/v1/complexity/{id}/products/{p}", id, "854231").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.home.country").value("PAK"))
			.andExpect(jsonPath("$.home.exports").value(5000.0))
			.andExpect(jsonPath("$.year").value(2021));

		MockMultipartHttpServletRequestBuilder bad = multipart("/api/v1/trade-datasets");
		bad.file(new MockMultipartFile("file", "b.csv", "text/csv", "t,i,j,k,v,q\n2021,586,156,610910,1,1\n2021,999,156,610910,1,1\n".getBytes()));
		bad.file(new MockMultipartFile("countryCodes", "c.csv", "text/csv", codes.getBytes()));
		bad.param("name", Fixtures.unique("BACI bad")).param("source", "x").param("licence", "x").with(admin());
		mvc.perform(bad)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("row 3"))
			.andExpect(jsonPath("$.errors[0].message", containsString("999")));
	}

	@Test
	void ranksOpportunitiesForPakistanWithChinasStrengthBesideEach() throws Exception {
		long id = importReady(Fixtures.unique("Opportunities"), TradeFiles.longCsv(11), "");
		String body = mvc.perform(get("/api/v1/complexity/{id}/opportunities", id)
				.param("country", "PAK").param("partner", "CHN").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.country").value("PAK"))
			.andExpect(jsonPath("$.partner").value("CHN"))
			.andExpect(jsonPath("$.partnerName").value("China"))
			.andExpect(jsonPath("$.year").value(2020))
			.andReturn().getResponse().getContentAsString();
		List<Map<String, Object>> rows = JsonPath.read(body, "$.rows");
		assertThat(rows).isNotEmpty();
		double previous = Double.MAX_VALUE;
		for (Map<String, Object> row : rows) {
			assertThat(((Number) row.get("rca")).doubleValue()).isLessThan(1.0);
			assertThat(((Number) row.get("partnerRca")).doubleValue()).isGreaterThan(1.0);
			assertThat(row.get("partnerLeads")).isEqualTo(true);
			double score = ((Number) row.get("score")).doubleValue();
			assertThat(score).isBetween(0.0, 1.0).isLessThanOrEqualTo(previous);
			previous = score;
			@SuppressWarnings("unchecked")
			Map<String, Number> components = (Map<String, Number>) row.get("components");
			double weighted = 0.3 * components.get("feasibility").doubleValue()
					+ 0.2 * components.get("complexity").doubleValue() + 0.2 * components.get("strategic").doubleValue()
					+ 0.1 * components.get("market").doubleValue() + 0.2 * components.get("partner").doubleValue();
			assertThat(score).isCloseTo(weighted, org.assertj.core.data.Offset.offset(1e-9));
			assertThat((String) row.get("formQuadUrl")).startsWith("/quads/new?");
		}
		assertThat(rows).anySatisfy(row -> assertThat((String) row.get("product")).startsWith("85"));
		String electronics = rows.stream().filter(r -> r.get("product").equals("8542")).map(r -> (String) r.get("formQuadUrl"))
			.findFirst().orElse("");
		if (!electronics.isEmpty()) {
			assertThat(electronics).contains("productCategory=SEMICONDUCTORS").contains("hsCodes=8542");
		}

		// Only complexity counts: the order follows the complexity component.
		String byPci = mvc.perform(get("/api/v1/complexity/{id}/opportunities", id)
				.param("weights", "feasibility:0,complexity:1,strategic:0,market:0,partner:0")
				.param("partnerMustLead", "false").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.weights").value("feasibility:0,complexity:1,strategic:0,market:0,partner:0"))
			.andReturn().getResponse().getContentAsString();
		List<Number> values = JsonPath.read(byPci, "$.rows[*].pci");
		List<Double> pci = values.stream().map(Number::doubleValue).toList();
		List<Double> sorted = new ArrayList<>(pci);
		sorted.sort((a, b) -> Double.compare(b, a));
		assertThat(pci).isEqualTo(sorted);

		mvc.perform(get("/api/v1/complexity/{id}/opportunities", id).param("sector", "SEMICONDUCTORS")
				.param("partnerMustLead", "false").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[*].sector", not(hasItem("ELECTRONICS"))));
		mvc.perform(get("/api/v1/complexity/{id}/opportunities", id).param("weights", "feasibility:-1").with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("weights"));
		mvc.perform(get("/api/v1/complexity/{id}/opportunities", id).param("country", "XXX").with(admin()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type", containsString("country-not-in-dataset")));
		mvc.perform(get("/api/v1/complexity/{id}/product-space", id).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nodes.length()").value(TradeFiles.PRODUCTS.length))
			.andExpect(jsonPath("$.edges.length()", is(org.hamcrest.Matchers.greaterThanOrEqualTo(TradeFiles.PRODUCTS.length - 1))));
	}

	@Test
	void onlyTheAuthorityImportsAndNamesAreUnique() throws Exception {
		String partner = fixtures.user(Role.COMMITTEE);
		MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/trade-datasets");
		request.file(new MockMultipartFile("file", "t.csv", "text/csv", TradeFiles.longCsv(3).getBytes()));
		request.param("name", Fixtures.unique("Committee")).param("source", "x").param("licence", "x")
			.with(httpBasic(partner, Fixtures.PASSWORD));
		mvc.perform(request).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/trade-datasets")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/trade-datasets").with(httpBasic(partner, Fixtures.PASSWORD))).andExpect(status().isOk());

		String name = Fixtures.unique("Twice");
		importReady(name, TradeFiles.longCsv(4), "");
		mvc.perform(upload(name.toUpperCase(), TradeFiles.longCsv(5), ""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", containsString("duplicate-dataset")));
		mvc.perform(get("/api/v1/complexity/{id}/countries", 987654321L).with(admin())).andExpect(status().isNotFound());
	}

	@Test
	void acceptsTheCsvAsTheRequestBody() throws Exception {
		MvcResult result = mvc.perform(post("/api/v1/trade-datasets").contentType("text/csv")
				.content(TradeFiles.longCsv(8)).param("name", Fixtures.unique("Body")).param("source", "s")
				.param("licence", "l").with(admin()))
			.andExpect(status().isAccepted())
			.andReturn();
		long id = awaitReady(((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue());
		mvc.perform(get("/api/v1/complexity/{id}/countries", id).param("year", "2019").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.countries.length()").value(TradeFiles.COUNTRIES.length));

		// Only a file: named after it and the time, source and licence recorded as not stated.
		MockMultipartHttpServletRequestBuilder bare = multipart("/api/v1/trade-datasets");
		bare.file(new MockMultipartFile("file", "exports.csv", "text/csv", TradeFiles.longCsv(9).getBytes()));
		mvc.perform(bare.with(admin()))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.name", containsString("exports (")))
			.andExpect(jsonPath("$.source").value("not stated"))
			.andExpect(jsonPath("$.licence").value("not stated"));
	}

	static String resource(String name) throws IOException {
		try (InputStream in = ComplexityApiTest.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
