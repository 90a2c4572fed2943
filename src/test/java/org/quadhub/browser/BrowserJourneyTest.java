package org.quadhub.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;

import java.io.IOException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinating-authority officer in a real headless Chromium: signs in, registers the four partners, forms a
 * QUAD, finds it on the overview, and sees an inline error when a partner is put in the wrong seat. Skips with a
 * message when Chromium is missing, unless {@code QUADHUB_REQUIRE_BROWSER=true} (CI), where that is a failure.
 */
@QuadHubTest
class BrowserJourneyTest extends BrowserJourney {

	private long registerOrganisation(String name, String country, String kind) {
		browser.get(url("/organisations/new"));
		type("name", name);
		new Select(browser.findElement(By.id("country"))).selectByValue(country);
		new Select(browser.findElement(By.id("kind"))).selectByValue(kind);
		browser.findElement(By.cssSelector("input[name='sectors'][value='ELECTRIC_VEHICLES_AND_BATTERIES']")).click();
		type("capabilities", "battery chemistry, testing");
		type("city", "CN".equals(country) ? "Shenzhen" : "Karachi");
		browser.findElement(By.id("save-organisation")).click();
		waiting().until(ExpectedConditions.textToBe(By.id("organisation-name"), name));
		String path = browser.getCurrentUrl().replaceAll("^.*/organisations/(\\d+).*$", "$1");
		return Long.parseLong(path);
	}

	@Test
	void anOfficerRegistersFourPartnersFormsAQuadAndSeesItOnTheOverview() throws IOException {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		browser.get(url("/login"));
		type("username", Fixtures.ADMIN);
		type("password", Fixtures.ADMIN_PASSWORD);
		browser.findElement(By.id("sign-in")).click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("nav-form-quad")));

		String byd = "BYD Test " + tag;
		String hubco = "Hubco Test " + tag;
		String tsinghua = "Tsinghua Test " + tag;
		String nust = "NUST Test " + tag;
		long bydId = registerOrganisation(byd, "CN", "INDUSTRY");
		long hubcoId = registerOrganisation(hubco, "PK", "INDUSTRY");
		registerOrganisation(tsinghua, "CN", "ACADEMIA");
		registerOrganisation(nust, "PK", "ACADEMIA");

		// A wrong-role attempt: the two companies swapped (the pickers offer only fitting organisations, so the
		// swap is forced into the page the way a tampered or stale form would send it)
		String quadName = "EV QUAD " + tag;
		fillQuadForm(quadName, byd, hubco, tsinghua, nust);
		((JavascriptExecutor) browser).executeScript(
				"function force(id, value) { var s = document.getElementById(id);"
						+ " var o = document.createElement('option'); o.value = value; o.text = 'forced ' + value;"
						+ " s.appendChild(o); s.value = value; }"
						+ "force('partner-CHINESE_INDUSTRY', arguments[0]); force('partner-PAKISTANI_INDUSTRY', arguments[1]);",
				String.valueOf(hubcoId), String.valueOf(bydId));
		browser.findElement(By.id("propose-quad")).click();
		WebElement inline = waiting().until(
				ExpectedConditions.visibilityOfElementLocated(By.id("partner-CHINESE_INDUSTRY-error")));
		assertThat(inline.getText()).contains(hubco).contains("Chinese company");
		assertThat(browser.findElement(By.id("form-errors")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo(quadName);
		screenshot("wrong-role-inline-error");

		// The same QUAD with every partner in its own seat
		fillQuadForm(quadName, byd, hubco, tsinghua, nust);
		browser.findElement(By.id("propose-quad")).click();
		waiting().until(ExpectedConditions.textToBe(By.id("quad-name"), quadName));
		assertThat(browser.findElement(By.id("quad-partners")).getText()).contains(byd, hubco, tsinghua, nust);
		assertThat(browser.findElement(By.id("quad-history")).getText()).contains("admin");

		browser.get(url("/"));
		WebElement overview = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("overview-quads")));
		assertThat(overview.getText()).contains(quadName);
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#status-chart svg")));
		screenshot("overview");
	}

	private void fillQuadForm(String name, String chineseCompany, String pakistaniCompany, String chineseUniversity,
			String pakistaniUniversity) {
		browser.get(url("/quads/new"));
		type("name", name);
		new Select(browser.findElement(By.id("productCategory"))).selectByValue("ELECTRIC_VEHICLES_AND_BATTERIES");
		type("productDescription", "Battery-electric passenger cars");
		type("hsCodes", "870380, 850760");
		new Select(browser.findElement(By.id("partner-CHINESE_INDUSTRY"))).selectByVisibleText(chineseCompany);
		new Select(browser.findElement(By.id("partner-PAKISTANI_INDUSTRY"))).selectByVisibleText(pakistaniCompany);
		new Select(browser.findElement(By.id("partner-CHINESE_ACADEMIA"))).selectByVisibleText(chineseUniversity);
		new Select(browser.findElement(By.id("partner-PAKISTANI_ACADEMIA"))).selectByVisibleText(pakistaniUniversity);
	}
}
