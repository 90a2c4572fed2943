package org.quadhub.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst in a real headless Chromium imports trade data through the form, sees Pakistan's ECI rank and the
 * product space, opens the opportunity table and goes from a product straight to the pre-filled QUAD form. Skips
 * without Chromium unless {@code QUADHUB_REQUIRE_BROWSER=true}.
 */
@QuadHubTest
class ComplexityJourneyTest extends BrowserJourney {

	private static final String[] COUNTRIES = { "PAK", "CHN", "IND", "BGD", "VNM", "DEU", "USA", "TUR", "MYS", "KOR" };
	private static final String[] PRODUCTS = { "8541", "8542", "8507", "8517", "8471", "3004", "9018", "8432", "6109",
			"6203", "5205", "1006", "2710", "7208", "8528", "4202", "9503", "3923" };

	@Override
	WebDriverWait waiting() {
		return new WebDriverWait(browser, Duration.ofSeconds(30));
	}

	@Test
	void anAnalystImportsTradeDataAndGoesFromAProductToTheQuadForm() throws IOException {
		Path csv = Files.createTempFile("trade-", ".csv");
		try {
			Files.writeString(csv, tradeFile());
			browser.get(url("/login"));
			browser.findElement(By.id("username")).sendKeys(Fixtures.ADMIN);
			browser.findElement(By.id("password")).sendKeys(Fixtures.ADMIN_PASSWORD);
			browser.findElement(By.id("sign-in")).click();
			waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("nav-complexity"))).click();

			String name = "Journey trade " + UUID.randomUUID().toString().substring(0, 6);
			browser.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
			browser.findElement(By.id("name")).sendKeys(name);
			browser.findElement(By.id("source")).sendKeys("Generated in the journey test");
			browser.findElement(By.id("licence")).sendKeys("CC0");
			browser.findElement(By.cssSelector("#import-form button[type=submit]")).click();
			waiting().until(d -> {
				d.navigate().refresh();
				return !d.findElements(By.linkText(name)).isEmpty();
			});
			browser.findElement(By.linkText(name)).click();

			WebElement rank = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("home-rank")));
			assertThat(Integer.parseInt(rank.getText())).isBetween(1, COUNTRIES.length);
			assertThat(browser.findElement(By.cssSelector("tr.home")).getText()).contains("Pakistan");

			browser.findElement(By.linkText("Product space")).click();
			waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#product-space canvas")));
			screenshot("complexity-product-space");

			browser.findElement(By.linkText("QUAD opportunities")).click();
			WebElement table = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("opportunities")));
			assertThat(table.getText()).contains("CHN RCA");
			screenshot("complexity-opportunities");
			String product = table.findElement(By.cssSelector("tbody tr")).getAttribute("data-product");
			table.findElement(By.cssSelector("tbody tr a.form-quad")).click();
			WebElement quadName = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("name")));
			assertThat(quadName.getAttribute("value")).startsWith("QUAD: ");
			assertThat(browser.findElement(By.id("productDescription")).getAttribute("value")).contains(product);
		}
		finally {
			Files.deleteIfExists(csv);
		}
	}

	private static String tradeFile() {
		Random random = new Random(5);
		StringBuilder csv = new StringBuilder("year,country,product,value\n");
		for (int c = 0; c < COUNTRIES.length; c++) {
			for (int p = 0; p < PRODUCTS.length; p++) {
				double value = Math.exp(random.nextGaussian() * 1.5) * 1e6;
				if (COUNTRIES[c].equals("CHN") && PRODUCTS[p].startsWith("85")) {
					value *= 30;
				}
				csv.append(2022).append(',').append(COUNTRIES[c]).append(',').append(PRODUCTS[p]).append(',')
					.append(String.format(Locale.ROOT, "%.0f", value)).append('\n');
			}
		}
		return csv.toString();
	}

}
