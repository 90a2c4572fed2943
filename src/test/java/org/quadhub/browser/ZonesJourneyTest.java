package org.quadhub.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quadhub.incentives.Incentives;
import org.quadhub.incentives.PolicyCommand;
import org.quadhub.incentives.PolicyDetails;
import org.quadhub.quads.ProposeQuad;
import org.quadhub.approvals.Approvals;
import org.quadhub.approvals.ApprovalsTestSupport;
import org.quadhub.quads.QuadDetails;
import org.quadhub.users.Users;
import org.quadhub.quads.QuadStatus;
import org.quadhub.quads.Quads;
import org.quadhub.quads.TransitionQuad;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Sector;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinating-authority officer in headless Chromium designates a zone, allocates a plot to a QUAD, drafts a
 * package beyond its policy (and reads which term), fixes and signs it, and sees the fiscal chart. Skips without
 * Chromium unless {@code QUADHUB_REQUIRE_BROWSER=true}.
 */
@QuadHubTest
class ZonesJourneyTest extends BrowserJourney {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Quads quads;

	@Autowired
	Approvals approvals;

	@Autowired
	Users users;

	@Autowired
	Incentives incentives;

	@Override
	WebDriverWait waiting() {
		return new WebDriverWait(browser, Duration.ofSeconds(20));
	}

	@Test
	void anOfficerDesignatesAZoneAllocatesAPlotSignsAPackageAndReadsTheFiscalChart() throws IOException {
		QuadDetails quad = quads.propose(Actor.system(), new ProposeQuad(Fixtures.unique("Journey QUAD"),
				Sector.ELECTRIC_VEHICLES_AND_BATTERIES, "EV packs", List.of("850760"), fixtures.quartet(),
				new BigDecimal("2000000000"), 4));
		for (QuadStatus step : List.of(QuadStatus.UNDER_REVIEW, QuadStatus.APPROVED, QuadStatus.AGREEMENT_SIGNED,
				QuadStatus.ESTABLISHED)) {
			if (step == QuadStatus.APPROVED) {
				ApprovalsTestSupport.approveEstablishment(approvals, users, quad.id());
			}
			quads.transition(Actor.system(), quad.id(), new TransitionQuad(step, "journey", LocalDate.of(2021, 7, 1)));
		}
		String policyName = Fixtures.unique("Journey policy");
		PolicyDetails policy = incentives.createPolicy(Actor.system(), new PolicyCommand(policyName, "Journey legal basis",
				10, true, new BigDecimal("100"), new BigDecimal("20"), new BigDecimal("20"), new BigDecimal("20"), true,
				null, LocalDate.of(2015, 1, 1), null, null));
		incentives.publishPolicy(Actor.system(), policy.id());

		browser.get(url("/login"));
		type("username", Fixtures.ADMIN);
		type("password", Fixtures.ADMIN_PASSWORD);
		browser.findElement(By.id("sign-in")).click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("nav-zones"))).click();

		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("new-zone"))).click();
		String zoneName = Fixtures.unique("Journey SEZ");
		type("name", zoneName);
		new Select(browser.findElement(By.id("province"))).selectByValue("SINDH");
		type("district", "Thatta");
		type("totalAcres", "1530");
		type("allocatableAcres", "1000");
		browser.findElement(By.id("create-zone")).click();
		waiting().until(ExpectedConditions.textToBe(By.id("zone-name"), zoneName));

		new Select(browser.findElement(By.id("quadId"))).selectByValue(String.valueOf(quad.id()));
		type("acres", "250");
		browser.findElement(By.id("allocate")).click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("free-acres"), "750.00"));
		assertThat(browser.findElement(By.id("area-bar")).getAttribute("aria-label")).contains("25.0%");
		screenshot("zone-detail");

		browser.get(url("/quads/" + quad.id() + "/incentives"));
		new Select(waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("policyVersionId"))))
			.selectByVisibleText(policyName);
		type("appliedOn", "06/01/2021");
		if (!"2021-06-01".equals(browser.findElement(By.id("appliedOn")).getAttribute("value"))) {
			type("appliedOn", "2021-06-01");
		}
		type("taxExemptionYears", "15");
		type("taxExemptionStart", "07/01/2021");
		if (!"2021-07-01".equals(browser.findElement(By.id("taxExemptionStart")).getAttribute("value"))) {
			type("taxExemptionStart", "2021-07-01");
		}
		new Select(browser.findElement(By.id("landTerms"))).selectByValue("FREE");
		type("landMarketValue", "500000000");
		browser.findElement(By.id("save-package")).click();
		WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("package-error")));
		assertThat(error.getText()).contains("maxTaxExemptionYears = 10");
		assertThat(browser.findElement(By.id("limit-taxExemptionYears")).getText()).contains("10");
		screenshot("package-beyond-policy");

		type("taxExemptionYears", "10");
		browser.findElement(By.id("save-package")).click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("sign-package"))).click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("package-terms")));
		assertThat(browser.findElement(By.id("package-terms")).getText()).contains("Signed on");

		browser.findElement(By.id("fiscal-tab")).click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#fiscal-chart svg")));
		assertThat(browser.findElement(By.id("fiscal-ledger")).getText()).contains("2021");
		screenshot("fiscal-tab");
	}
}
