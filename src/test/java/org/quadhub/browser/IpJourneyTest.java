package org.quadhub.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quadhub.quads.QuadDetails;
import org.quadhub.shared.Actor;
import org.quadhub.skills.DemandRow;
import org.quadhub.skills.SkillCategory;
import org.quadhub.skills.SkillsPipeline;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An authority officer opens a QUAD's IP page from the QUAD, adds a technology-transfer milestone due in a month,
 * finds it on the programme deadlines page, then opens the skills page and sees the gap chart drawn. Skips without
 * Chromium unless {@code QUADHUB_REQUIRE_BROWSER=true}.
 */
@QuadHubTest
class IpJourneyTest extends BrowserJourney {

	@Autowired
	Fixtures fixtures;

	@Autowired
	SkillsPipeline skills;

	@Override
	WebDriverWait waiting() {
		return new WebDriverWait(browser, Duration.ofSeconds(20));
	}

	@Test
	void anOfficerAddsAMilestoneSeesItsDeadlineAndReadsTheSkillsGap() throws IOException {
		QuadDetails quad = fixtures.quad(fixtures.quartet());
		skills.replaceDemand(Actor.system(), quad.id(), List.of(new DemandRow(2027, SkillCategory.ENGINEERS, 120),
				new DemandRow(2027, SkillCategory.TECHNICIANS, 300)));

		browser.get(url("/login"));
		type("username", Fixtures.ADMIN);
		type("password", Fixtures.ADMIN_PASSWORD);
		browser.findElement(By.id("sign-in")).click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("nav-ip")));
		browser.get(url("/quads/" + quad.id()));
		waiting().until(ExpectedConditions.elementToBeClickable(By.id("quad-ip-link"))).click();

		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("milestone-form")));
		browser.findElement(By.cssSelector("#milestone-form")).findElement(By.xpath("..")).findElement(By.tagName("summary"))
			.click();
		String title = Fixtures.unique("Local module line commissioned");
		type("m-title", title);
		String planned = LocalDate.now().plusDays(30).toString();
		((org.openqa.selenium.JavascriptExecutor) browser)
			.executeScript("document.getElementById('m-planned').value = arguments[0];", planned);
		browser.findElement(By.id("add-milestone")).click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("ip-milestones")));
		assertThat(browser.findElement(By.id("ip-milestones")).getText()).contains(title);
		assertThat(browser.findElement(By.id("ip-deadlines")).getText()).contains(title);
		screenshot("ip-quad");

		browser.findElement(By.id("nav-ip")).click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("office-rules")));
		assertThat(browser.findElement(By.id("programme-deadlines")).getText()).contains(title);

		browser.get(url("/quads/" + quad.id()));
		waiting().until(ExpectedConditions.elementToBeClickable(By.id("quad-skills-link"))).click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#skills-chart svg")));
		assertThat(browser.findElement(By.id("skills-gap")).getText()).contains("2027");
		screenshot("skills-gap");
	}
}
