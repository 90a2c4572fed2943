package org.quadhub.committee;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import java.util.Map;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@QuadHubTest
class CommitteePagesTest {

	private static final String BASE = CommitteeApi.BASE;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Clock clock;

	CommitteeApi api;
	LocalDate today;

	@BeforeEach
	void setUp() {
		api = new CommitteeApi(mvc, json, fixtures);
		today = LocalDate.now(clock);
	}

	@Test
	void theMeetingPageShowsTrilingualDecisionsAndTheMinutesWaitingTime() throws Exception {
		QuadDetails quad = fixtures.quad(fixtures.quartet());
		long meeting = api.meeting(today.minusDays(10));
		String pakistan = api.member("PK");
		api.as(pakistan, post(BASE + "/meetings/" + meeting + "/decisions"), Map.of(
				"textEn", "Approved for fast track.", "textZh", "批准快速审批。", "textUr", "فوری منظوری دی جاتی ہے۔",
				"subjectKind", "QUAD", "subjectId", quad.id()));
		api.minutes(meeting, "Minutes of the meeting");
		api.sign(pakistan, meeting, Map.of("signedOn", today.minusDays(8).toString()));

		String china = api.member("CN");
		mvc.perform(get("/committee/meetings/" + meeting).with(httpBasic(china, Fixtures.PASSWORD)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"zh-Hans\"")))
			.andExpect(content().string(containsString("lang=\"ur\" dir=\"rtl\"")))
			.andExpect(content().string(containsString("فوری منظوری دی جاتی ہے۔")))
			.andExpect(content().string(containsString("Waiting 8 days for the signature of China&#39;s side")))
			.andExpect(content().string(containsString("id=\"sign-minutes\"")))
			.andExpect(content().string(containsString(quad.name())));
		// Pakistan's member has signed already: no button for them
		mvc.perform(get("/committee/meetings/" + meeting).with(httpBasic(pakistan, Fixtures.PASSWORD)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"sign-minutes\""))));

		mvc.perform(post("/committee/meetings/" + meeting + "/minutes/sign").with(csrf())
				.with(httpBasic(china, Fixtures.PASSWORD)))
			.andExpect(redirectedUrl("/committee/meetings/" + meeting + "?signed"));
		mvc.perform(get("/committee/meetings/" + meeting).with(httpBasic(china, Fixtures.PASSWORD)).accept(MediaType.TEXT_HTML))
			.andExpect(content().string(allOf(containsString("Signed by China"), containsString("Signed by " + china))));
		// signing again comes back as an inline error, not a crash
		mvc.perform(post("/committee/meetings/" + meeting + "/minutes/sign").with(csrf())
				.with(httpBasic(china, Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"minutes-error\"")));
	}

	@Test
	void theTrackerShowsOverdueItemsInRedAndFilters() throws Exception {
		long meeting = api.meeting(today.minusDays(30));
		String marker = Fixtures.unique("Tracker item");
		JsonNode late = api.read(api.asAdmin(post(BASE + "/meetings/" + meeting + "/action-items"), Map.of(
				"title", marker, "ownerSide", "CN", "ownerName", "NDRC", "dueDate", today.minusDays(4).toString())));
		mvc.perform(get("/committee/actions?overdue=true&side=CN").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"action-" + late.get("id").asLong() + "\" class=\"overdue\"")))
			.andExpect(content().string(containsString("4 days overdue")));
		mvc.perform(get("/committee/actions?overdue=false").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.accept(MediaType.TEXT_HTML))
			.andExpect(content().string(not(containsString(marker))));
		mvc.perform(post("/committee/actions/" + late.get("id").asLong() + "/status").with(csrf())
				.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.param("status", "DONE").param("version", late.get("version").asText()))
			.andExpect(redirectedUrl("/committee/actions"));
		api.getAs(Fixtures.ADMIN, BASE + "/action-items/" + late.get("id").asLong())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status").value("DONE"));
	}

	@Test
	void theOverviewListsMeetingsForReadersButNotForPartners() throws Exception {
		long meeting = api.meeting(today.plusDays(3));
		String agency = fixtures.user(Role.AGENCY);
		mvc.perform(get("/committee").with(httpBasic(agency, Fixtures.PASSWORD)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/committee/meetings/" + meeting)))
			.andExpect(content().string(containsString("id=\"nav-committee\"")));
		String partner = fixtures.user(Role.PARTNER, fixtures.quartet().values().iterator().next());
		mvc.perform(get("/committee").with(httpBasic(partner, Fixtures.PASSWORD)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isForbidden());
		mvc.perform(get("/committee").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
	}

	@Test
	void aPartnerFollowsTheQuadLinkToDecisionsAboutItsOwnQuad() throws Exception {
		var seats = fixtures.quartet();
		QuadDetails quad = fixtures.quad(seats);
		long meeting = api.meeting(today);
		api.as(fixtures.user(Role.COMMITTEE), post(BASE + "/meetings/" + meeting + "/decisions"),
				Map.of("textEn", "Partner-visible decision", "subjectKind", "QUAD", "subjectId", quad.id()));
		String partner = fixtures.user(Role.PARTNER, seats.values().iterator().next());
		mvc.perform(get("/quads/" + quad.id()).with(httpBasic(partner, Fixtures.PASSWORD)).accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("/committee/decisions?subjectKind=QUAD&amp;subjectId=" + quad.id())));
		mvc.perform(get("/committee/decisions").param("subjectKind", "QUAD").param("subjectId", String.valueOf(quad.id()))
				.with(httpBasic(partner, Fixtures.PASSWORD)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Partner-visible decision")));
	}

	@Test
	void theSecretariatPreparesAMeetingAndTheCommitteeDecidesThroughTheForms() throws Exception {
		QuadDetails quad = fixtures.quad(fixtures.quartet());
		String title = Fixtures.unique("Form meeting");
		String location = mvc.perform(post("/committee/meetings").with(csrf())
				.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.param("title", title).param("date", today.toString()).param("place", "Karachi")
				.param("coChairPakistan", "Minister").param("coChairChina", "Vice Chairman"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long meeting = Long.parseLong(location.replaceAll("^/committee/meetings/(\\d+).*$", "$1"));
		mvc.perform(post("/committee/meetings/" + meeting + "/agenda").with(csrf())
				.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.param("title", "Plot allotment").param("quadId", String.valueOf(quad.id())))
			.andExpect(redirectedUrl("/committee/meetings/" + meeting + "?saved"));
		mvc.perform(post("/committee/meetings/" + meeting + "/minutes").with(csrf())
				.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)).param("text", "Draft from the form"))
			.andExpect(redirectedUrl("/committee/meetings/" + meeting + "?saved"));
		// a missing due date comes back inline and stores nothing
		mvc.perform(post("/committee/meetings/" + meeting + "/action-items").with(csrf())
				.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.param("title", "Follow up").param("ownerSide", "PK").param("ownerName", "BOI"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dueDate: must not be null")));
		JsonNode details = api.read(api.getAs(Fixtures.ADMIN, BASE + "/meetings/" + meeting));
		org.assertj.core.api.Assertions.assertThat(details.get("actionItems").size()).isZero();
		org.assertj.core.api.Assertions.assertThat(details.get("agenda").get(0).get("subjectLabel").asText())
			.isEqualTo(quad.name());

		String member = fixtures.user(Role.COMMITTEE);
		mvc.perform(post("/committee/meetings/" + meeting + "/decisions").with(csrf())
				.with(httpBasic(member, Fixtures.PASSWORD))
				.param("agendaItemId", details.get("agenda").get(0).get("id").asText())
				.param("textEn", "Allot the plot.").param("textUr", "پلاٹ الاٹ کیا جائے۔"))
			.andExpect(redirectedUrl("/committee/meetings/" + meeting + "?saved"));
		mvc.perform(get("/committee/meetings/" + meeting).with(httpBasic(member, Fixtures.PASSWORD)).accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("پلاٹ الاٹ کیا جائے۔")))
			.andExpect(content().string(containsString("Draft from the form")))
			.andExpect(content().string(not(containsString("id=\"prepare\""))));
		// the secretariat's forms are not the committee's
		mvc.perform(post("/committee/meetings/" + meeting + "/agenda").with(csrf())
				.with(httpBasic(member, Fixtures.PASSWORD)).param("title", "Sneaked in"))
			.andExpect(status().isForbidden());
	}
}
