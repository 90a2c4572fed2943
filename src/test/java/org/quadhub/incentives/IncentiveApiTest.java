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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@QuadHubTest
class IncentiveApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Fixtures fixtures;

	@Autowired
	org.quadhub.approvals.Approvals approvals;

	@Autowired
	org.quadhub.users.Users users;

	@Autowired
	Incentives incentives;

	@Autowired
	Quads quads;

	@Autowired
	JdbcTemplate jdbc;

	IncentiveFixtures data;

	@BeforeEach
	void setUp() {
		data = new IncentiveFixtures(incentives, quads, fixtures, approvals, users);
	}

	private ResultActions send(MockHttpServletRequestBuilder request, Object body, String user, String password)
			throws Exception {
		return mvc.perform(request.with(httpBasic(user, password)).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	private ResultActions asAdmin(MockHttpServletRequestBuilder request, Object body) throws Exception {
		return send(request, body, Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
	}

	private ResultActions read(String path) throws Exception {
		return mvc.perform(get(path).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)));
	}

	private int packages(long quadId) {
		return jdbc.queryForObject("select count(*) from incentive_package where quad_id = ?", Integer.class, quadId);
	}

	@Test
	void theThreePolicyVersionsOfRecordAreSeeded() throws Exception {
		read("/api/v1/incentives/policies")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.name == 'SEZ Act 2012')].maxTaxExemptionYears", hasItem(10)))
			.andExpect(jsonPath("$[?(@.name == 'QUAD proposal')].maxTaxExemptionYears", hasItem(15)))
			.andExpect(jsonPath("$[?(@.name == 'IMF 2024 commitment')].maxTaxExemptionYears", hasItem(0)))
			.andExpect(jsonPath("$[?(@.name == 'IMF 2024 commitment')].dutyFreeMachinery", hasItem(false)))
			.andExpect(jsonPath("$[?(@.name == 'IMF 2024 commitment')].effectiveFrom", hasItem("2024-09-25")))
			.andExpect(jsonPath("$[?(@.name == 'SEZ Act 2012')].effectiveTo", hasItem("2024-09-24")))
			.andExpect(jsonPath("$[?(@.name == 'SEZ Act 2012')].status", hasItem("PUBLISHED")))
			.andExpect(jsonPath("$[?(@.name == 'QUAD proposal')].status", hasItem("DRAFT")));
	}

	@Test
	void thePolicyInForceOnADayIsTheLatestPublishedVersionEffectiveThen() throws Exception {
		String name = Fixtures.unique("Historic policy");
		data.published(IncentiveFixtures.policyTerms(name, 3, false, "0", "0", false, LocalDate.of(1901, 1, 1)));
		incentives.createPolicy(org.quadhub.shared.Actor.system(), IncentiveFixtures.policyTerms(Fixtures.unique("Unpublished"),
				4, false, "0", "0", false, LocalDate.of(1901, 3, 1)));
		read("/api/v1/incentives/policies/in-force?on=1901-06-01").andExpect(status().isOk())
			.andExpect(jsonPath("$.name", is(name)));
		read("/api/v1/incentives/policies/in-force?on=1900-12-31").andExpect(status().isNotFound());
	}

	@Test
	void aPackageWithinItsPolicyIsStoredWithItsTermsAndLimits() throws Exception {
		PolicyDetails policy = data.generousPolicy();
		QuadDetails quad = data.establishedQuad(LocalDate.of(2020, 3, 1));
		asAdmin(put("/api/v1/quads/" + quad.id() + "/package"),
				IncentiveFixtures.packageBody(policy.id(), "2020-02-01", "2020-03-01"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.policy.id", is((int) policy.id())))
			.andExpect(jsonPath("$.policy.maxTaxExemptionYears", is(15)))
			.andExpect(jsonPath("$.taxExemptionYears", is(10)))
			.andExpect(jsonPath("$.taxExemptionEnd", is("2030-02-28")))
			.andExpect(jsonPath("$.landSubsidyPercent").value(50))
			.andExpect(jsonPath("$.landCurrency", is("PKR")))
			.andExpect(jsonPath("$.utilityDiscounts[0].utility", is("POWER")))
			.andExpect(jsonPath("$.status", is("DRAFT")));
	}

	@Test
	void aPackageBeyondItsPolicyIsRejectedNamingTheTermsAndNothingIsStored() throws Exception {
		PolicyDetails sezAct = data.published(IncentiveFixtures.policyTerms(Fixtures.unique("Ten-year act"), 10, true, "100",
				"0", false, LocalDate.of(2011, 9, 11)));
		QuadDetails quad = data.establishedQuad(LocalDate.of(2021, 1, 1));
		Map<String, Object> body = IncentiveFixtures.packageBody(sezAct.id(), "2020-12-01", "2021-01-01");
		body.put("taxExemptionYears", 15);
		asAdmin(put("/api/v1/quads/" + quad.id() + "/package"), body)
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type", endsWith("/package-exceeds-policy")))
			.andExpect(jsonPath("$.detail", containsString("maxTaxExemptionYears = 10")))
			.andExpect(jsonPath("$.errors[0].field", is("taxExemptionYears")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("utilityDiscounts[0].discountPercent")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("solarMw")))
			.andExpect(jsonPath("$.errors[?(@.field == 'solarMw')].message", hasItem(containsString("solarProvision"))));
		assertThat(packages(quad.id())).isZero();
		read("/api/v1/quads/" + quad.id() + "/package").andExpect(status().isNotFound());
	}

	@Test
	void aPackageTakesAPolicyInForceWhenItWasAppliedFor() throws Exception {
		PolicyDetails later = data.published(IncentiveFixtures.policyTerms(Fixtures.unique("Later policy"), 5, true, "100",
				"50", true, LocalDate.of(2023, 1, 1)));
		QuadDetails quad = data.establishedQuad(LocalDate.of(2021, 1, 1));
		Map<String, Object> body = IncentiveFixtures.packageBody(later.id(), "2022-06-01", "2021-01-01");
		body.put("taxExemptionYears", 5);
		asAdmin(put("/api/v1/quads/" + quad.id() + "/package"), body)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type", endsWith("/policy-not-in-force")))
			.andExpect(jsonPath("$.errors[0].field", is("policyVersionId")));
		PolicyDetails draft = incentives.createPolicy(org.quadhub.shared.Actor.system(),
				IncentiveFixtures.policyTerms(Fixtures.unique("Draft policy"), 5, true, "100", "50", true, LocalDate.of(2010, 1, 1)));
		asAdmin(put("/api/v1/quads/" + quad.id() + "/package"), IncentiveFixtures.packageBody(draft.id(), "2022-06-01", "2021-01-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type", endsWith("/policy-not-in-force")));
		assertThat(packages(quad.id())).isZero();
	}

	@Test
	void anExemptionCannotStartBeforeEstablishment() throws Exception {
		PolicyDetails policy = data.generousPolicy();
		QuadDetails quad = data.establishedQuad(LocalDate.of(2022, 7, 1));
		asAdmin(put("/api/v1/quads/" + quad.id() + "/package"),
				IncentiveFixtures.packageBody(policy.id(), "2022-06-01", "2022-06-30"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type", endsWith("/exemption-before-establishment")))
			.andExpect(jsonPath("$.errors[0].field", is("taxExemptionStart")))
			.andExpect(jsonPath("$.detail", containsString("2022-07-01")));
		assertThat(packages(quad.id())).isZero();
	}

	@Test
	void unknownCurrenciesAreNamedAndNothingIsStored() throws Exception {
		PolicyDetails policy = data.generousPolicy();
		QuadDetails quad = data.establishedQuad(LocalDate.of(2022, 1, 1));
		Map<String, Object> body = IncentiveFixtures.packageBody(policy.id(), "2021-12-01", "2022-01-01");
		body.put("landCurrency", "XYZ");
		asAdmin(put("/api/v1/quads/" + quad.id() + "/package"), body)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("landCurrency")))
			.andExpect(jsonPath("$.errors[0].message", containsString("unknown currency 'XYZ'")));
		assertThat(packages(quad.id())).isZero();
		asAdmin(put("/api/v1/quads/" + quad.id() + "/package"), IncentiveFixtures.packageBody(policy.id(), "2021-12-01", "2022-01-01"))
			.andExpect(status().isCreated());
		Map<String, Object> entry = importEntry(Fixtures.unique("GD-KPPI"), "2022-03-01", "1000000", "EURO");
		asAdmin(post("/api/v1/quads/" + quad.id() + "/package/import-entries"), Map.of("entries", List.of(entry)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("entries[0].currency")));
		read("/api/v1/quads/" + quad.id() + "/package").andExpect(jsonPath("$.importEntries.length()", is(0)));
	}

	private static Map<String, Object> importEntry(String id, String date, String cif, String currency) {
		Map<String, Object> entry = new HashMap<>();
		entry.put("entryId", id);
		entry.put("date", date);
		entry.put("description", "Battery-pack assembly line");
		entry.put("cifValue", cif);
		entry.put("currency", currency);
		entry.put("dutyRatePercent", "5");
		return entry;
	}

	@Test
	void importEntriesRegisterTheDutyForgoneAndOverlappingIdsAreRefusedWhole() throws Exception {
		PolicyDetails policy = data.generousPolicy();
		QuadDetails quad = data.establishedQuad(LocalDate.of(2022, 1, 1));
		asAdmin(put("/api/v1/quads/" + quad.id() + "/package"), IncentiveFixtures.packageBody(policy.id(), "2021-12-01", "2022-01-01"))
			.andExpect(status().isCreated());
		String a = Fixtures.unique("GD-KAPW");
		String b = Fixtures.unique("GD-KAPW");
		asAdmin(post("/api/v1/quads/" + quad.id() + "/package/import-entries"), Map.of("entries", List.of(
				importEntry(a, "2022-03-01", "1000000", "USD"), importEntry(b, "2022-04-01", "250000000.50", "PKR"))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.importEntries.length()", is(2)))
			// 1,000,000 x 5% = 50,000.00 USD; 250,000,000.50 x 5% = 12,500,000.025 -> 12,500,000.02 PKR (half-even)
			.andExpect(jsonPath("$.importEntries[0].dutyForgone").value(50000.00))
			.andExpect(jsonPath("$.importEntries[1].dutyForgone").value(12500000.02))
			.andExpect(jsonPath("$.dutyForgoneTotal.USD").value(50000.00))
			.andExpect(jsonPath("$.dutyForgoneTotal.PKR").value(12500000.02));
		String c = Fixtures.unique("GD-KAPW");
		asAdmin(post("/api/v1/quads/" + quad.id() + "/package/import-entries"), Map.of("entries", List.of(
				importEntry(c, "2022-05-01", "10", "USD"), importEntry(c.toLowerCase(), "2022-05-02", "10", "USD"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("entries[1].entryId")));
		asAdmin(post("/api/v1/quads/" + quad.id() + "/package/import-entries"), Map.of("entries", List.of(
				importEntry(c, "2022-05-01", "10", "USD"), importEntry(a, "2022-05-02", "10", "USD"))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("/duplicate-import-entry")))
			.andExpect(jsonPath("$.errors[0].field", is("entries[1].entryId")));
		read("/api/v1/quads/" + quad.id() + "/package").andExpect(jsonPath("$.importEntries.length()", is(2)));
	}

	@Test
	void signingFreezesThePackage() throws Exception {
		PolicyDetails policy = data.generousPolicy();
		QuadDetails quad = data.establishedQuad(LocalDate.of(2022, 1, 1));
		Map<String, Object> body = IncentiveFixtures.packageBody(policy.id(), "2021-12-01", "2022-01-01");
		asAdmin(put("/api/v1/quads/" + quad.id() + "/package"), body).andExpect(status().isCreated());
		body.put("version", 0);
		body.put("taxExemptionYears", 12);
		asAdmin(put("/api/v1/quads/" + quad.id() + "/package"), body).andExpect(status().isOk())
			.andExpect(jsonPath("$.taxExemptionYears", is(12)));
		asAdmin(put("/api/v1/quads/" + quad.id() + "/package"), body).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("/stale-version")));
		asAdmin(post("/api/v1/quads/" + quad.id() + "/package/sign"), Map.of("signedOn", "2022-02-01"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("SIGNED")))
			.andExpect(jsonPath("$.signedOn", is("2022-02-01")));
		body.put("version", 2);
		body.put("taxExemptionYears", 5);
		asAdmin(put("/api/v1/quads/" + quad.id() + "/package"), body).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("/package-signed")));
		asAdmin(post("/api/v1/quads/" + quad.id() + "/package/sign"), Map.of()).andExpect(status().isConflict());
		read("/api/v1/quads/" + quad.id() + "/package").andExpect(jsonPath("$.taxExemptionYears", is(12)));
	}

	@Test
	void aPublishedPolicyVersionNeverChanges() throws Exception {
		String name = Fixtures.unique("Draft then published");
		PolicyCommand terms = IncentiveFixtures.policyTerms(name, 8, true, "50", "10", false, LocalDate.of(2011, 1, 1));
		String created = asAdmin(post("/api/v1/incentives/policies"), terms).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status", is("DRAFT")))
			.andReturn().getResponse().getContentAsString();
		long id = json.readTree(created).get("id").asLong();
		Map<String, Object> edit = new HashMap<>(json.convertValue(terms, Map.class));
		edit.put("maxTaxExemptionYears", 9);
		edit.put("version", 0);
		asAdmin(put("/api/v1/incentives/policies/" + id), edit).andExpect(status().isOk())
			.andExpect(jsonPath("$.maxTaxExemptionYears", is(9)));
		asAdmin(post("/api/v1/incentives/policies/" + id + "/publish"), Map.of()).andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("PUBLISHED")));
		edit.put("version", 2);
		edit.put("maxTaxExemptionYears", 20);
		asAdmin(put("/api/v1/incentives/policies/" + id), edit).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("/policy-published")));
		asAdmin(post("/api/v1/incentives/policies/" + id + "/publish"), Map.of()).andExpect(status().isConflict());
		read("/api/v1/incentives/policies/" + id).andExpect(jsonPath("$.maxTaxExemptionYears", is(9)));
		String zoneOfficer = fixtures.user(Role.ZONE_OFFICER);
		send(post("/api/v1/incentives/policies"), IncentiveFixtures.policyTerms(Fixtures.unique("Officer policy"), 1, false,
				"0", "0", false, LocalDate.of(2011, 1, 1)), zoneOfficer, Fixtures.PASSWORD)
			.andExpect(status().isForbidden());
	}

	@Test
	void aSignedPackageIsGrandfatheredWhenANewPolicyWouldNotAllowIt() throws Exception {
		PolicyDetails old = data.generousPolicy();
		QuadDetails signedQuad = data.establishedQuad(LocalDate.of(2020, 1, 1));
		QuadDetails draftQuad = data.establishedQuad(LocalDate.of(2020, 1, 1));
		asAdmin(put("/api/v1/quads/" + signedQuad.id() + "/package"), IncentiveFixtures.packageBody(old.id(), "2019-12-01", "2020-01-01"))
			.andExpect(status().isCreated());
		asAdmin(post("/api/v1/quads/" + signedQuad.id() + "/package/sign"), Map.of("signedOn", "2019-12-15"))
			.andExpect(status().isOk());
		asAdmin(put("/api/v1/quads/" + draftQuad.id() + "/package"), IncentiveFixtures.packageBody(old.id(), "2019-12-01", "2020-01-01"))
			.andExpect(status().isCreated());
		// a stricter policy version comes into force today
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Karachi"));
		String strictName = Fixtures.unique("No new incentives");
		data.published(IncentiveFixtures.policyTerms(strictName, 0, false, "0", "0", false, today));
		read("/api/v1/quads/" + signedQuad.id() + "/package")
			.andExpect(jsonPath("$.policy.id", is((int) old.id())))
			.andExpect(jsonPath("$.taxExemptionYears", is(10)))
			.andExpect(jsonPath("$.standing.standing", is("GRANDFATHERED")))
			.andExpect(jsonPath("$.standing.policyInForceName", is(strictName)))
			.andExpect(jsonPath("$.standing.conflicts[*].field", hasItem("taxExemptionYears")))
			.andExpect(jsonPath("$.standing.conflicts[*].field", hasItem("dutyFreeMachinery")));
		read("/api/v1/quads/" + draftQuad.id() + "/package")
			.andExpect(jsonPath("$.standing.standing", is("CONFLICTS_WITH_POLICY_IN_FORCE")));
		// a new package applied for today gets the new policy and cannot have the old terms
		QuadDetails newcomer = data.establishedQuad(today);
		Map<String, Object> body = IncentiveFixtures.packageBody(old.id(), today.toString(), today.toString());
		body.remove("policyVersionId");
		asAdmin(put("/api/v1/quads/" + newcomer.id() + "/package"), body)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString(strictName)));
	}

	@Test
	void aPartnerSeesItsOwnQuadsPackageButNotAnothers() throws Exception {
		PolicyDetails policy = data.generousPolicy();
		Map<PartnerRole, Long> seats = fixtures.quartet();
		QuadDetails own = data.establishedQuad(seats, Sector.ELECTRONICS, new BigDecimal("1000000000"), 5, LocalDate.of(2022, 1, 1));
		QuadDetails other = data.establishedQuad(LocalDate.of(2022, 1, 1));
		for (QuadDetails quad : List.of(own, other)) {
			asAdmin(put("/api/v1/quads/" + quad.id() + "/package"), IncentiveFixtures.packageBody(policy.id(), "2021-12-01", "2022-01-01"))
				.andExpect(status().isCreated());
		}
		String partner = fixtures.user(Role.PARTNER, seats.get(PartnerRole.PAKISTANI_INDUSTRY));
		mvc.perform(get("/api/v1/quads/" + own.id() + "/package").with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.quadId", is((int) own.id())));
		mvc.perform(get("/api/v1/quads/" + other.id() + "/package").with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		send(put("/api/v1/quads/" + own.id() + "/package"), IncentiveFixtures.packageBody(policy.id(), "2021-12-01", "2022-01-01"),
				partner, Fixtures.PASSWORD).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/quads/" + other.id() + "/financing").with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void financingInstrumentsRecordDisbursementsUpToTheirAmount() throws Exception {
		QuadDetails quad = data.establishedQuad(LocalDate.of(2022, 1, 1));
		Map<String, Object> loan = new HashMap<>();
		loan.put("kind", "CONCESSIONAL_LOAN");
		loan.put("provider", "Export-Import Bank of China");
		loan.put("amount", "300000000");
		loan.put("currency", "USD");
		loan.put("interestRatePercent", "2");
		loan.put("tenorYears", 20);
		loan.put("graceYears", 5);
		loan.put("agreedOn", "2022-03-01");
		String created = asAdmin(post("/api/v1/quads/" + quad.id() + "/financing"), loan).andExpect(status().isCreated())
			.andExpect(jsonPath("$.undisbursed").value(300000000))
			.andReturn().getResponse().getContentAsString();
		long id = json.readTree(created).get("id").asLong();
		asAdmin(post("/api/v1/quads/" + quad.id() + "/financing/" + id + "/disbursements"),
				Map.of("date", "2022-06-01", "amount", "120000000.50", "currency", "USD"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.disbursed").value(120000000.50))
			.andExpect(jsonPath("$.undisbursed").value(179999999.50));
		asAdmin(post("/api/v1/quads/" + quad.id() + "/financing/" + id + "/disbursements"),
				Map.of("date", "2022-07-01", "amount", "180000000"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type", endsWith("/over-disbursed")));
		asAdmin(post("/api/v1/quads/" + quad.id() + "/financing/" + id + "/disbursements"),
				Map.of("date", "2022-07-01", "amount", "10", "currency", "PKR"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("currency")));
		Map<String, Object> grant = new HashMap<>();
		grant.put("kind", "TRAINING_GRANT");
		grant.put("provider", "Ministry of Commerce of China");
		grant.put("amount", "5000000");
		grant.put("currency", "CNY");
		grant.put("agreedOn", "2022-04-01");
		asAdmin(post("/api/v1/quads/" + quad.id() + "/financing"), grant).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("trainees")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("programme")));
		grant.put("currency", "RMB");
		grant.put("trainees", 400);
		grant.put("programme", "Battery technicians");
		asAdmin(post("/api/v1/quads/" + quad.id() + "/financing"), grant).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("currency")));
		grant.put("currency", "CNY");
		asAdmin(post("/api/v1/quads/" + quad.id() + "/financing"), grant).andExpect(status().isCreated());
		read("/api/v1/quads/" + quad.id() + "/financing")
			.andExpect(jsonPath("$.length()", is(2)))
			.andExpect(jsonPath("$[0].disbursements.length()", is(1)))
			.andExpect(jsonPath("$[1].trainees", is(400)));
	}
}
