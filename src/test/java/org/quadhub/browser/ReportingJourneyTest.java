package org.quadhub.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.Quads;
import org.quadhub.reporting.ReportingFixtures;
import org.quadhub.reporting.Reports;
import org.quadhub.reporting.Targets;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner uploads a results file with one bad row in headless Chromium, sees the row error, fixes the file and
 * uploads it; the coordinating authority accepts the report and the QUAD's light on the dashboard turns green.
 * Skips like BrowserJourneyTest when Chromium is missing, unless {@code QUADHUB_REQUIRE_BROWSER=true}.
 */
@QuadHubTest
class ReportingJourneyTest extends BrowserJourney {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Quads quads;

	@Autowired
	Reports reports;

	@Autowired
	Targets targets;

	@Override
	WebDriverWait waiting() {
		return new WebDriverWait(browser, Duration.ofSeconds(30));
	}

	private void signIn(String username, String password) {
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.id("sign-in")).click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
	}

	private String light(long quadId) {
		browser.get(url("/reporting"));
		return waiting().until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector("#standing-" + quadId + " .light"))).getText();
	}

	@Test
	void aPartnerFixesARejectedFileAndTheAcceptedReportTurnsTheLightGreen() throws IOException {
		QuadDetails quad = new ReportingFixtures(fixtures, quads, reports).established(LocalDate.now().minusMonths(14));
		String partner = fixtures.user(Role.PARTNER, quad.partners().get(PartnerRole.PAKISTANI_INDUSTRY).id());
		BigDecimal needed = targets.performance(Actor.system(), quad.id()).trailingExpectedUsd()
			.setScale(2, RoundingMode.UP);
		YearMonth last = YearMonth.now().minusMonths(1);

		signIn(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
		assertThat(light(quad.id())).isEqualTo("Off track");

		signIn(partner, Fixtures.PASSWORD);
		Path file = Files.createTempFile("quadhub-journey-", ".csv");
		try {
			String header = "period,hs_code,destination,value_usd,quantity,unit\n";
			Files.writeString(file, header + last + ",851713,AE," + needed + ",1000,units\n" + last
					+ ",851713,QQ,10.00,1,units\n");
			browser.get(url("/quads/" + quad.id() + "/reports/upload"));
			browser.findElement(By.id("file")).sendKeys(file.toString());
			browser.findElement(By.id("upload-submit")).click();
			WebElement errors = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("row-errors")));
			assertThat(errors.getText()).contains("3").contains("destination").contains("QQ");
			screenshot("reporting-row-error");

			Files.writeString(file, header + last + ",851713,AE," + needed + ",1000,units\n" + last
					+ ",851713,QA,10.00,1,units\n");
			browser.get(url("/quads/" + quad.id() + "/reports/upload"));
			browser.findElement(By.id("file")).sendKeys(file.toString());
			browser.findElement(By.id("upload-submit")).click();
			waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-done")));
		}
		finally {
			Files.deleteIfExists(file);
		}

		signIn(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
		browser.get(url("/reporting/review"));
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("review-queue")));
		browser.get(url("/quads/" + quad.id() + "/reporting"));
		browser.findElement(By.linkText(last.toString())).click();
		browser.findElement(By.id("accept-report")).click();
		waiting().until(ExpectedConditions.textToBe(By.id("report-status"), "Accepted"));

		assertThat(light(quad.id())).isEqualTo("On track");
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#programme-chart svg")));
		screenshot("reporting-dashboard");
		browser.get(url("/quads/" + quad.id() + "/reporting"));
		assertThat(browser.findElement(By.id("quad-light")).getText()).isEqualTo("On track");
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trajectory-chart svg")));
		screenshot("reporting-quad");
	}
}
