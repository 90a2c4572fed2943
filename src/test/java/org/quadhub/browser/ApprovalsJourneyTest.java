package org.quadhub.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.quadhub.approvals.Approvals;
import org.quadhub.approvals.ApprovalsTestSupport;
import org.quadhub.approvals.CaseDetails;
import org.quadhub.approvals.OpenCase;
import org.quadhub.shared.Actor;
import org.quadhub.users.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agency officer in a real headless Chromium: signs in, finds the QUAD's step in the inbox queue, approves it
 * on the case page, and the case page reached from the QUAD shows the step approved and the next steps open.
 * Skips like {@link BrowserJourneyTest} when Chromium is missing, unless {@code QUADHUB_REQUIRE_BROWSER=true}.
 */
@QuadHubTest
class ApprovalsJourneyTest extends BrowserJourney {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Approvals approvals;

	@Autowired
	Users users;

	@Test
	void anAgencyOfficerApprovesAStepFromTheInboxAndTheQuadsCasePageUpdates() throws IOException {
		long quadId = fixtures.quad(fixtures.quartet()).id();
		String officer = ApprovalsTestSupport.officer(users, "BOI");
		CaseDetails c = approvals.open(Actor.system(), new OpenCase("QUAD", quadId,
				approvals.latest(Approvals.QUAD_ESTABLISHMENT).orElseThrow().id()));
		long boi = c.step("BOI_REGISTRATION").id();

		browser.get(url("/login"));
		type("username", officer);
		type("password", Fixtures.PASSWORD);
		browser.findElement(By.id("sign-in")).click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("nav-approvals"))).click();

		WebElement row = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("queue-step-" + boi)));
		assertThat(row.getText()).contains("BOI registration");
		screenshot("approvals-inbox");
		row.findElement(By.cssSelector("a.queue-open")).click();

		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("decide-BOI_REGISTRATION")));
		new Select(browser.findElement(By.id("outcome-" + boi))).selectByValue("APPROVED");
		type("reason-" + boi, "Registered as an SEZ enterprise");
		browser.findElement(By.id("submit-BOI_REGISTRATION")).click();
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("case-done")));
		assertThat(browser.findElements(By.id("decide-BOI_REGISTRATION"))).isEmpty();

		// the QUAD's own page leads to the same case, which now shows the decision and the steps it opened
		browser.get(url("/quads/" + quadId));
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("quad-approval-case"))).click();
		WebElement steps = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("case-steps")));
		assertThat(browser.getCurrentUrl()).endsWith("/approvals/cases/" + c.id());
		assertThat(steps.findElement(By.id("step-" + boi)).getText()).contains("Approved").contains(officer);
		assertThat(steps.findElement(By.id("step-" + c.step("SEZ_PLOT_ALLOTMENT").id())).getText()).contains("Open");
		assertThat(steps.findElement(By.id("step-" + c.step("FBR_TAX_EXEMPTION").id())).getText()).contains("Waiting");
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#case-timeline svg")));
		screenshot("approvals-case");
	}
}
