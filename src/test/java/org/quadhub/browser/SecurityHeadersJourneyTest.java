package org.quadhub.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages still work under the Content Security Policy (issue 9, ADR 0019), in a real headless Chromium: every
 * page records the browser's CSP violation reports, and none may appear; the overview chart (ECharts) draws, htmx
 * loads with eval turned off, Swagger UI renders the API, and signed-in pages with charts draw too.
 */
@QuadHubTest
class SecurityHeadersJourneyTest extends BrowserJourney {

	private static final String RECORDER = "window.__cspViolations = [];"
			+ "document.addEventListener('securitypolicyviolation', function (e) {"
			+ " window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber);"
			+ "});";

	@SuppressWarnings("unchecked")
	private List<String> violations() {
		Object found = ((JavascriptExecutor) browser).executeScript("return window.__cspViolations || [];");
		return new ArrayList<>((List<String>) found);
	}

	private void visit(String path, By ready, List<String> violations) throws Exception {
		browser.get(url(path));
		waiting().until(ExpectedConditions.presenceOfElementLocated(ready));
		Thread.sleep(500); // let late scripts (chart animation, htmx) run and report
		violations().forEach(v -> violations.add(path + ": " + v));
	}

	@Test
	void pagesChartsHtmxAndSwaggerWorkUnderThePolicy() throws Exception {
		((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
		List<String> violations = new ArrayList<>();

		visit("/", By.cssSelector("#status-chart canvas, #status-chart svg"), violations);
		assertThat(((JavascriptExecutor) browser).executeScript("return window.htmx && htmx.config.allowEval"))
			.as("htmx loaded with eval off").isEqualTo(false);
		screenshot("csp-overview");

		visit("/swagger-ui/index.html", By.cssSelector(".swagger-ui .info .title"), violations);
		assertThat(browser.findElements(By.cssSelector(".opblock")).size()).as("Swagger UI lists operations")
			.isGreaterThan(10);
		screenshot("csp-swagger");

		browser.get(url("/login"));
		type("username", Fixtures.ADMIN);
		type("password", Fixtures.ADMIN_PASSWORD);
		browser.findElement(By.id("sign-in")).click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("nav-form-quad")));
		violations().forEach(v -> violations.add("/login: " + v));

		visit("/quads", By.id("main"), violations);
		visit("/reporting", By.id("main"), violations);
		visit("/complexity", By.id("main"), violations);
		visit("/approvals/inbox", By.id("main"), violations);
		screenshot("csp-approvals");

		assertThat(violations).as("Content Security Policy violations").isEmpty();
	}
}
