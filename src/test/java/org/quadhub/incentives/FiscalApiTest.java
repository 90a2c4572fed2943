package org.quadhub.incentives;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.Quads;
import org.quadhub.shared.Role;
import org.quadhub.shared.Sector;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@QuadHubTest
class FiscalApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Fixtures fixtures;

	@Autowired
	org.quadhub.reporting.Reports reports;

	@Autowired
	org.quadhub.approvals.Approvals approvals;

	@Autowired
	org.quadhub.users.Users users;

	@Autowired
	Incentives incentives;

	@Autowired
	Quads quads;

	IncentiveFixtures data;

	@BeforeEach
	void setUp() {
		data = new IncentiveFixtures(incentives, quads, fixtures, approvals, users);
	}

	private ResultActions asAdmin(MockHttpServletRequestBuilder request, Object body) throws Exception {
		return mvc.perform(request.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
	}

	private ResultActions read(String path) throws Exception {
		return mvc.perform(get(path).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)));
	}

	/** The rate the worked example uses for 2016-2018; no other test or demo records USD rates before 2019. */
	private void usdRateOf280From2015() throws Exception {
		int status = asAdmin(post("/api/v1/fiscal/exchange-rates"),
				Map.of("currency", "USD", "date", "2015-12-31", "pkrPerUnit", "280", "source", "worked example"))
			.andReturn().getResponse().getStatus();
		assertThat(status).isIn(201, 409);
		read("/api/v1/fiscal/exchange-rates")
			.andExpect(jsonPath("$[?(@.currency == 'USD' && @.date == '2015-12-31')].pkrPerUnit", hasItem(280.0)));
	}

	/**
	 * The worked example through the API, with assumption set 1 (electronics: margin 4.5%, DVA 10% rising to 30% by
	 * year 5, 3,500 direct jobs per USD bn, CIT 29%) and a 3-year horizon. The QUAD targets USD 1 bn a year within
	 * 2 years and was established on 2016-01-10; its package: 2 tax-free years from establishment, half-price land
	 * worth PKR 280 m, 10% off a PKR 1,400 m annual power bill, and machinery imported duty-free with CIF PKR 560 m
	 * at a 10% duty rate. USD costs 280 PKR.
	 * <pre>
	 * exports     2016: 1bn x 1/2 = 500,000,000     2017: 1,000,000,000     2018: 1,000,000,000
	 * net forex   500m x 10% = 50,000,000            1bn x 15% = 150,000,000   1bn x 20% = 200,000,000
	 * CIT forgone 500m x 4.5% x 29% = 6,525,000      13,050,000                0 (exemption ended)
	 * duty        560m PKR x 10% = 56m PKR / 280 = 200,000 USD in 2016
	 * land        280m PKR x 50% = 140m PKR / 280 = 500,000 USD, once, in 2016
	 * utilities   1,400m PKR x 10% = 140m PKR / 280 = 500,000 USD every year
	 * cost        7,725,000                          13,550,000                500,000      total 21,775,000 USD
	 *             = 6,097,000,000 PKR; peak direct jobs 1bn x 3,500 / 1bn = 3,500
	 * cost per direct job 21,775,000 / 3,500 = 6,221.43; net forex per PKR 400m / 6,097m = 0.065606
	 * NPV at 10%: 42,275,000 + 136,450,000 / 1.1 + 199,500,000 / 1.21 = 331,196,487.60
	 * redundancy 0.5: NPV 17,275,000 + 61,450,000 / 1.1 + 99,500,000 / 1.21 = 155,370,041.32,
	 *                 cost per job 21,775,000 / 1,750 = 12,442.86, net forex per PKR 200m / 6,097m = 0.032803
	 * </pre>
	 */
	@Test
	void aWorkedFiscalExampleMatchesTheHandComputation() throws Exception {
		usdRateOf280From2015();
		PolicyDetails policy = data.generousPolicy();
		QuadDetails quad = data.establishedQuad(LocalDate.of(2016, 1, 10));
		Map<String, Object> body = IncentiveFixtures.packageBody(policy.id(), "2015-12-01", "2016-01-10");
		body.put("taxExemptionYears", 2);
		body.put("solarMw", "0");
		asAdmin(put("/api/v1/quads/" + quad.id() + "/package"), body).andExpect(status().isCreated());
		Map<String, Object> entry = new HashMap<>();
		entry.put("entryId", Fixtures.unique("GD-WORKED"));
		entry.put("date", "2016-06-01");
		entry.put("description", "SMT assembly lines");
		entry.put("cifValue", "560000000");
		entry.put("currency", "PKR");
		entry.put("dutyRatePercent", "10");
		asAdmin(post("/api/v1/quads/" + quad.id() + "/package/import-entries"), Map.of("entries", List.of(entry)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.importEntries[0].dutyForgone").value(56000000));

		read("/api/v1/quads/" + quad.id() + "/fiscal?discountRate=0.10&redundancy=0.5&assumptionsVersion=1&horizonYears=3")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.baseCurrency", is("USD")))
			.andExpect(jsonPath("$.assumptionsVersion", is(1)))
			.andExpect(jsonPath("$.years[*].year", is(List.of(2016, 2017, 2018))))
			.andExpect(jsonPath("$.years[*].exportsBasis", is(List.of("PLANNED", "PLANNED", "PLANNED"))))
			.andExpect(jsonPath("$.years[0].exportsUsd").value(500000000))
			.andExpect(jsonPath("$.years[0].netForexUsd").value(50000000))
			.andExpect(jsonPath("$.years[1].netForexUsd").value(150000000))
			.andExpect(jsonPath("$.years[2].netForexUsd").value(200000000))
			.andExpect(jsonPath("$.years[0].corporateTaxForgoneUsd").value(6525000))
			.andExpect(jsonPath("$.years[1].corporateTaxForgoneUsd").value(13050000))
			.andExpect(jsonPath("$.years[2].corporateTaxForgoneUsd").value(0))
			.andExpect(jsonPath("$.years[0].dutyForgoneUsd").value(200000))
			.andExpect(jsonPath("$.years[0].landSubsidyUsd").value(500000))
			.andExpect(jsonPath("$.years[1].landSubsidyUsd").value(0))
			.andExpect(jsonPath("$.years[2].utilitySubsidyUsd").value(500000))
			.andExpect(jsonPath("$.years[0].costUsd").value(7725000))
			.andExpect(jsonPath("$.years[1].costUsd").value(13550000))
			.andExpect(jsonPath("$.years[2].costUsd").value(500000))
			.andExpect(jsonPath("$.years[0].directJobs", is(1750)))
			.andExpect(jsonPath("$.totals.costUsd").value(21775000))
			.andExpect(jsonPath("$.totals.costPkr").value(6097000000L))
			.andExpect(jsonPath("$.totals.peakDirectJobs", is(3500)))
			.andExpect(jsonPath("$.results.costPerDirectJobUsd").value(6221.43))
			.andExpect(jsonPath("$.results.netForexUsdPerPkrForgone").value(0.065606))
			.andExpect(jsonPath("$.results.npvUsd").value(331196487.60))
			.andExpect(jsonPath("$.results.npvUsdAdjusted").value(155370041.32))
			.andExpect(jsonPath("$.results.costPerDirectJobUsdAdjusted").value(12442.86))
			.andExpect(jsonPath("$.results.netForexUsdPerPkrForgoneAdjusted").value(0.032803));
		// no redundancy: the adjusted figures equal the plain ones
		read("/api/v1/quads/" + quad.id() + "/fiscal?discountRate=0.10&redundancy=0&assumptionsVersion=1&horizonYears=3")
			.andExpect(jsonPath("$.results.npvUsdAdjusted").value(331196487.60));
		// the programme total includes this QUAD's line
		read("/api/v1/fiscal?assumptionsVersion=1&horizonYears=3")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.quads[?(@.quadId == " + quad.id() + ")].totals.costUsd", hasItem(21775000.0)));
	}

	@Test
	void acceptedReportsReplaceThePlanForTheirYearAndSubmittedOnesDoNot() throws Exception {
		QuadDetails quad = data.establishedQuad(LocalDate.of(2019, 5, 1));
		org.quadhub.reporting.ReportingFixtures reporting = new org.quadhub.reporting.ReportingFixtures(fixtures, quads,
				reports);
		reporting.report(quad.id(), "2020-03", "1000000", true);
		reporting.report(quad.id(), "2020-04", "500000", true);
		reporting.report(quad.id(), "2021-01", "9000000", false); // submitted, not accepted: does not count
		read("/api/v1/quads/" + quad.id() + "/fiscal")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.years[1].year", is(2020)))
			.andExpect(jsonPath("$.years[1].exportsBasis", is("REPORTED")))
			.andExpect(jsonPath("$.years[1].exportsUsd").value(1500000))
			.andExpect(jsonPath("$.years[2].year", is(2021)))
			.andExpect(jsonPath("$.years[2].exportsBasis", is("PLANNED")));
	}

	@Test
	void aQuadWithoutAPackageCostsNothingAndOneNotEstablishedHasNoYears() throws Exception {
		QuadDetails quad = data.establishedQuad(LocalDate.of(2019, 5, 1));
		read("/api/v1/quads/" + quad.id() + "/fiscal")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hasPackage", is(false)))
			.andExpect(jsonPath("$.years.length()", is(15)))
			.andExpect(jsonPath("$.years[0].year", is(2019)))
			.andExpect(jsonPath("$.totals.costUsd").value(0))
			.andExpect(jsonPath("$.notes", hasItem(containsString("no incentive package"))));
		long proposed = fixtures.quad(fixtures.quartet()).id();
		read("/api/v1/quads/" + proposed + "/fiscal")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.years.length()", is(0)))
			.andExpect(jsonPath("$.notes", hasItem(containsString("not established"))));
	}

	@Test
	void badParametersAreNamed() throws Exception {
		QuadDetails quad = data.establishedQuad(LocalDate.of(2019, 5, 1));
		read("/api/v1/quads/" + quad.id() + "/fiscal?discountRate=-0.1&redundancy=1.5")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("discountRate")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("redundancy")));
		read("/api/v1/quads/" + quad.id() + "/fiscal?discountRate=ten").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("discountRate")));
		read("/api/v1/quads/" + quad.id() + "/fiscal?assumptionsVersion=9999").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("assumptionsVersion")));
		read("/api/v1/quads/987654321/fiscal").andExpect(status().isNotFound());
	}

	@Test
	void aPartnerReadsOnlyItsOwnQuadsLedgerAndNotTheProgrammes() throws Exception {
		Map<PartnerRole, Long> seats = fixtures.quartet();
		QuadDetails own = data.establishedQuad(seats, Sector.BIOTECH_AND_PHARMA, new BigDecimal("500000000"), 5, LocalDate.of(2021, 1, 1));
		QuadDetails other = data.establishedQuad(LocalDate.of(2021, 1, 1));
		String partner = fixtures.user(Role.PARTNER, seats.get(PartnerRole.CHINESE_ACADEMIA));
		mvc.perform(get("/api/v1/quads/" + own.id() + "/fiscal").with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			// pharma defaults: DVA 42.5% in year 1; year-1 exports 100 m -> 42.5 m net forex
			.andExpect(jsonPath("$.years[0].dvaShare").value(0.425))
			.andExpect(jsonPath("$.years[0].netForexUsd").value(42500000));
		mvc.perform(get("/api/v1/quads/" + other.id() + "/fiscal").with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/fiscal").with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());
		String committee = fixtures.user(Role.COMMITTEE);
		mvc.perform(get("/api/v1/fiscal").with(httpBasic(committee, Fixtures.PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void assumptionsAreVersionedWithSourcesAndOnlyTheAuthorityRevisesThem() throws Exception {
		JsonNode current = json.readTree(read("/api/v1/fiscal/assumptions").andExpect(status().isOk())
			.andExpect(jsonPath("$.sectors.ELECTRONICS.sourceNote", containsString("Samsung")))
			.andReturn().getResponse().getContentAsString());
		read("/api/v1/fiscal/assumptions/versions/1")
			.andExpect(jsonPath("$.citRate").value(0.29))
			.andExpect(jsonPath("$.redundancyShare").value(0.5))
			.andExpect(jsonPath("$.sectors.ELECTRONICS.jobsPerUsdBn", is(3500)))
			.andExpect(jsonPath("$.sectors.BIOTECH_AND_PHARMA.profitMargin").value(0.125));
		int version = current.get("version").asInt();
		Map<String, Object> revision = new HashMap<>();
		revision.put("basedOnVersion", version);
		revision.put("citRate", current.get("citRate").decimalValue());
		revision.put("discountRate", current.get("discountRate").decimalValue());
		revision.put("redundancyShare", current.get("redundancyShare").decimalValue());
		revision.put("horizonYears", current.get("horizonYears").asInt());
		revision.put("note", "Re-confirmed after review");
		revision.put("sourceNote", current.get("sourceNote").asString());
		String zone = fixtures.user(Role.ZONE_OFFICER);
		mvc.perform(post("/api/v1/fiscal/assumptions/versions").with(httpBasic(zone, Fixtures.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(revision)))
			.andExpect(status().isForbidden());
		asAdmin(post("/api/v1/fiscal/assumptions/versions"), revision).andExpect(status().isCreated())
			.andExpect(jsonPath("$.version", is(version + 1)))
			.andExpect(jsonPath("$.note", is("Re-confirmed after review")))
			.andExpect(jsonPath("$.sectors.ELECTRONICS.jobsPerUsdBn", is(current.at("/sectors/ELECTRONICS/jobsPerUsdBn").asInt())));
		asAdmin(post("/api/v1/fiscal/assumptions/versions"), revision).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("/stale-version")));
		revision.put("basedOnVersion", version + 1);
		revision.put("citRate", "1.5");
		asAdmin(post("/api/v1/fiscal/assumptions/versions"), revision).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("citRate")));
		read("/api/v1/fiscal/assumptions").andExpect(jsonPath("$.version", is(version + 1)));
	}

	@Test
	void exchangeRatesNeedAKnownCurrencyAndOneRatePerDay() throws Exception {
		asAdmin(post("/api/v1/fiscal/exchange-rates"),
				Map.of("currency", "GBP", "date", "2014-06-30", "pkrPerUnit", "170", "source", "test"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("currency")))
			.andExpect(jsonPath("$.errors[0].message", containsString("unknown currency 'GBP'")));
		asAdmin(post("/api/v1/fiscal/exchange-rates"),
				Map.of("currency", "USD", "date", "2014-06-30", "pkrPerUnit", "-1", "source", "test"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("pkrPerUnit")));
		String day = "2013-0" + (1 + (int) (Math.random() * 9)) + "-1" + (int) (Math.random() * 9);
		int first = asAdmin(post("/api/v1/fiscal/exchange-rates"),
				Map.of("currency", "CNY", "date", day, "pkrPerUnit", "16.5", "source", "test")).andReturn().getResponse().getStatus();
		assertThat(first).isIn(201, 409);
		asAdmin(post("/api/v1/fiscal/exchange-rates"),
				Map.of("currency", "CNY", "date", day, "pkrPerUnit", "16.6", "source", "test"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("/duplicate-exchange-rate")));
	}
}
