package org.quadhub.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst in headless Chromium starts from the Benchmarked preset, sees an inline error for a bad sigma while
 * editing, fixes it, runs the projection and reads the headline probability beside the drawn fan and tornado
 * charts. Skips without Chromium unless {@code QUADHUB_REQUIRE_BROWSER=true}.
 */
@QuadHubTest
class ProjectionJourneyTest extends BrowserJourney {

	@Override
	WebDriverWait waiting() {
		return new WebDriverWait(browser, Duration.ofSeconds(60));
	}

	private void retype(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
	}

	@Test
	void anAnalystEditsAPresetRunsItAndReadsTheHeadlineAndCharts() throws IOException {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(Fixtures.ADMIN);
		browser.findElement(By.id("password")).sendKeys(Fixtures.ADMIN_PASSWORD);
		browser.findElement(By.id("sign-in")).click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("nav-projections"))).click();
		waiting().until(ExpectedConditions.elementToBeClickable(By.id("preset-benchmarked"))).click();

		String peak = "in-sectors.ELECTRONICS.peakExportsUsd";
		retype(peak, "lognormal median=1.5e9 sigma=-1");
		WebElement inline = waiting().until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#errs-sectors_ELECTRONICS_peakExportsUsd p")));
		assertThat(inline.getText()).contains("sigma").contains("must be 0 or more");
		screenshot("projection-editor-error");

		retype(peak, "lognormal median=1.5e9 sigma=1.1");
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("editor-valid")));
		assertThat(browser.findElements(By.cssSelector("#errs-sectors_ELECTRONICS_peakExportsUsd p"))).isEmpty();
		retype("in-trials", "5000");
		retype("in-name", "Benchmarked, journey");
		browser.findElement(By.id("run-projection")).click();

		WebElement headline = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("headline")));
		assertThat(headline.getText()).contains("probability that exports reach USD 200 bn in year 10");
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#fan-chart svg path")));
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tornado-chart svg path")));
		assertThat(browser.findElements(By.cssSelector("#years tbody tr"))).hasSize(15);
		screenshot("projection-run");
	}
}
