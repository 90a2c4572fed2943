package org.quadhub.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * What every browser journey shares: one headless Chromium per test class (offline, with its own profile), the
 * application's address, waits, typing and screenshots under target/browser. Skips with a message when Chromium is
 * missing, unless {@code QUADHUB_REQUIRE_BROWSER=true} (CI), where that is a failure.
 */
abstract class BrowserJourney {

	static final File CHROMIUM = new File("/usr/bin/chromium");
	static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	static WebDriver browser;
	private static Path profile;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		if (!(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute())) {
			String message = "Headless Chromium not found at " + CHROMIUM + " and " + CHROMEDRIVER
					+ " (apt-get install chromium chromium-driver)";
			if ("true".equalsIgnoreCase(System.getenv("QUADHUB_REQUIRE_BROWSER"))) {
				throw new IllegalStateException(message + "; QUADHUB_REQUIRE_BROWSER=true makes this a failure");
			}
			Assumptions.abort(message + "; skipping the browser journey");
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
			browser = null;
		}
		if (profile != null) {
			FileSystemUtils.deleteRecursively(profile);
		}
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	WebDriverWait waiting() {
		return new WebDriverWait(browser, Duration.ofSeconds(15));
	}

	void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	void screenshot(String name) throws IOException {
		Path target = Path.of("target", "browser");
		Files.createDirectories(target);
		File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), target.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}
}
