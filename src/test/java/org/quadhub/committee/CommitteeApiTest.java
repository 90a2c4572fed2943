package org.quadhub.committee;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quadhub.quads.QuadDetails;
import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.quadhub.approvals.Approvals;
import org.quadhub.approvals.CaseDetails;
import org.quadhub.approvals.OpenCase;
import org.quadhub.approvals.SubjectRef;
import org.quadhub.approvals.TemplateDetails;
import org.quadhub.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@QuadHubTest
class CommitteeApiTest {

	private static final String BASE = CommitteeApi.BASE;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Approvals approvals;

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
	void theAuthorityCreatesAMeetingWithCoChairsAndAttendees() throws Exception {
		String title = Fixtures.unique("14th JCC");
		Map<String, Object> body = CommitteeApi.meetingBody(title, today.plusDays(10));
		body.put("videoLink", "https://video.example.gov.pk/jcc14");
		String location = api.asAdmin(post(BASE + "/meetings"), body)
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString(BASE + "/meetings/")))
			.andExpect(jsonPath("$.title", is(title)))
			.andExpect(jsonPath("$.upcoming", is(true)))
			.andExpect(jsonPath("$.coChairChina", is("Vice Chairman, NDRC")))
			.andExpect(jsonPath("$.attendees[1].side", is("CN")))
			.andExpect(jsonPath("$.minutes", nullValue()))
			.andReturn().getResponse().getHeader("Location");
		api.getAs(Fixtures.ADMIN, location).andExpect(status().isOk())
			.andExpect(jsonPath("$.videoLink", is("https://video.example.gov.pk/jcc14")));
		api.getAs(fixtures.user(Role.AGENCY), BASE + "/meetings").andExpect(status().isOk())
			.andExpect(jsonPath("$[*].title", hasItem(title)));
	}

	@Test
	void aMeetingNeedsAPlaceOrAVideoLinkAndDistinctTitle() throws Exception {
		Map<String, Object> body = CommitteeApi.meetingBody(Fixtures.unique("Nowhere"), today);
		body.remove("place");
		api.asAdmin(post(BASE + "/meetings"), body).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("place")));
		body.put("videoLink", "ftp://not-a-meeting");
		api.asAdmin(post(BASE + "/meetings"), body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("videoLink")));
		body.put("place", "Beijing");
		body.remove("videoLink");
		api.asAdmin(post(BASE + "/meetings"), body).andExpect(status().isCreated());
		api.asAdmin(post(BASE + "/meetings"), body).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("/duplicate-meeting")));
	}

	@Test
	void onlyTheAuthorityPreparesMeetingsAndAnonymousSeesNothing() throws Exception {
		Map<String, Object> body = CommitteeApi.meetingBody(Fixtures.unique("Not mine"), today);
		api.as(fixtures.user(Role.COMMITTEE), post(BASE + "/meetings"), body).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get(BASE + "/meetings")).andExpect(status().isUnauthorized());
		long meeting = api.meeting(today);
		String partner = fixtures.user(Role.PARTNER, fixtures.quartet().values().iterator().next());
		api.getAs(partner, BASE + "/meetings").andExpect(status().isForbidden());
		api.getAs(partner, BASE + "/meetings/" + meeting).andExpect(status().isForbidden());
		api.getAs(partner, BASE + "/action-items").andExpect(status().isForbidden());
	}

	@Test
	void anAgendaItemLinksToAnExistingQuad() throws Exception {
		QuadDetails quad = fixtures.quad(fixtures.quartet());
		long meeting = api.meeting(today.plusDays(3));
		api.asAdmin(post(BASE + "/meetings/" + meeting + "/agenda"),
				Map.of("title", "Review the QUAD's plot allotment", "subjectKind", "QUAD", "subjectId", quad.id()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.position", is(1)))
			.andExpect(jsonPath("$.subject.kind", is("QUAD")))
			.andExpect(jsonPath("$.subject.id", is((int) quad.id())))
			.andExpect(jsonPath("$.subjectLabel", is(quad.name())));
		api.asAdmin(post(BASE + "/meetings/" + meeting + "/agenda"), Map.of("title", "Date of the next meeting"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.position", is(2)))
			.andExpect(jsonPath("$.subject", nullValue()));
		api.getAs(Fixtures.ADMIN, BASE + "/meetings/" + meeting).andExpect(status().isOk())
			.andExpect(jsonPath("$.agenda", hasSize(2)))
			.andExpect(jsonPath("$.agenda[0].subjectPage", is("/quads/" + quad.id())));
	}

	@Test
	void anAgendaItemLinksToAnApprovalCase() throws Exception {
		long meeting = api.meeting(today.plusDays(4));
		QuadDetails quad = fixtures.quad(fixtures.quartet());
		TemplateDetails route = approvals.latest(Approvals.QUAD_ESTABLISHMENT).orElseThrow();
		CaseDetails c = approvals.open(Actor.system(), new OpenCase(SubjectRef.QUAD, quad.id(), route.id()));
		api.asAdmin(post(BASE + "/meetings/" + meeting + "/agenda"),
				Map.of("title", "Unblock the establishment case", "subjectKind", "APPROVAL_CASE", "subjectId", c.id()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.subject.kind", is("APPROVAL_CASE")))
			.andExpect(jsonPath("$.subjectLabel", is(route.name() + ": " + quad.name())));
		api.getAs(Fixtures.ADMIN, BASE + "/meetings/" + meeting + "")
			.andExpect(jsonPath("$.agenda[0].subjectPage", is("/approvals/cases/" + c.id())));
	}

	@Test
	void anUnknownSubjectKindOrMissingSubjectIsRejectedAndNothingIsStored() throws Exception {
		long meeting = api.meeting(today.plusDays(3));
		api.asAdmin(post(BASE + "/meetings/" + meeting + "/agenda"),
				Map.of("title", "A zone", "subjectKind", "ZONE", "subjectId", 1))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type", endsWith("/unknown-subject-kind")))
			.andExpect(jsonPath("$.errors[0].field", is("subjectKind")));
		api.asAdmin(post(BASE + "/meetings/" + meeting + "/agenda"),
				Map.of("title", "A ghost approval case", "subjectKind", "APPROVAL_CASE", "subjectId", 987654321))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type", endsWith("/subject-not-found")));
		api.asAdmin(post(BASE + "/meetings/" + meeting + "/agenda"),
				Map.of("title", "A ghost QUAD", "subjectKind", "QUAD", "subjectId", 987654321))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type", endsWith("/subject-not-found")))
			.andExpect(jsonPath("$.errors[0].field", is("subjectId")));
		api.asAdmin(post(BASE + "/meetings/" + meeting + "/agenda"), Map.of("title", "Half a link", "subjectId", 5))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("subjectKind")));
		api.getAs(Fixtures.ADMIN, BASE + "/meetings/" + meeting).andExpect(jsonPath("$.agenda", hasSize(0)));
	}

	@Test
	void theCommitteeRecordsDecisionsInEnglishChineseAndUrdu() throws Exception {
		QuadDetails quad = fixtures.quad(fixtures.quartet());
		long meeting = api.meeting(today);
		JsonNode item = api.read(api.asAdmin(post(BASE + "/meetings/" + meeting + "/agenda"),
				Map.of("title", "Fast-track the QUAD", "subjectKind", "QUAD", "subjectId", quad.id())));
		String member = fixtures.user(Role.COMMITTEE);
		Map<String, Object> decision = new HashMap<>();
		decision.put("textEn", "The committee approves the QUAD for fast-track processing.");
		decision.put("textZh", "委员会批准该四方合作项目快速审批。");
		decision.put("textUr", "کمیٹی اس کواڈ کی فوری منظوری دیتی ہے۔");
		decision.put("agendaItemId", item.get("id").asLong());
		JsonNode created = api.read(api.as(member, post(BASE + "/meetings/" + meeting + "/decisions"), decision)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.textZh", is("委员会批准该四方合作项目快速审批。")))
			.andExpect(jsonPath("$.textUr", is("کمیٹی اس کواڈ کی فوری منظوری دیتی ہے۔")))
			.andExpect(jsonPath("$.subject.kind", is("QUAD")))
			.andExpect(jsonPath("$.subject.id", is((int) quad.id())))
			.andExpect(jsonPath("$.decidedBy", is(member))));
		api.getAs(Fixtures.ADMIN, BASE + "/decisions?subjectKind=QUAD&subjectId=" + quad.id())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].id", is(created.get("id").asInt())))
			.andExpect(jsonPath("$[0].textUr", is("کمیٹی اس کواڈ کی فوری منظوری دیتی ہے۔")));

		// AUTHORITY prepares but does not decide
		api.asAdmin(post(BASE + "/meetings/" + meeting + "/decisions"), Map.of("textEn", "Not ours to decide"))
			.andExpect(status().isForbidden());
		api.as(member, post(BASE + "/meetings/" + meeting + "/decisions"), Map.of("textEn", " "))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("textEn")));
		// an edit needs the version read
		Map<String, Object> edit = new HashMap<>(decision);
		edit.put("textEn", "The committee approves the QUAD for fast-track processing within 30 days.");
		edit.put("version", created.get("version").asLong() + 7);
		api.as(member, put(BASE + "/meetings/" + meeting + "/decisions/" + created.get("id").asLong()), edit)
			.andExpect(status().isConflict()).andExpect(jsonPath("$.type", endsWith("/stale-version")));
		edit.put("version", created.get("version").asLong());
		api.as(member, put(BASE + "/meetings/" + meeting + "/decisions/" + created.get("id").asLong()), edit)
			.andExpect(status().isOk()).andExpect(jsonPath("$.textEn", containsString("30 days")));
	}

	@Test
	void aPartnerReadsOnlyDecisionsAboutItsOwnQuads() throws Exception {
		var seats = fixtures.quartet();
		QuadDetails own = fixtures.quad(seats);
		QuadDetails other = fixtures.quad(fixtures.quartet());
		long meeting = api.meeting(today);
		String member = fixtures.user(Role.COMMITTEE);
		api.as(member, post(BASE + "/meetings/" + meeting + "/decisions"),
				Map.of("textEn", "Own QUAD decision", "subjectKind", "QUAD", "subjectId", own.id()))
			.andExpect(status().isCreated());
		api.as(member, post(BASE + "/meetings/" + meeting + "/decisions"),
				Map.of("textEn", "Other QUAD decision", "subjectKind", "QUAD", "subjectId", other.id()))
			.andExpect(status().isCreated());
		api.as(member, post(BASE + "/meetings/" + meeting + "/decisions"), Map.of("textEn", "General decision"))
			.andExpect(status().isCreated());
		String partner = fixtures.user(Role.PARTNER, seats.values().iterator().next());
		api.getAs(partner, BASE + "/decisions").andExpect(status().isOk())
			.andExpect(jsonPath("$[*].textEn", hasItem("Own QUAD decision")))
			.andExpect(jsonPath("$[*].textEn", not(hasItem("Other QUAD decision"))))
			.andExpect(jsonPath("$[*].textEn", not(hasItem("General decision"))));
		api.getAs(partner, BASE + "/decisions?subjectKind=QUAD&subjectId=" + other.id())
			.andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void minutesAreSignedByPakistanThenChinaThenIssuedAsFinal() throws Exception {
		long meeting = api.meeting(today.minusDays(20));
		long version = api.minutes(meeting, "1. The committee met in Islamabad.\n2. Decisions as recorded.");
		String pakistan = api.member("PK");
		String china = api.member("CN");
		api.getAs(Fixtures.ADMIN, BASE + "/meetings/" + meeting + "/minutes")
			.andExpect(jsonPath("$.state", is("DRAFT")))
			.andExpect(jsonPath("$.waitingFor", is("PK")))
			.andExpect(jsonPath("$.waitingDays", is(0)));

		// China cannot go first
		api.sign(china, meeting, Map.of()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("/signature-out-of-order")));
		// A Pakistani member cannot sign for China
		api.sign(pakistan, meeting, Map.of("side", "CN")).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type", endsWith("/wrong-side")));
		// Pakistan signed on paper twelve days ago
		api.sign(pakistan, meeting, Map.of("side", "PK", "signedOn", today.minusDays(12).toString(), "version", version))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state", is("SIGNED_BY_PAKISTAN")))
			.andExpect(jsonPath("$.signatures[0].side", is("PK")))
			.andExpect(jsonPath("$.signatures[0].signedBy", is(pakistan)))
			.andExpect(jsonPath("$.waitingFor", is("CN")))
			.andExpect(jsonPath("$.waitingDays", is(12)));
		api.getAs(Fixtures.ADMIN, BASE + "/meetings").andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + meeting + ")].minutesState", hasItem("SIGNED_BY_PAKISTAN")))
			.andExpect(jsonPath("$[?(@.id == " + meeting + ")].minutesWaitingDays", hasItem(12)));
		// Pakistan cannot sign twice, and the authority cannot issue before China signs
		api.sign(pakistan, meeting, Map.of()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("/signature-out-of-order")));
		api.asAdmin(post(BASE + "/meetings/" + meeting + "/minutes/finalise"), Map.of())
			.andExpect(status().isConflict()).andExpect(jsonPath("$.type", endsWith("/minutes-not-signed")));
		// A signature in the future is refused
		api.sign(china, meeting, Map.of("signedOn", today.plusDays(1).toString())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("signedOn")));

		api.sign(china, meeting, Map.of("side", "CN")).andExpect(status().isOk())
			.andExpect(jsonPath("$.state", is("SIGNED_BY_CHINA")))
			.andExpect(jsonPath("$.signatures[1].side", is("CN")))
			.andExpect(jsonPath("$.signatures[1].signedBy", is(china)))
			.andExpect(jsonPath("$.waitingFor", is("ISSUE")))
			.andExpect(jsonPath("$.waitingDays", is(0)));
		api.sign(china, meeting, Map.of()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("/minutes-already-signed")));
		api.as(china, post(BASE + "/meetings/" + meeting + "/minutes/finalise"), Map.of())
			.andExpect(status().isForbidden());
		api.asAdmin(post(BASE + "/meetings/" + meeting + "/minutes/finalise"), Map.of())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state", is("FINAL")))
			.andExpect(jsonPath("$.finalisedBy", is(Fixtures.ADMIN)))
			.andExpect(jsonPath("$.waitingDays", nullValue()))
			.andExpect(jsonPath("$.signatures", hasSize(2)));
	}

	@Test
	void onlySeatedCommitteeMembersSign() throws Exception {
		long meeting = api.meeting(today);
		api.minutes(meeting, "Minutes");
		api.asAdmin(post(BASE + "/meetings/" + meeting + "/minutes/sign"), Map.of())
			.andExpect(status().isForbidden());
		api.sign(fixtures.user(Role.COMMITTEE), meeting, Map.of()).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type", endsWith("/not-a-committee-member")));
		api.asAdmin(put(BASE + "/members/" + fixtures.user(Role.AGENCY)), Map.of("side", "PK", "title", "Agency"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type", endsWith("/not-a-committee-user")));
		long future = api.meeting(today.plusDays(5));
		api.minutes(future, "Prepared in advance");
		api.sign(api.member("PK"), future, Map.of()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type", endsWith("/meeting-not-held")));
	}

	@Test
	void signedMinutesAndTheMeetingsDecisionsAreFrozen() throws Exception {
		long meeting = api.meeting(today.minusDays(1));
		long version = api.minutes(meeting, "Draft one");
		JsonNode edited = api.read(api.asAdmin(put(BASE + "/meetings/" + meeting + "/minutes"),
				Map.of("text", "Draft two", "version", version)).andExpect(status().isOk()));
		api.asAdmin(put(BASE + "/meetings/" + meeting + "/minutes"), Map.of("text", "Draft three", "version", version))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.type", endsWith("/stale-version")));
		String member = api.member("PK");
		JsonNode decision = api.read(api.as(member, post(BASE + "/meetings/" + meeting + "/decisions"),
				Map.of("textEn", "Agreed")).andExpect(status().isCreated()));
		api.sign(member, meeting, Map.of()).andExpect(status().isOk());

		api.asAdmin(put(BASE + "/meetings/" + meeting + "/minutes"),
				Map.of("text", "Rewritten after signature", "version", edited.get("version").asLong() + 1))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.type", endsWith("/minutes-frozen")));
		api.as(member, put(BASE + "/meetings/" + meeting + "/decisions/" + decision.get("id").asLong()),
				Map.of("textEn", "Changed", "version", decision.get("version").asLong()))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.type", endsWith("/minutes-frozen")));
		api.as(member, post(BASE + "/meetings/" + meeting + "/decisions"), Map.of("textEn", "Late addition"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.type", endsWith("/minutes-frozen")));
		api.asAdmin(post(BASE + "/meetings/" + meeting + "/agenda"), Map.of("title", "Late item"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.type", endsWith("/minutes-frozen")));
		api.getAs(Fixtures.ADMIN, BASE + "/meetings/" + meeting)
			.andExpect(jsonPath("$.minutes.text", is("Draft two")))
			.andExpect(jsonPath("$.decisions", hasSize(1)))
			.andExpect(jsonPath("$.decisions[0].textEn", is("Agreed")))
			.andExpect(jsonPath("$.agenda", hasSize(0)));
	}

	@Test
	void aStaleMeetingEditIsAConflict() throws Exception {
		String title = Fixtures.unique("Edited meeting");
		JsonNode created = api.read(api.asAdmin(post(BASE + "/meetings"), CommitteeApi.meetingBody(title, today)));
		Map<String, Object> edit = CommitteeApi.meetingBody(title, today.plusDays(1));
		edit.put("version", created.get("version").asLong());
		api.asAdmin(put(BASE + "/meetings/" + created.get("id").asLong()), edit).andExpect(status().isOk())
			.andExpect(jsonPath("$.date", is(today.plusDays(1).toString())));
		edit.put("place", "Lahore");
		api.asAdmin(put(BASE + "/meetings/" + created.get("id").asLong()), edit).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("/stale-version")));
		edit.remove("version");
		api.asAdmin(put(BASE + "/meetings/" + created.get("id").asLong()), edit).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("version")));
		api.getAs(Fixtures.ADMIN, BASE + "/meetings/" + created.get("id").asLong())
			.andExpect(jsonPath("$.place", is("Islamabad")));
	}

	@Test
	void actionItemsAreOverdueAfterTheirDueDayByTheApplicationClock() throws Exception {
		long meeting = api.meeting(today.minusDays(30));
		String marker = Fixtures.unique("Allot plot");
		JsonNode late = api.read(api.asAdmin(post(BASE + "/meetings/" + meeting + "/action-items"), Map.of(
				"title", marker + " late", "ownerSide", "PK", "ownerName", "Chairman BOI",
				"dueDate", today.minusDays(3).toString())).andExpect(status().isCreated())
			.andExpect(jsonPath("$.overdue", is(true)))
			.andExpect(jsonPath("$.daysOverdue", is(3)))
			.andExpect(jsonPath("$.status", is("OPEN"))));
		api.asAdmin(post(BASE + "/meetings/" + meeting + "/action-items"), Map.of(
				"title", marker + " due today", "ownerSide", "CN", "ownerName", "NDRC desk officer",
				"dueDate", today.toString())).andExpect(status().isCreated())
			.andExpect(jsonPath("$.overdue", is(false)));

		api.getAs(Fixtures.ADMIN, BASE + "/action-items?meetingId=" + meeting + "&overdue=true")
			.andExpect(jsonPath("$[*].title", is(List.of(marker + " late"))));
		api.getAs(Fixtures.ADMIN, BASE + "/action-items?meetingId=" + meeting + "&side=CN")
			.andExpect(jsonPath("$[*].title", is(List.of(marker + " due today"))));
		api.getAs(Fixtures.ADMIN, BASE + "/action-items?overdue=true")
			.andExpect(jsonPath("$[*].overdue", everyItem(is(true))));
		api.getAs(Fixtures.ADMIN, BASE + "/meetings")
			.andExpect(jsonPath("$[?(@.id == " + meeting + ")].overdueActionItems", hasItem(1)));

		// A committee member reports progress, then completion: no longer overdue
		String member = fixtures.user(Role.COMMITTEE);
		long id = late.get("id").asLong();
		JsonNode started = api.read(api.as(member, post(BASE + "/action-items/" + id + "/status"),
				Map.of("status", "IN_PROGRESS", "version", late.get("version").asLong()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.overdue", is(true))));
		api.as(member, post(BASE + "/action-items/" + id + "/status"),
				Map.of("status", "DONE", "version", late.get("version").asLong()))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.type", endsWith("/stale-version")));
		JsonNode done = api.read(api.as(member, post(BASE + "/action-items/" + id + "/status"),
				Map.of("status", "DONE", "note", "Plot 14 allotted", "version", started.get("version").asLong()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.overdue", is(false)))
			.andExpect(jsonPath("$.statusChangedBy", is(member))));
		api.as(member, post(BASE + "/action-items/" + id + "/status"),
				Map.of("status", "OPEN", "version", done.get("version").asLong()))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.type", endsWith("/illegal-status-change")));
		api.getAs(Fixtures.ADMIN, BASE + "/action-items?meetingId=" + meeting + "&status=DONE")
			.andExpect(jsonPath("$[*].title", is(List.of(marker + " late"))));
		// Agencies read the tracker but do not update it
		api.as(fixtures.user(Role.AGENCY), post(BASE + "/action-items/" + id + "/status"),
				Map.of("status", "CANCELLED", "version", done.get("version").asLong()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anActionItemNeedsOwnerAndDueDate() throws Exception {
		long meeting = api.meeting(today);
		api.asAdmin(post(BASE + "/meetings/" + meeting + "/action-items"), Map.of("title", "Something"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("ownerSide")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("ownerName")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("dueDate")));
		api.asAdmin(post(BASE + "/meetings/" + meeting + "/action-items"), Map.of("title", "Something",
				"ownerSide", "XX", "ownerName", "x", "dueDate", today.toString()))
			.andExpect(status().isBadRequest());
		api.as(fixtures.user(Role.COMMITTEE), post(BASE + "/meetings/" + meeting + "/action-items"),
				Map.of("title", "Something", "ownerSide", "PK", "ownerName", "x", "dueDate", today.toString()))
			.andExpect(status().isForbidden());
		api.getAs(Fixtures.ADMIN, BASE + "/action-items?meetingId=" + meeting).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void aMeetingWithRecordsCannotBeDeletedButAnEmptyOneCan() throws Exception {
		long empty = api.meeting(today.plusDays(40));
		api.asAdmin(post(BASE + "/meetings/" + empty + "/agenda"), Map.of("title", "Opening")).andExpect(status().isCreated());
		api.asAdmin(delete(BASE + "/meetings/" + empty), Map.of()).andExpect(status().isNoContent());
		api.getAs(Fixtures.ADMIN, BASE + "/meetings/" + empty).andExpect(status().isNotFound());
		long kept = api.meeting(today);
		api.minutes(kept, "Minutes");
		api.asAdmin(delete(BASE + "/meetings/" + kept), Map.of()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("/meeting-has-records")));
	}

	@Test
	void theApiIsInTheOpenApiDocument() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/committee/meetings/{id}/minutes/sign'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/committee/action-items'].get").exists());
	}

	@Test
	void unknownMeetingIsNotFound() throws Exception {
		mvc.perform(get(BASE + "/meetings/987654321").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}
}
