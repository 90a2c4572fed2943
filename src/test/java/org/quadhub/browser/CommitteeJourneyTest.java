package org.quadhub.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.quadhub.committee.CommitteeApi;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A committee member for China in a real headless Chromium: sees minutes Pakistan signed days ago waiting for
 * China's signature, signs them, and sees the status change; then finds an overdue action item in red on the
 * tracker. Skips without Chromium unless {@code QUADHUB_REQUIRE_BROWSER=true}.
 */
@QuadHubTest
class CommitteeJourneyTest extends BrowserJourney {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Clock clock;

	@Test
	void aChineseMemberSignsMinutesPakistanSignedAndSeesThemWaitForIssue() throws Exception {
		CommitteeApi api = new CommitteeApi(mvc, json, fixtures);
		LocalDate today = LocalDate.now(clock);
		long meeting = api.meeting(today.minusDays(20));
		api.minutes(meeting, "1. The committee reviewed the QUAD pipeline.\n2. Both sides agreed the next steps.");
		String pakistan = api.member("PK");
		api.sign(pakistan, meeting, Map.of("signedOn", today.minusDays(5).toString()));
		String task = Fixtures.unique("Send the technical team");
		api.asAdmin(post(CommitteeApi.BASE + "/meetings/" + meeting + "/action-items"), Map.of("title", task,
				"ownerSide", "CN", "ownerName", "NDRC desk officer", "dueDate", today.minusDays(2).toString()));
		String china = api.member("CN");

		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(china);
		browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		browser.findElement(By.id("sign-in")).click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("nav-committee"))).click();
		WebElement awaiting = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("awaiting-minutes")));
		WebElement row = awaiting.findElement(By.xpath(".//a[contains(@href, '/committee/meetings/" + meeting + "')]/ancestor::tr"));
		assertThat(row.getText()).contains("Signed by Pakistan").contains("China's signature").contains("5");
		row.findElement(By.tagName("a")).click();

		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("minutes-state")));
		assertThat(browser.findElement(By.id("minutes-state")).getText()).isEqualTo("Signed by Pakistan");
		assertThat(browser.findElement(By.id("minutes-waiting")).getText())
			.isEqualTo("Waiting 5 days for the signature of China's side");
		screenshot("committee-minutes-before-signing");
		browser.findElement(By.id("sign-minutes")).click();

		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("signed-notice")));
		assertThat(browser.findElement(By.id("minutes-state")).getText()).isEqualTo("Signed by China");
		assertThat(browser.findElement(By.id("signatures")).getText()).contains(pakistan).contains(china);
		assertThat(browser.findElements(By.id("sign-minutes"))).isEmpty();
		screenshot("committee-minutes-signed");

		browser.get(url("/committee/actions?overdue=true"));
		WebElement overdue = waiting().until(ExpectedConditions.presenceOfElementLocated(
				By.xpath("//table[@id='action-items']//tr[td[contains(., '" + task + "')]]")));
		assertThat(overdue.getAttribute("class")).contains("overdue");
		assertThat(overdue.findElement(By.tagName("td")).getCssValue("color")).isEqualTo("rgba(179, 38, 30, 1)");
		assertThat(overdue.getText()).contains("2 days overdue");
		screenshot("committee-action-tracker");
	}
}
