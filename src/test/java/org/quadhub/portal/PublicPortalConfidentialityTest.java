package org.quadhub.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.quadhub.committee.ActionItems;
import org.quadhub.committee.Committee;
import org.quadhub.committee.CommitteeMembers;
import org.quadhub.committee.CommitteeMinutes;
import org.quadhub.partners.Partners;
import org.quadhub.quads.Quads;
import org.quadhub.reporting.Reports;
import org.quadhub.shared.Actor;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.quadhub.users.UserInfo;
import org.quadhub.users.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * No confidential field ever appears: seeds distinctive canary values in every confidential field (partner contacts,
 * usernames and e-mails, a submitted and a returned report, the minutes, attendees and action items, a decision of
 * unsigned minutes), then crawls, anonymously, every page reachable from /public by links plus the open-data files
 * and fails on any canary, on any page that is not 200, and on any link to a non-public address.
 */
@QuadHubTest
class PublicPortalConfidentialityTest {

	private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
	private static final Pattern QUAD_PAGE = Pattern.compile("/public/quads/(\\d+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Partners partners;

	@Autowired
	Quads quads;

	@Autowired
	Users users;

	@Autowired
	Reports reports;

	@Autowired
	Committee committee;

	@Autowired
	CommitteeMinutes minutes;

	@Autowired
	CommitteeMembers members;

	@Autowired
	ActionItems actions;

	@Test
	void noCrawledPageOrFileShowsAConfidentialValue() throws Exception {
		PortalFixtures.Seeded seeded = new PortalFixtures(fixtures, partners, quads, users, reports, committee, minutes,
				members, actions).seed("2345678.91");
		List<String> canaries = new ArrayList<>(seeded.canaries());
		for (UserInfo user : users.list(Actor.system())) {
			// Every generated account name (test users, agency officers); common words like admin are not canaries.
			if (user.username().length() >= 10) {
				canaries.add(user.username());
			}
			if (user.email() != null) {
				canaries.add(user.email());
			}
		}
		long seededId = seeded.quad().id();

		Set<String> visited = new LinkedHashSet<>();
		Deque<String> queue = new ArrayDeque<>(List.of("/public", "/open-data/quads.csv", "/open-data/quads.json"));
		List<String> problems = new ArrayList<>();
		while (!queue.isEmpty()) {
			String url = queue.poll();
			if (!visited.add(url)) {
				continue;
			}
			MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
			if (response.getStatus() != 200) {
				problems.add(url + " answered " + response.getStatus());
				continue;
			}
			String body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
			for (String canary : canaries) {
				if (body.contains(canary)) {
					problems.add(url + " shows confidential value " + canary);
				}
			}
			if (!String.valueOf(response.getContentType()).startsWith("text/html")) {
				continue;
			}
			Matcher m = LINK.matcher(body);
			while (m.find()) {
				String link = m.group(1).replace("&amp;", "&");
				String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
				if (link.startsWith("#")) {
					continue;
				}
				if (link.startsWith("?")) {
					link = path + link;
				}
				if (link.startsWith("https://creativecommons.org/")) {
					continue;
				}
				if (link.startsWith("/css/") || link.startsWith("/js/") || link.startsWith("/webjars/")) {
					continue;
				}
				if (!(link.equals("/public") || link.startsWith("/public/") || link.startsWith("/public?")
						|| link.startsWith("/open-data/"))) {
					problems.add(url + " links to non-public " + link);
					continue;
				}
				Matcher quad = QUAD_PAGE.matcher(link);
				// Every QUAD page is visited; its language variants only for the seeded QUAD (the shared test
				// database holds every other test's QUADs too).
				if (quad.find() && link.contains("lang=") && Long.parseLong(quad.group(1)) != seededId) {
					continue;
				}
				queue.add(link);
			}
		}
		assertThat(problems).isEmpty();
		assertThat(visited).contains("/public/quads/" + seededId, "/public/quads/" + seededId + "?lang=ur",
				"/public/decisions", "/public/agencies", "/public/open-data", "/public?lang=zh");
		String decisions = mvc.perform(get("/public/decisions")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(decisions).as("the published decision is there, so the crawl saw committee data")
			.contains(seeded.publicDecision());
	}
}
