package org.quadhub.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer uses the platform in Urdu (right to left, mirrored, Nastaliq font) and in Chinese (Noto Sans SC), in
 * headless Chromium, choosing the language with the switcher and keeping it across pages through the cookie.
 * Screenshots go to target/screenshots. Skips without Chromium unless {@code QUADHUB_REQUIRE_BROWSER=true}.
 */
@QuadHubTest
class LanguagesJourneyTest extends BrowserJourney {

	private static final String ARABIC_SCRIPT = ".*[\\u0600-\\u06FF].*";
	private static final String HAN = ".*[\\u4E00-\\u9FFF].*";

	@BeforeEach
	void freshSession() {
		browser.manage().deleteAllCookies();
	}

	@Test
	void urduIsRightToLeftWithTheNavigationMirroredAndUrduText() throws IOException {
		browser.get(url("/login?lang=ur"));
		assertThat(attribute("html", "dir")).isEqualTo("rtl");
		assertThat(attribute("html", "lang")).isEqualTo("ur");
		assertThat(browser.findElement(By.tagName("h1")).getText()).matches(ARABIC_SCRIPT);
		signIn();

		// The cookie keeps Urdu after the sign-in redirect, without any lang parameter.
		waiting().until(ExpectedConditions.urlToBe(url("/")));
		assertThat(attribute("html", "dir")).isEqualTo("rtl");
		WebElement heading = browser.findElement(By.tagName("h1"));
		assertThat(heading.getText()).isEqualTo("پروگرام کا جائزہ");

		// Mirrored: the brand sits at the right edge of the header and the navigation runs right to left.
		Rectangle header = rect(browser.findElement(By.cssSelector("header.site-header")));
		Rectangle brand = rect(browser.findElement(By.cssSelector(".brand")));
		int headerRight = header.getX() + header.getWidth();
		assertThat(headerRight - (brand.getX() + brand.getWidth())).as("brand near the right edge").isLessThan(40);
		assertThat(brand.getX()).as("brand in the right half").isGreaterThan(header.getX() + header.getWidth() / 2);
		List<WebElement> items = browser.findElements(By.cssSelector("header nav ul li"));
		Rectangle first = rect(items.get(0));
		Rectangle second = rect(items.get(1));
		assertThat(first.getY()).isEqualTo(second.getY());
		assertThat(first.getX()).as("first menu item right of the second").isGreaterThan(second.getX());
		assertThat(items.get(0).getText()).matches(ARABIC_SCRIPT);
		// The main heading starts at the right: its right edge is the content column's right edge.
		Rectangle main = rect(browser.findElement(By.id("main")));
		assertThat(Math.abs(main.getX() + main.getWidth() - rightOfText(heading))).isLessThan(40);
		assertThat(fontLoaded("Noto Nastaliq Urdu")).as("bundled Urdu font loaded").isTrue();

		// Another page, still Urdu; then the switcher goes back to English and left to right.
		browser.get(url("/organisations"));
		assertThat(attribute("html", "dir")).isEqualTo("rtl");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ادارے");
		saveScreenshot("urdu-organisations");
		browser.get(url("/"));
		saveScreenshot("urdu-overview");
		browser.findElement(By.id("lang-en")).click();
		waiting().until(d -> "ltr".equals(attribute("html", "dir")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Programme overview");
		Rectangle brandLtr = rect(browser.findElement(By.cssSelector(".brand")));
		assertThat(brandLtr.getX()).as("brand back at the left").isLessThan(header.getX() + 40);
	}

	@Test
	void chineseIsSimplifiedWithItsFontAndLocalNumbers() throws IOException {
		browser.get(url("/login"));
		assertThat(attribute("html", "lang")).isEqualTo("en");
		browser.findElement(By.id("lang-zh")).click();
		waiting().until(d -> "zh".equals(attribute("html", "lang")));
		assertThat(attribute("html", "dir")).isEqualTo("ltr");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("登录");
		signIn();
		waiting().until(ExpectedConditions.urlToBe(url("/")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("计划概览");
		assertThat(browser.findElement(By.cssSelector("header nav ul li")).getText()).matches(HAN);
		assertThat(fontLoaded("Noto Sans SC")).as("bundled Chinese font loaded").isTrue();
		browser.get(url("/quads"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("四方合作体");
		saveScreenshot("chinese-quads");
		browser.get(url("/"));
		saveScreenshot("chinese-overview");
	}

	private void signIn() {
		type("username", Fixtures.ADMIN);
		type("password", Fixtures.ADMIN_PASSWORD);
		browser.findElement(By.id("sign-in")).click();
	}

	private String attribute(String tag, String name) {
		return browser.findElement(By.tagName(tag)).getDomAttribute(name);
	}

	private static Rectangle rect(WebElement element) {
		return element.getRect();
	}

	/** Right edge of an element's text (a block's own box spans the whole line, its text does not). */
	private static int rightOfText(WebElement element) {
		Object right = ((JavascriptExecutor) browser).executeScript(
				"var r = document.createRange(); r.selectNodeContents(arguments[0]);"
						+ " return Math.round(r.getBoundingClientRect().right);", element);
		return ((Number) right).intValue();
	}

	/** Whether the page has downloaded and uses the bundled font face (served from /fonts, no CDN). */
	private static boolean fontLoaded(String family) {
		Object loaded = ((JavascriptExecutor) browser).executeAsyncScript(
				"var done = arguments[arguments.length - 1], family = arguments[0];"
						+ " document.fonts.ready.then(function () {"
						+ "   var faces = []; document.fonts.forEach(function (f) { faces.push(f); });"
						+ "   done(faces.some(function (f) { return f.family.replace(/\"/g, '') === family && f.status === 'loaded'; }));"
						+ " });", family);
		return Boolean.TRUE.equals(loaded);
	}

	private static void saveScreenshot(String name) throws IOException {
		Path target = Path.of("target", "screenshots");
		Files.createDirectories(target);
		File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), target.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}
}
