package org.quadhub.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.quadhub.partners.OrganisationCommand;
import org.quadhub.partners.Partners;
import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.ProposeQuad;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.Quads;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Sector;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored XSS in a real browser (issue 9): organisations and a QUAD are named with script, event-handler and
 * template payloads; the pages that show them (QUAD pages, the dashboard's charts, the public portal and its chart)
 * are opened and every chart is hovered so its tooltip renders. No payload may run: {@code alert} is replaced by a
 * recorder before any page script, and a blocked inline script or handler (the Content Security Policy's report)
 * would mean a payload reached the page as markup, so it fails too. The payload must be readable as text.
 */
@QuadHubTest
class HostileInputJourneyTest extends BrowserJourney {

	private static final String RECORDER = "window.__alerts = []; window.alert = function (m) { window.__alerts.push(String(m)); };"
			+ "window.__inline = [];"
			+ "document.addEventListener('securitypolicyviolation', function (e) {"
			+ " if (e.blockedURI === 'inline' || e.blockedURI === 'eval') window.__inline.push(e.violatedDirective);"
			+ "});";

	private static final String PAYLOAD = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>{{7*7}}";

	@Autowired
	Partners partners;

	@Autowired
	Quads quads;

	@Autowired
	Fixtures fixtures;

	@SuppressWarnings("unchecked")
	private List<Object> read(String script) {
		return new ArrayList<>((List<Object>) ((JavascriptExecutor) browser).executeScript(script));
	}

	private void visitAndHover(String path, List<String> findings) throws Exception {
		browser.get(url(path));
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
		Thread.sleep(600); // charts draw after load
		for (WebElement chart : browser.findElements(By.cssSelector("canvas"))) {
			if (chart.isDisplayed() && chart.getSize().getWidth() > 20) {
				new Actions(browser).moveToElement(chart).pause(java.time.Duration.ofMillis(300))
					.moveByOffset(chart.getSize().getWidth() / 5, 0).pause(java.time.Duration.ofMillis(300)).perform();
			}
		}
		read("return window.__alerts || [];").forEach(a -> findings.add(path + ": alert(" + a + ") ran"));
		read("return window.__inline || [];").forEach(d -> findings.add(path + ": inline script blocked (" + d + ")"));
	}

	@Test
	void payloadsInNamesNeverRunOnPagesOrInChartTooltips() throws Exception {
		String token = UUID.randomUUID().toString().substring(0, 6);
		Map<PartnerRole, Long> seats = new EnumMap<>(PartnerRole.class);
		for (PartnerRole role : PartnerRole.values()) {
			seats.put(role, partners.register(Actor.system(), new OrganisationCommand("Org" + token + role.ordinal() + PAYLOAD,
					null, null, role.country(), role.kind(), Set.of(Sector.ELECTRONICS), Set.of(), null, null, null, null,
					null, null, PAYLOAD, true, null, null)).id());
		}
		QuadDetails quad = quads.propose(Actor.system(), new ProposeQuad("Quad" + token + PAYLOAD, Sector.ELECTRONICS,
				PAYLOAD, List.of("850440"), seats, new BigDecimal("100000000"), 5));
		fixtures.establish(quad.id(), LocalDate.now().minusMonths(8).withDayOfMonth(1));

		((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
		List<String> findings = new ArrayList<>();
		visitAndHover("/public", findings);
		visitAndHover("/public/quads/" + quad.id(), findings);

		browser.get(url("/login"));
		type("username", Fixtures.ADMIN);
		type("password", Fixtures.ADMIN_PASSWORD);
		browser.findElement(By.id("sign-in")).click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("nav-form-quad")));

		visitAndHover("/quads/" + quad.id(), findings);
		assertThat(browser.findElement(By.tagName("body")).getText()).as("the payload is shown as text")
			.contains("Quad" + token + "<script>alert(1)</script>");
		visitAndHover("/quads", findings);
		visitAndHover("/reporting", findings);
		visitAndHover("/quads/" + quad.id() + "/reporting", findings);
		visitAndHover("/organisations/" + seats.get(PartnerRole.PAKISTANI_INDUSTRY), findings);
		screenshot("hostile-dashboard");

		assertThat(findings).as("payloads that ran or reached a page as markup").isEmpty();
	}
}
