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
import org.openqa.selenium.support.ui.Select;
import org.quadhub.approvals.Approvals;
import org.quadhub.approvals.ApprovalsTestSupport;
import org.quadhub.approvals.CaseDetails;
import org.quadhub.approvals.OpenCase;
import org.quadhub.shared.Actor;
import org.quadhub.users.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agency officer in a real headless Chromium: signs in, finds the QUAD's step in the inbox queue, approves it
 * on the case page, and the case page reached from the QUAD shows the step approved and the next steps open.
 * Skips like {@link BrowserJourneyTest} when Chromium is missing, unless {@code QUADHUB_REQUIRE_BROWSER=true}.
 */
@QuadHubTest
class ApprovalsJourneyTest {

	private static final File CHROMIUM = new File("/usr/bin/chromium");
	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private static WebDriver browser;
	private static Path profile;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
		if (!present) {
			String message = "Headless Chromium not found at " + CHROMIUM + " and " + CHROMEDRIVER
					+ " (apt-get install chromium chromium-driver)";
			if ("true".equalsIgnoreCase(System.getenv("QUADHUB_REQUIRE_BROWSER"))) {
				throw new IllegalStateException(message + "; QUADHUB_REQUIRE_BROWSER=true makes this a failure");
			}
			Assumptions.abort(message + "; skipping the browser journey");
		}
		profile = Files.createTempDirectory("quadhub-chromium-approvals-");
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
		return new WebDriverWait(browser, Duration.ofSeconds(15));
	}

	private void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	@Autowired
	Fixtures fixtures;

	@Autowired
	Approvals approvals;

	@Autowired
	Users users;

	private void screenshot(String name) throws IOException {
		Path target = Path.of("target", "browser");
		Files.createDirectories(target);
		File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), target.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

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
