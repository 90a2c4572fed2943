package org.quadhub.ip;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.QuadDetails;
import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@QuadHubTest
class IpApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Fixtures fixtures;

	@Autowired
	IpReminders reminders;

	@Autowired
	Clock clock;

	IpApi api;
	LocalDate today;
	Map<PartnerRole, Long> seats;
	QuadDetails quad;
	String base;

	@BeforeEach
	void setUp() {
		api = new IpApi(mvc, json);
		today = LocalDate.now(clock);
		seats = fixtures.quartet();
		quad = fixtures.quad(seats);
		base = "/api/v1/quads/" + quad.id();
	}

	private List<Map<String, Object>> parties(String first, String second) {
		return List.of(IpApi.holder(seats.get(PartnerRole.CHINESE_INDUSTRY), null, first),
				IpApi.holder(null, "Provincial Innovation Fund", second));
	}

	@Test
	void sharesMustTotalExactlyOneHundredAndNothingIsStoredOtherwise() throws Exception {
		for (String[] wrong : new String[][] { { "50", "49.99" }, { "50", "50.01" }, { "60", "60" } }) {
			api.as(Fixtures.ADMIN, post(base + "/agreements"), IpApi.agreement(parties(wrong[0], wrong[1])))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type", endsWith("/shares-not-100")))
				.andExpect(jsonPath("$.errors[0].field", is("shares")));
		}
		api.get(Fixtures.ADMIN, base + "/agreements").andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
		api.as(Fixtures.ADMIN, post(base + "/agreements"), IpApi.agreement(parties("66.6667", "33.3333")))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.parties[0].organisationId", is(seats.get(PartnerRole.CHINESE_INDUSTRY).intValue())))
			.andExpect(jsonPath("$.parties[1].name", is("Provincial Innovation Fund")))
			.andExpect(jsonPath("$.status", is("DRAFT")));
		api.as(Fixtures.ADMIN, post(base + "/patents"), IpApi.patent("CNIPA", Fixtures.unique("CN2025"), null,
				today.minusMonths(2), List.of(IpApi.holder(null, "BYD", "99.99"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("shares")));
	}

	@Test
	void partiesByIdMustBeTheQuadsPartnersAndOthersNeedAName() throws Exception {
		long stranger = fixtures.organisation(org.quadhub.shared.Country.PK,
				org.quadhub.partners.OrganisationKind.INDUSTRY).id();
		api.as(Fixtures.ADMIN, post(base + "/agreements"),
				IpApi.agreement(List.of(IpApi.holder(stranger, null, "100"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("parties[0].organisationId")));
		api.as(Fixtures.ADMIN, post(base + "/agreements"), IpApi.agreement(List.of(IpApi.holder(null, " ", "100"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("parties[0].name")));
		Map<String, Object> noTitle = IpApi.agreement(parties("50", "50"));
		noTitle.remove("title");
		noTitle.put("endDate", "2020-01-01");
		api.as(Fixtures.ADMIN, post(base + "/agreements"), noTitle)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("title")));
		api.get(Fixtures.ADMIN, base + "/agreements").andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void theQuadsPartnersWriteOthersReadAndRoyaltiesStayConfidential() throws Exception {
		String partner = fixtures.user(Role.PARTNER, seats.get(PartnerRole.PAKISTANI_ACADEMIA));
		String outsider = fixtures.user(Role.PARTNER, fixtures.quartet().get(PartnerRole.PAKISTANI_ACADEMIA));
		String committee = fixtures.user(Role.COMMITTEE);
		String agency = fixtures.user(Role.AGENCY);
		api.as(partner, post(base + "/agreements"), IpApi.agreement(parties("50", "50")))
			.andExpect(status().isCreated());
		api.as(outsider, post(base + "/agreements"), IpApi.agreement(parties("50", "50")))
			.andExpect(status().isForbidden());
		api.as(committee, post(base + "/agreements"), IpApi.agreement(parties("50", "50")))
			.andExpect(status().isForbidden());
		api.as(agency, post(base + "/milestones"), IpApi.milestone("Line commissioned", today.plusDays(5)))
			.andExpect(status().isForbidden());
		api.get(outsider, base + "/agreements").andExpect(status().isForbidden());
		api.get(partner, base + "/agreements").andExpect(status().isOk())
			.andExpect(jsonPath("$[0].royaltyTerms", is("3% of net sales outside Pakistan")));
		api.get(committee, base + "/agreements").andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].royaltyTerms", nullValue()))
			.andExpect(jsonPath("$[0].royaltyTermsWithheld", is(true)));
		api.get(agency, base + "/patents").andExpect(status().isOk());
		mvc.perform(get(base + "/agreements")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/patents/deadlines")).andExpect(status().isUnauthorized());
	}

	@Test
	void aStaleVersionGivesConflictAndStatusFollowsTheLifecycle() throws Exception {
		JsonNode created = api.read(api.as(Fixtures.ADMIN, post(base + "/agreements"),
				IpApi.agreement(parties("50", "50"))).andExpect(status().isCreated()));
		String path = base + "/agreements/" + created.get("id").asLong();
		Map<String, Object> edit = IpApi.agreement(parties("40", "60"));
		edit.put("version", created.get("version").asLong());
		edit.put("status", "SIGNED");
		api.as(Fixtures.ADMIN, put(path), edit).andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("SIGNED")))
			.andExpect(jsonPath("$.parties[1].share", is(60)));
		edit.put("territory", "Worldwide");
		api.as(Fixtures.ADMIN, put(path), edit).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("/stale-version")));
		api.get(Fixtures.ADMIN, path).andExpect(jsonPath("$.territory", is("Pakistan and China")));
		edit.put("version", created.get("version").asLong() + 1);
		edit.put("status", "DRAFT");
		api.as(Fixtures.ADMIN, put(path), edit).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("/illegal-agreement-status")));
	}

	@Test
	void pctNationalPhaseDeadlinesFollowEachDesignatedOfficeAcrossMonthEnds() throws Exception {
		Map<String, Object> pct = IpApi.patent("WIPO_PCT", Fixtures.unique("PCT/CN2024"), LocalDate.of(2024, 8, 31),
				LocalDate.of(2025, 8, 29), List.of(IpApi.holder(seats.get(PartnerRole.CHINESE_INDUSTRY), null, "60"),
						IpApi.holder(seats.get(PartnerRole.PAKISTANI_ACADEMIA), null, "40")));
		pct.put("designatedOffices", List.of("CNIPA", "EPO", "IPO_PK"));
		pct.put("status", "PUBLISHED");
		api.as(Fixtures.ADMIN, post(base + "/patents"), pct).andExpect(status().isCreated())
			.andExpect(jsonPath("$.owners[1].share", is(40)));
		JsonNode deadlines = api.read(api.get(Fixtures.ADMIN, base + "/ip/deadlines?within=3650")
			.andExpect(status().isOk()));
		Map<String, String> due = new java.util.HashMap<>();
		deadlines.forEach(d -> {
			if ("NATIONAL_PHASE".equals(d.get("kind").asString())) {
				due.put(d.get("office").asString(), d.get("dueDate").asString());
			}
		});
		boolean past = LocalDate.of(2027, 3, 31).isBefore(today);
		if (!past) {
			assertEquals("2027-03-31", due.get("EPO"), "EPO allows 31 months: 31 Aug 2024 + 31 months");
		}
		if (!LocalDate.of(2027, 2, 28).isBefore(today)) {
			assertEquals("2027-02-28", due.get("CNIPA"), "31 Aug 2024 + 30 months ends on 28 Feb 2027");
			assertEquals("2027-02-28", due.get("IPO_PK"));
		}
		api.as(Fixtures.ADMIN, post(base + "/patents"), pct).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("/duplicate-patent")));
		Map<String, Object> national = IpApi.patent("EPO", Fixtures.unique("EP"), null, today.minusDays(3),
				List.of(IpApi.holder(null, "JCET", "100")));
		national.put("designatedOffices", List.of("CNIPA"));
		api.as(Fixtures.ADMIN, post(base + "/patents"), national).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("designatedOffices")));
		national.remove("designatedOffices");
		national.put("status", "GRANTED");
		api.as(Fixtures.ADMIN, post(base + "/patents"), national).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("grantNumber")));
	}

	@Test
	void theProgrammeDeadlineListHonoursWithinAndTheReadersQuads() throws Exception {
		String soon = Fixtures.unique("Local cell assembly line commissioned");
		String later = Fixtures.unique("First locally designed module");
		api.as(Fixtures.ADMIN, post(base + "/milestones"), IpApi.milestone(soon, today.plusDays(10)))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.status", is("PLANNED")));
		api.as(Fixtures.ADMIN, post(base + "/milestones"), IpApi.milestone(later, today.plusDays(200)))
			.andExpect(status().isCreated());
		api.get(Fixtures.ADMIN, "/api/v1/patents/deadlines?within=90").andExpect(status().isOk())
			.andExpect(jsonPath("$[*].subject", hasItem(soon)))
			.andExpect(jsonPath("$[*].subject", not(hasItem(later))));
		api.get(Fixtures.ADMIN, "/api/v1/patents/deadlines?within=365")
			.andExpect(jsonPath("$[*].subject", hasItem(later)));
		String outsider = fixtures.user(Role.PARTNER, fixtures.quartet().get(PartnerRole.CHINESE_INDUSTRY));
		api.get(outsider, "/api/v1/patents/deadlines?within=365").andExpect(status().isOk())
			.andExpect(jsonPath("$[*].subject", not(hasItem(soon))));
		api.get(Fixtures.ADMIN, "/api/v1/patents/deadlines?within=-1").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("within")));
		api.get(Fixtures.ADMIN, "/api/v1/patents/deadlines?within=soon").andExpect(status().isBadRequest());
		Map<String, Object> achieved = IpApi.milestone(Fixtures.unique("Done"), today.minusDays(3));
		achieved.put("status", "ACHIEVED");
		api.as(Fixtures.ADMIN, post(base + "/milestones"), achieved).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("actualDate")));
	}

	@Test
	void remindersAreCreatedOncePerLeadTime() throws Exception {
		String title = Fixtures.unique("Pilot line handed over");
		api.as(Fixtures.ADMIN, post(base + "/milestones"), IpApi.milestone(title, today.plusDays(20)))
			.andExpect(status().isCreated());
		reminders.run(today);
		reminders.run(today);
		api.get(Fixtures.ADMIN, base + "/ip/reminders").andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].leadDays", is(30)))
			.andExpect(jsonPath("$[0].subject", is(title)));
		reminders.run(today.plusDays(1));
		api.get(Fixtures.ADMIN, base + "/ip/reminders").andExpect(jsonPath("$", hasSize(1)));
		reminders.run(today.plusDays(15));
		reminders.run(today.plusDays(16));
		api.get(Fixtures.ADMIN, base + "/ip/reminders").andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].leadDays", is(7)));
		String partner = fixtures.user(Role.PARTNER, seats.get(PartnerRole.PAKISTANI_INDUSTRY));
		api.get(partner, "/api/v1/patents/reminders").andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)));
		api.as(partner, post("/api/v1/patents/reminders/run"), Map.of()).andExpect(status().isForbidden());
	}

	@Test
	void registerFiguresCountFilingsAndGrantsPerYear() throws Exception {
		List<Map<String, Object>> owners = List.of(IpApi.holder(null, "CATL", "50"), IpApi.holder(null, "GIKI", "50"));
		api.as(Fixtures.ADMIN, post(base + "/patents"),
				IpApi.patent("IPO_PK", Fixtures.unique("PK-2025"), null, LocalDate.of(2025, 3, 1), owners))
			.andExpect(status().isCreated());
		Map<String, Object> granted = IpApi.patent("CNIPA", Fixtures.unique("CN-2025"), null, LocalDate.of(2025, 6, 1),
				owners);
		granted.put("status", "GRANTED");
		granted.put("grantNumber", "ZL 2025 1 0000001.1");
		granted.put("grantDate", "2026-02-10");
		api.as(Fixtures.ADMIN, post(base + "/patents"), granted).andExpect(status().isCreated());
		api.get(fixtures.user(Role.COMMITTEE), base + "/patents/figures").andExpect(status().isOk())
			.andExpect(jsonPath("$[0].year", is(2025)))
			.andExpect(jsonPath("$[0].registerFiled", is(2)))
			.andExpect(jsonPath("$[0].registerGranted", is(0)))
			.andExpect(jsonPath("$[1].year", is(2026)))
			.andExpect(jsonPath("$[1].registerGranted", is(1)))
			.andExpect(jsonPath("$[1].reportedGranted", is(0)));
	}
}
