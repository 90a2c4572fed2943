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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

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
class IncentivePagesTest {

	@Autowired
	MockMvc mvc;

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

	IncentiveFixtures data;

	private final RequestPostProcessor admin = httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);

	@BeforeEach
	void setUp() {
		data = new IncentiveFixtures(incentives, quads, fixtures, approvals, users);
	}

	@Test
	void thePackageEditorShowsThePolicyLimitsAndRefusesTermsBeyondThem() throws Exception {
		PolicyDetails policy = data.published(IncentiveFixtures.policyTerms(Fixtures.unique("Editor policy"), 10, false,
				"100", "20", false, LocalDate.of(2010, 1, 1)));
		QuadDetails quad = data.establishedQuad(LocalDate.of(2021, 1, 1));
		mvc.perform(get("/quads/" + quad.id() + "/incentives").with(admin).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("package-form")))
			.andExpect(content().string(containsString("no-package")));
		mvc.perform(post("/quads/" + quad.id() + "/incentives/package").with(csrf()).with(admin)
				.param("policyVersionId", String.valueOf(policy.id())).param("appliedOn", "2020-12-01")
				.param("landTerms", "FREE").param("landMarketValue", "100000000").param("landCurrency", "PKR")
				.param("taxExemptionYears", "15").param("taxExemptionStart", "2021-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("package-error")))
			.andExpect(content().string(containsString("maxTaxExemptionYears = 10")))
			.andExpect(content().string(containsString("at most 10 years")));
		mvc.perform(post("/quads/" + quad.id() + "/incentives/package").with(csrf()).with(admin)
				.param("policyVersionId", String.valueOf(policy.id())).param("appliedOn", "2020-12-01")
				.param("landTerms", "FREE").param("landMarketValue", "100000000").param("landCurrency", "PKR")
				.param("taxExemptionYears", "10").param("taxExemptionStart", "2021-01-01")
				.param("discount_POWER", "15").param("bill_POWER", "500000000").param("currency_POWER", "PKR"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/quads/" + quad.id() + "/incentives?saved"));
		mvc.perform(get("/quads/" + quad.id() + "/incentives").with(admin).accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("package-terms")))
			.andExpect(content().string(containsString("at most 20%")))
			.andExpect(content().string(containsString("id=\"standing\"")))
			.andExpect(content().string(containsString("sign-package")));
		mvc.perform(post("/quads/" + quad.id() + "/incentives/package/sign").with(csrf()).with(admin).param("version", "0"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/quads/" + quad.id() + "/incentives").with(admin).accept(MediaType.TEXT_HTML))
			.andExpect(content().string(not(containsString("package-form"))))
			.andExpect(content().string(containsString("Signed on")));
	}

	@Test
	void aPartnerSeesItsOwnQuadsPackagePageButNotAnothersAndCannotEdit() throws Exception {
		Map<PartnerRole, Long> seats = fixtures.quartet();
		QuadDetails own = data.establishedQuad(seats, Sector.ELECTRONICS, new BigDecimal("1000000000"), 5, LocalDate.of(2022, 1, 1));
		QuadDetails other = data.establishedQuad(LocalDate.of(2022, 1, 1));
		RequestPostProcessor partner = httpBasic(fixtures.user(Role.PARTNER, seats.get(PartnerRole.CHINESE_INDUSTRY)), Fixtures.PASSWORD);
		mvc.perform(get("/quads/" + own.id() + "/incentives").with(partner).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("package-form"))));
		mvc.perform(get("/quads/" + other.id() + "/incentives").with(partner).accept(MediaType.TEXT_HTML))
			.andExpect(status().isForbidden());
		mvc.perform(get("/quads/" + other.id() + "/fiscal").with(partner).accept(MediaType.TEXT_HTML))
			.andExpect(status().isForbidden());
		mvc.perform(post("/quads/" + own.id() + "/incentives/package").with(csrf()).with(partner)
				.param("landTerms", "MARKET").param("taxExemptionYears", "0"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/fiscal").with(partner).accept(MediaType.TEXT_HTML)).andExpect(status().isForbidden());
	}

	@Test
	void theFiscalTabAndTheProgrammeSummaryDrawCostAgainstNetForex() throws Exception {
		QuadDetails quad = data.establishedQuad(LocalDate.of(2020, 1, 1));
		mvc.perform(get("/quads/" + quad.id() + "/fiscal").with(admin).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"fiscal-chart\"")))
			.andExpect(content().string(containsString("data-years=\"[2020,2021")))
			.andExpect(content().string(containsString("fiscal-ledger")))
			.andExpect(content().string(containsString("/js/incentives.js")));
		mvc.perform(get("/quads/" + quad.id() + "/fiscal").param("discountRate", "7").with(admin).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("discountRate: must be a fraction")));
		mvc.perform(get("/fiscal").with(admin).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("fiscal-quads")))
			.andExpect(content().string(containsString(quad.name())));
		mvc.perform(get("/quads/" + quad.id()).with(admin).accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("/quads/" + quad.id() + "/incentives")));
	}
}
