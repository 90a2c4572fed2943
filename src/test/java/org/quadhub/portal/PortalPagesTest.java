package org.quadhub.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.quadhub.approvals.InertiaMetrics;
import org.quadhub.committee.ActionItems;
import org.quadhub.committee.Committee;
import org.quadhub.committee.CommitteeMembers;
import org.quadhub.committee.CommitteeMinutes;
import org.quadhub.partners.Partners;
import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.Quads;
import org.quadhub.reporting.Dashboard;
import org.quadhub.reporting.Reports;
import org.quadhub.reporting.Targets;
import org.quadhub.shared.AuditHead;
import java.util.Set;
import org.quadhub.shared.Role;
import org.quadhub.shared.Actor;
import org.quadhub.partners.OrganisationDetails;
import org.quadhub.partners.OrganisationCommand;
import org.quadhub.shared.SubjectChanges;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.quadhub.users.Users;
import org.quadhub.zones.Zones;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** The public pages: anonymous, public layout, the figures a visitor cares about, and published decisions only. */
@QuadHubTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalPagesTest {

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

	@Autowired
	Zones zones;

	@Autowired
	Dashboard dashboard;

	@Autowired
	Targets targets;

	@Autowired
	InertiaMetrics inertia;

	@Autowired
	PublicPortal portal;

	PortalFixtures.Seeded seeded;

	@BeforeAll
	void seed() {
		seeded = new PortalFixtures(fixtures, partners, quads, users, reports, committee, minutes, members, actions)
			.seed("3456789.12");
	}

	String page(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void frontPageListsEveryQuadWithoutInternalNavigation() throws Exception {
		String html = page("/public");
		assertThat(html).contains(HtmlUtils.htmlEscape(seeded.quad().name()))
			.contains("href=\"/public/quads/" + seeded.quad().id() + "\"")
			.contains(PublicQuad.codeOf(seeded.quad().id()))
			.contains("id=\"programme-chart\"")
			.contains("/js/portal.js")
			.doesNotContain("href=\"/login\"").doesNotContain("nav-committee").doesNotContain("href=\"/quads")
			.doesNotContain("??");
		if (portal.auditHeads().isEmpty()) {
			assertThat(html).contains("id=\"audit-not-published\"").contains("Not yet published.");
		}
		else {
			assertThat(html).contains(portal.auditHeads().get(0).hash());
		}
	}

	@Test
	void aRenamedPartnerShowsAtOnceAlthoughTheListIsKeptBetweenVisitors() throws Exception {
		page("/public"); // the public QUAD list is built and kept
		long id = seeded.quad().partners().get(PartnerRole.PAKISTANI_ACADEMIA).id();
		OrganisationDetails before = partners.find(Actor.system(), id);
		String renamed = "Renamedpartner" + System.nanoTime();
		partners.update(new Actor("authority", Set.of(Role.AUTHORITY), null), id, new OrganisationCommand(renamed,
				before.nameZh(), before.nameUr(), before.country(), before.kind(), Set.copyOf(before.sectors()),
				Set.copyOf(before.capabilities()), before.city(), before.province(), before.website(),
				before.contactName(), before.contactEmail(), before.contactPhone(), before.description(),
				before.active(), before.version(), before.nativeName()));
		assertThat(page("/public")).contains(renamed);
		assertThat(page("/public/quads/" + seeded.quad().id())).contains(renamed);
	}

	@Test
	void quadPageShowsPartnersTrajectoryAndOnlyPublishedDecisions() throws Exception {
		String html = page("/public/quads/" + seeded.quad().id());
		assertThat(html).contains(HtmlUtils.htmlEscape(seeded.quad().partners().get(PartnerRole.CHINESE_INDUSTRY).name()))
			.contains(PublicQuad.codeOf(seeded.quad().id()))
			.contains("id=\"quad-chart\"").contains("data-months=")
			.contains(seeded.publicDecision())
			.doesNotContain("Canarydraftdecision");
		assertThat(html).contains("USD 3.5 m in total");
	}

	@Test
	void signedInUsersSeeTheSamePublicPage() throws Exception {
		mvc.perform(get("/public").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void keptHtmlIsOnlyForAnonymousVisitorsOfTheSameLanguage() throws Exception {
		String overview = page("/");
		String signedIn = mvc.perform(get("/").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(signedIn).contains("class=\"who\"");
		assertThat(page("/")).isEqualTo(overview).doesNotContain("class=\"who\"");
		String anonymous = page("/public");
		String chinese = page("/public?lang=zh");
		assertThat(chinese).isNotEqualTo(anonymous).contains("lang=\"zh\"");
		assertThat(page("/public?lang=zh")).isEqualTo(chinese);
	}

	@Test
	void unknownQuadIsNotFound() throws Exception {
		mvc.perform(get("/public/quads/987654321")).andExpect(status().isNotFound());
	}

	@Test
	void agenciesAreShownByAgencyWithMedianAndShareWithinDeadline() throws Exception {
		String html = page("/public/agencies");
		List<AgencyTimeliness> agencies = portal.agencies();
		assertThat(agencies).isNotEmpty();
		assertThat(agencies).allSatisfy(a -> assertThat(a.agency()).isNotBlank());
		AgencyTimeliness decided = agencies.stream().filter(a -> a.decided() > 0).findFirst().orElseThrow();
		assertThat(decided.medianWorkingDays()).isNotNull();
		assertThat(html).contains("id=\"public-agencies\"").contains(">" + decided.agency() + "<")
			.contains("Median working days");
	}

	@Test
	void decisionsPageShowsDecisionsOfFinalMinutesOnly() throws Exception {
		String html = page("/public/decisions");
		assertThat(html).contains(seeded.publicDecision()).doesNotContain("Canarydraftdecision");
		assertThat(portal.decisions()).extracting(PublicDecision::textEn).contains(seeded.publicDecision())
			.noneMatch(t -> t.startsWith("Canarydraftdecision"));
		PublicDecision mine = portal.decisions().stream().filter(d -> d.textEn().equals(seeded.publicDecision()))
			.findFirst().orElseThrow();
		assertThat(mine.text("zh")).startsWith("公开决定");
		assertThat(mine.text("ur")).startsWith("عوامی فیصلہ");
		assertThat(mine.quadId()).isEqualTo(seeded.quad().id());
	}

	@Test
	void openDataPageDocumentsEveryFieldAndTheLicence() throws Exception {
		String html = page("/public/open-data");
		assertThat(html).contains(OpenData.LICENCE_URL).contains("href=\"/open-data/quads.csv\"")
			.contains("href=\"/open-data/quads.json\"").doesNotContain("??portal");
		for (String field : OpenData.header()) {
			assertThat(html).contains("<code dir=\"ltr\">" + field + "</code>");
		}
	}

	@Test
	void programmeTotalsCountAcceptedExportsOnly() {
		ProgrammeTotals totals = portal.programme();
		assertThat(totals.targetUsd()).isEqualByComparingTo("200000000000");
		// The programme total is the sum of the QUADs' accepted exports (the shared test database holds other
		// tests' QUADs too), and the seeded QUAD counts its accepted report only, not the submitted or returned ones.
		java.math.BigDecimal sum = portal.quads().stream().map(PublicQuad::acceptedExportsUsd)
			.reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
		assertThat(totals.acceptedExportsUsd()).isEqualByComparingTo(sum);
		PublicQuad quad = portal.quad(seeded.quad().id());
		assertThat(quad.acceptedExportsUsd()).isEqualByComparingTo("3456789.12");
		assertThat(quad.trailingAcceptedUsd()).isEqualByComparingTo("3456789.12");
	}

	@Test
	void publishedAuditHeadsComeFromTheAuditModuleWhenPresent() {
		AuditHead.Published head = new AuditHead.Published(LocalDate.of(2026, 11, 28), 41, 41,
				"a".repeat(64));
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("auditHead", (AuditHead) limit -> List.of(head));
		PublicPortal withAudit = new PublicPortal(quads, partners, zones, reports, dashboard, targets, inertia,
				committee, beans.getBeanProvider(AuditHead.class), beans.getBeanProvider(SubjectChanges.class));
		assertThat(withAudit.auditHeads()).containsExactly(head);
		PublicPortal withoutAudit = new PublicPortal(quads, partners, zones, reports, dashboard, targets, inertia,
				committee, new StaticListableBeanFactory().getBeanProvider(AuditHead.class),
				new StaticListableBeanFactory().getBeanProvider(SubjectChanges.class));
		assertThat(withoutAudit.auditHeads()).isEmpty();
	}
}
