package org.quadhub.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quadhub.partners.OrganisationCommand;
import org.quadhub.partners.OrganisationDetails;
import org.quadhub.partners.Partners;
import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.QuadDetails;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Country;
import org.quadhub.shared.Sector;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authority in a real headless Chromium asks who should build a QUAD's product and reads the explained list,
 * then runs a small programme assignment, watches it finish with its best score and assignment table, and accepts
 * it: the proposed QUADs it creates open as Proposed. Skips without Chromium unless
 * {@code QUADHUB_REQUIRE_BROWSER=true}.
 */
@QuadHubTest
class MatchingJourneyTest extends BrowserJourney {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Partners partners;

	@Override
	WebDriverWait waiting() {
		return new WebDriverWait(browser, Duration.ofSeconds(45));
	}

	@Test
	void theAuthorityAsksForPartnersThenRunsAndAcceptsAProgrammeAssignment() throws IOException {
		String run = UUID.randomUUID().toString().substring(0, 6);
		List<String> tags = List.of("journey-cells-" + run, "journey-packs-" + run, "journey-bms-" + run);
		Map<PartnerRole, OrganisationDetails> quartet = new EnumMap<>(PartnerRole.class);
		for (PartnerRole role : PartnerRole.values()) {
			// Two organisations per role with the tags, so two slots can be filled within capacity.
			// No underscores in names: another test searches for a literal underscore and expects nothing.
			String label = role.name().replace("_", " ");
			quartet.put(role, org(role, "Journey " + run + " " + label, tags));
			org(role, "Journey " + run + " second " + label, tags);
		}
		QuadDetails quad = fixtures.quad(fixtures.quartet());

		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(Fixtures.ADMIN);
		browser.findElement(By.id("password")).sendKeys(Fixtures.ADMIN_PASSWORD);
		browser.findElement(By.id("sign-in")).click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("nav-matching")));

		// From the QUAD's page: suggest partners for its product, then narrow by the capabilities it needs.
		browser.get(url("/quads/" + quad.id()));
		waiting().until(ExpectedConditions.elementToBeClickable(By.id("suggest-partners"))).click();
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("suggest-form")));
		assertThat(browser.findElement(By.id("hsCodes")).getAttribute("value")).contains("851713");
		// The shared test registry holds quartets that worked together and report results; the product's own sector
		// and capabilities make this test's organisations the clear answer.
		new Select(browser.findElement(By.id("productCategory"))).selectByValue("ELECTRIC_VEHICLES_AND_BATTERIES");
		type("capabilities", String.join(", ", tags));
		type("top", "3");
		browser.findElement(By.id("suggest")).click();
		WebElement first = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("proposal-1")));
		String explained = first.getText();
		assertThat(explained).contains("3 of 3 required capabilities");
		assertThat(explained).containsAnyOf(quartet.get(PartnerRole.CHINESE_INDUSTRY).name(),
				"Journey " + run + " second CHINESE INDUSTRY");
		assertThat(browser.findElements(By.cssSelector("#proposals article.proposal"))).hasSize(3);
		assertThat(first.findElements(By.cssSelector("table.breakdown tbody tr"))).hasSizeGreaterThanOrEqualTo(6);
		screenshot("matching-proposals");

		// A programme run over two slots.
		browser.findElement(By.id("matching-runs-link")).click();
		String capabilities = String.join(", ", tags);
		type("slots", "ELECTRIC_VEHICLES_AND_BATTERIES | 850760 | " + capabilities + " | Lahore | Journey cells " + run
				+ "\nELECTRIC_VEHICLES_AND_BATTERIES | 8507 | " + capabilities + " | Karachi | Journey packs " + run);
		type("timeLimitSeconds", "2");
		browser.findElement(By.id("start-run")).click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("run-live")));
		// The live section refreshes every 2 s; once the run stops solving the page reloads with the breakdowns.
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("justifications")));
		waiting().until(ExpectedConditions.elementToBeClickable(By.id("accept-run")));
		assertThat(browser.findElement(By.id("run-status")).getText()).isEqualTo("Finished");
		assertThat(browser.findElement(By.id("run-best-score")).getText()).startsWith("0hard/");
		List<WebElement> rows = browser.findElements(By.cssSelector("#assignment tbody tr"));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).getText()).contains("Journey cells " + run);
		assertThat(browser.findElement(By.id("justifications")).getText()).contains("Capacity including existing QUADs");
		screenshot("matching-run");

		browser.findElement(By.id("accept-run")).click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-status"), "Accepted"));
		List<WebElement> created = browser.findElements(By.cssSelector("#run-live a[href*='/quads/']"));
		assertThat(created).hasSize(2);
		created.get(0).click();
		WebElement status = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("quad-status")));
		assertThat(status.getText()).isEqualTo("Proposed");
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Journey cells " + run);
		screenshot("matching-accepted-quad");
	}

	private OrganisationDetails org(PartnerRole role, String name, List<String> capabilities) {
		return partners.register(Actor.system(), new OrganisationCommand(Fixtures.unique(name), null, null,
				role.country(), role.kind(), Set.of(Sector.ELECTRIC_VEHICLES_AND_BATTERIES), Set.copyOf(capabilities),
				role.country() == Country.PK ? "Lahore" : "Shenzhen", null, null, null, null, null, null, true, null));
	}
}
