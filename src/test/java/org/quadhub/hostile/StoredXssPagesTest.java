package org.quadhub.hostile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.quadhub.committee.ActionItemCommand;
import org.quadhub.committee.ActionItems;
import org.quadhub.committee.Attendee;
import org.quadhub.committee.Committee;
import org.quadhub.committee.CommitteeMinutes;
import org.quadhub.committee.DecisionCommand;
import org.quadhub.committee.MeetingCommand;
import org.quadhub.committee.MeetingDetails;
import org.quadhub.committee.MinutesCommand;
import org.quadhub.ip.AgreementCommand;
import org.quadhub.ip.AgreementType;
import org.quadhub.ip.Agreements;
import org.quadhub.ip.Holder;
import org.quadhub.ip.PatentCommand;
import org.quadhub.ip.PatentOffice;
import org.quadhub.ip.PatentRegister;
import org.quadhub.partners.OrganisationCommand;
import org.quadhub.partners.Partners;
import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.ProposeQuad;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.QuadStatus;
import org.quadhub.quads.Quads;
import org.quadhub.quads.TransitionQuad;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Country;
import org.quadhub.shared.Sector;
import org.quadhub.skills.ProgrammeCommand;
import org.quadhub.skills.SkillCategory;
import org.quadhub.skills.SkillsPipeline;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.quadhub.zones.Province;
import org.quadhub.zones.ZoneCommand;
import org.quadhub.zones.ZoneDetails;
import org.quadhub.zones.ZoneStatus;
import org.quadhub.zones.Zones;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Stored XSS: script, attribute-breaking, javascript: and template-injection payloads go into the free-text fields of
 * every module through its own service; then a crawler follows the UI's links from each module's pages (as the
 * authority, and anonymously through the public portal) and the open-data files, and every answer must carry the
 * payload only escaped. A payload that came back raw, or as {@code 49} (a template evaluated it), fails with the page.
 */
@QuadHubTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredXssPagesTest {

	static final String SCRIPT = "<script>alert(1)</script>";
	static final String IMG = "\"><img src=x onerror=alert(1)>";
	static final String TAIL = "</textarea>{{7*7}}${7*7}[[${7*7}]]*{7*7}";

	/** Raw forms that must never reach a page. */
	static final List<String> RAW = List.of("<script>alert(1)", "<img src=x onerror", "\"><img", "onerror=alert(1)>");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Partners partners;

	@Autowired
	Quads quads;

	@Autowired
	Committee committee;

	@Autowired
	CommitteeMinutes minutes;

	@Autowired
	ActionItems actions;

	@Autowired
	Zones zones;

	@Autowired
	SkillsPipeline skills;

	@Autowired
	Agreements agreements;

	@Autowired
	PatentRegister patents;

	String token;

	QuadDetails quad;

	long meetingId;

	long zoneId;

	Map<PartnerRole, Long> seats;

	/** A payload carrying the run's token, so a match is ours and not another test's data. */
	String payload(String field) {
		return "X" + token + field + IMG + SCRIPT + TAIL;
	}

	@BeforeAll
	void seed() {
		token = UUID.randomUUID().toString().substring(0, 8);
		Actor system = Actor.system();
		seats = new EnumMap<>(PartnerRole.class);
		for (PartnerRole role : PartnerRole.values()) {
			seats.put(role, partners.register(system, new OrganisationCommand(payload("org" + role.ordinal()),
					payload("zh"), payload("ur"), role.country(), role.kind(), Set.of(Sector.ELECTRONICS),
					Set.of(payload("cap").substring(0, 90)), payload("city").substring(0, 95),
					payload("prov").substring(0, 95), "https://example.pk/?q=\"><script>alert(1)</script>",
					payload("contact"), null, null, payload("description"), true, null, payload("native"))).id());
		}
		quad = quads.propose(system, new ProposeQuad(payload("quad"), Sector.ELECTRONICS, payload("product"),
				List.of("850440"), seats, new BigDecimal("100000000"), 5));
		fixtures.establish(quad.id(), LocalDate.now().minusMonths(6).withDayOfMonth(1));
		quads.transition(system, quad.id(), new TransitionQuad(QuadStatus.PRODUCING, payload("reason"), null));

		MeetingDetails meeting = committee.createMeeting(system, new MeetingCommand(payload("meeting"),
				LocalDate.now().minusDays(3), payload("place"), null, payload("cochairpk"), payload("cochaircn"),
				List.of(new Attendee(payload("attendee"), Country.PK, payload("role"))), null));
		meetingId = meeting.id();
		minutes.draft(system, meetingId, new MinutesCommand(payload("minutes"), null));
		actions.create(system, meetingId, new ActionItemCommand(payload("action"), Country.PK, payload("owner"),
				LocalDate.now().plusDays(10), null, null));

		ZoneDetails zone = zones.create(system, new ZoneCommand(payload("zone"), Province.PUNJAB, payload("district").substring(0, 95),
				new BigDecimal("100"), new BigDecimal("50"), ZoneStatus.NOTIFIED, payload("developer"), null, null, null,
				null, null, payload("notes"), null));
		zoneId = zone.id();

		skills.addProgramme(system, quad.id(), new ProgrammeCommand(seats.get(PartnerRole.PAKISTANI_ACADEMIA),
				payload("programme"), SkillCategory.ENGINEERS, Sector.ELECTRONICS, 40, null, null, null, null));
		agreements.create(system, quad.id(), new AgreementCommand(AgreementType.JOINT_DEVELOPMENT, payload("agreement"),
				List.of(new Holder(seats.get(PartnerRole.PAKISTANI_ACADEMIA), null, new BigDecimal("60")),
						new Holder(null, payload("holder"), new BigDecimal("40"))),
				payload("fielduse"), payload("territory"), payload("royalty"), LocalDate.now().minusDays(30), null,
				payload("law"), null, null));
		patents.register(system, quad.id(), new PatentCommand(payload("patent"), PatentOffice.CNIPA, null,
				"CN" + token, LocalDate.now().minusDays(40), LocalDate.now().minusDays(20), null, null, null,
				List.of(new Holder(seats.get(PartnerRole.CHINESE_INDUSTRY), null, new BigDecimal("100"))), null, null));
	}

	@Test
	void everyPageTheAuthoritySeesShowsThePayloadsOnlyEscaped() throws Exception {
		List<String> starts = new ArrayList<>(List.of("/", "/organisations", "/quads", "/quads/" + quad.id(),
				"/committee", "/committee/meetings/" + meetingId, "/zones", "/zones/" + zoneId, "/incentives", "/ip",
				"/reporting", "/approvals", "/audit", "/matching", "/projections", "/complexity", "/public"));
		for (Long org : seats.values()) {
			starts.add("/organisations/" + org);
		}
		Crawl crawl = crawl(starts, true, 100);
		assertThat(crawl.problems).isEmpty();
		assertThat(crawl.pagesWithPayload).as("pages that showed a payload, escaped").hasSizeGreaterThanOrEqualTo(8);
	}

	@Test
	void thePublicPortalAndOpenDataShowThePayloadsOnlyEscapedToAnonymousVisitors() throws Exception {
		Crawl crawl = crawl(List.of("/", "/public", "/open-data/quads.csv", "/open-data/quads.json"), false, 60);
		assertThat(crawl.problems).isEmpty();
	}

	@Test
	void theQuarterlyPdfAndTheXlsxCarryThePayloadAsPlainText() throws Exception {
		java.time.YearMonth now = java.time.YearMonth.now();
		String quarter = now.getYear() + "-Q" + ((now.getMonthValue() - 1) / 3 + 1);
		byte[] pdf = mvc.perform(get("/api/v1/reports/programme.pdf").param("quarter", quarter)
				.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
		StringBuilder text = new StringBuilder();
		com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(extractor.getTextFromPage(page)).append('\n');
		}
		String flat = text.toString().replaceAll("\\s+", "");
		// the QUAD's name is printed as the characters it holds: the markup is text, nothing was evaluated
		assertThat(flat).contains(("X" + token + "quad").replaceAll("\\s+", ""));
		assertThat(flat).contains("<script>alert(1)</script>").doesNotContain("X" + token + "quad49");
		assertThat(reader.getJavaScript()).as("document-level JavaScript in the PDF").isNullOrEmpty();

		byte[] xlsx = mvc.perform(get("/api/v1/reports/programme.xlsx").param("quarter", quarter)
				.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			boolean found = false;
			for (var sheet : workbook) {
				for (var row : sheet) {
					for (var cell : row) {
						assertThat(cell.getCellType()).as("no formula cells").isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
						if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
								&& cell.getStringCellValue().contains(token)) {
							found = true;
							assertThat(cell.getStringCellValue()).contains(SCRIPT);
						}
					}
				}
			}
			assertThat(found).as("the payload QUAD appears in the workbook as text").isTrue();
		}
	}

	@Test
	void aJavascriptUrlIsRefusedAsAWebsite() throws Exception {
		var refused = org.assertj.core.api.Assertions.catchThrowable(() -> partners.register(Actor.system(),
				new OrganisationCommand(Fixtures.unique("Js link"), null, null, Country.PK,
						org.quadhub.partners.OrganisationKind.INDUSTRY, Set.of(Sector.ELECTRONICS), Set.of(), null, null,
						"javascript:alert(1)", null, null, null, null, true, null)));
		assertThat(refused).isInstanceOf(org.quadhub.shared.DomainProblem.class);
	}

	static final class Crawl {

		final List<String> problems = new ArrayList<>();

		final Set<String> pagesWithPayload = new LinkedHashSet<>();

		final Set<String> visited = new LinkedHashSet<>();
	}

	private static final Pattern LINK = Pattern.compile("(?:href|src|hx-get|data-url)=\"(/[^\"#]*)\"");

	private Crawl crawl(List<String> starts, boolean signedIn, int limit) throws Exception {
		Crawl crawl = new Crawl();
		Deque<String> queue = new ArrayDeque<>(starts);
		while (!queue.isEmpty() && crawl.visited.size() < limit) {
			String path = queue.poll().replace("&amp;", "&");
			if (!crawl.visited.add(path) || skip(path)) {
				continue;
			}
			MockHttpServletRequestBuilder request = get(path).accept(MediaType.TEXT_HTML, MediaType.ALL);
			if (signedIn) {
				request.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD));
			}
			MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
			if (response.getStatus() >= 500) {
				crawl.problems.add(path + " answered " + response.getStatus());
				continue;
			}
			String type = String.valueOf(response.getContentType());
			String body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
			check(path, type, body, crawl);
			if (type.contains("html")) {
				Matcher m = LINK.matcher(body);
				while (m.find()) {
					String link = m.group(1);
					if (link.contains(String.valueOf(quad.id())) || link.contains(String.valueOf(meetingId))
							|| link.contains(String.valueOf(zoneId)) || seats.values().stream()
								.anyMatch(id -> link.contains("/" + id)) || !link.matches(".*/\\d+.*")) {
						queue.add(link);
					}
				}
			}
		}
		return crawl;
	}

	private static boolean skip(String path) {
		return path.startsWith("/webjars") || path.startsWith("/css") || path.startsWith("/js")
				|| path.startsWith("/logout") || path.startsWith("/login") || path.contains("/events")
				|| path.contains("lang=") || path.startsWith("/v3/") || path.startsWith("/swagger")
				|| path.endsWith(".pdf") || path.endsWith(".xlsx") || path.startsWith("/favicon");
	}

	private void check(String path, String type, String body, Crawl crawl) {
		if (!body.contains(token)) {
			return;
		}
		crawl.pagesWithPayload.add(path);
		if (type.contains("html")) {
			for (String raw : RAW) {
				int at = body.indexOf(raw);
				if (at >= 0) {
					crawl.problems.add(path + " shows the payload raw: ..."
							+ body.substring(Math.max(0, at - 80), Math.min(body.length(), at + 40)) + "...");
				}
			}
			if (body.contains("javascript:")) {
				crawl.problems.add(path + " carries a javascript: URL");
			}
		}
		else if (!type.contains("json") && !type.contains("csv") && !type.contains("text/plain")) {
			crawl.problems.add(path + " serves user text as " + type);
		}
		String prefix = "X" + token;
		for (int at = body.indexOf(prefix); at >= 0; at = body.indexOf(prefix, at + 1)) {
			String after = body.substring(at + prefix.length(), Math.min(body.length(), at + 400));
			if (after.contains("49") && !after.contains("7*7")) {
				crawl.problems.add(path + " evaluated a template expression: " + after.substring(0, Math.min(160, after.length())));
			}
		}
	}
}
