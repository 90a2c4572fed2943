package org.quadhub.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
class ReportingJourneyTest {

	private static final File CHROMIUM = new File("/usr/bin/chromium");
	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private static WebDriver browser;
	private static Path profile;

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Quads quads;

	@Autowired
	Reports reports;

	@Autowired
	Targets targets;

	@BeforeAll
	static void startBrowser() throws IOException {
		boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
		if (!present) {
			String message = "Headless Chromium not found at " + CHROMIUM + " and " + CHROMEDRIVER;
			if ("true".equalsIgnoreCase(System.getenv("QUADHUB_REQUIRE_BROWSER"))) {
				throw new IllegalStateException(message + "; QUADHUB_REQUIRE_BROWSER=true makes this a failure");
			}
			Assumptions.abort(message + "; skipping the reporting journey");
		}
		profile = Files.createTempDirectory("quadhub-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1000", "--user-data-dir=" + profile,
				"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
		}
		if (profile != null) {
			FileSystemUtils.deleteRecursively(profile);
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private WebDriverWait waiting() {
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

	private void screenshot(String name) throws IOException {
		Path target = Path.of("target", "browser");
		Files.createDirectories(target);
		File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), target.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
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
