package org.quadhub.web;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.quadhub.approvals.Approvals;
import org.quadhub.approvals.CaseDetails;
import org.quadhub.approvals.OpenCase;
import org.quadhub.approvals.SubjectRef;
import org.quadhub.partners.OrganisationDetails;
import org.quadhub.partners.OrganisationKind;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Country;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Single sign-on against a real (in-process) OpenID Connect issuer: bearer tokens on the API with the role and
 * organisation claims, every kind of bad token refused with 401 problem+json, and the browser sign-in through the
 * authorization code flow ending in a session on a role-guarded page. Its own application context, with its own
 * embedded database, because the issuer changes the security filter chains.
 */
@QuadHubTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SingleSignOnTest {

	static final TestIssuer ISSUER = TestIssuer.start();

	@DynamicPropertySource
	static void sso(DynamicPropertyRegistry registry) {
		registry.add("quadhub.sso.issuer-uri", ISSUER::issuer);
		registry.add("quadhub.sso.client-id", () -> TestIssuer.CLIENT_ID);
		registry.add("quadhub.sso.client-secret", () -> TestIssuer.CLIENT_SECRET);
		registry.add("quadhub.sso.provider-name", () -> "Test Ministry IdP");
		registry.add("quadhub.db.embedded-dir", () -> "target/embedded-pg-sso");
	}

	@AfterAll
	static void stop() {
		ISSUER.close();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Approvals approvals;

	@LocalServerPort
	int port;

	private ResultActions bearer(String method, String url, String token) throws Exception {
		var request = "POST".equals(method) ? post(url) : get(url);
		return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
	}

	private static String subject() {
		return "subject-" + UUID.randomUUID();
	}

	@Test
	@Order(0)
	void theIssuerIsNotContactedAtStartUpButOnFirstUse() throws Exception {
		assertThat(ISSUER.discoveryRequests()).as("discovery requests while QuadHub started").isZero();
		mvc.perform(get("/login")).andExpect(status().isOk());
		assertThat(ISSUER.discoveryRequests()).isZero();
		bearer("GET", "/api/v1/quads", ISSUER.token(Map.of("quadhub_roles", "COMMITTEE"))).andExpect(status().isOk());
		assertThat(ISSUER.discoveryRequests()).isEqualTo(1);
		bearer("GET", "/api/v1/quads", ISSUER.token(Map.of("quadhub_roles", "COMMITTEE"))).andExpect(status().isOk());
		assertThat(ISSUER.discoveryRequests()).as("metadata and keys are kept").isEqualTo(1);
	}

	@Test
	void anAuthorityTokenOpensAnAuthorityEndpointAndTheAuditNamesTheSubject() throws Exception {
		String subject = subject();
		String token = ISSUER.token(Map.of("sub", subject, "quadhub_roles", List.of("AUTHORITY", "something-else")));
		bearer("GET", "/api/v1/users", token).andExpect(status().isOk());

		String name = Fixtures.unique("SSO Robotics");
		mvc.perform(post("/api/v1/organisations").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + name + "\",\"country\":\"PK\",\"kind\":\"INDUSTRY\"}"))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/audit/entries").param("actor", "sso:" + subject).param("action", "create")
				.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements", is(1)))
			.andExpect(jsonPath("$.content[0].actor", is("sso:" + subject)))
			.andExpect(jsonPath("$.content[0].changes", containsString(name)));
	}

	@Test
	void aPartnerTokenActsOnlyForTheOrganisationInItsClaim() throws Exception {
		OrganisationDetails own = fixtures.organisation(Country.PK, OrganisationKind.INDUSTRY);
		OrganisationDetails other = fixtures.organisation(Country.CN, OrganisationKind.INDUSTRY);
		String token = ISSUER.token(Map.of("sub", subject(), "quadhub_roles", "partner",
				"quadhub_org", String.valueOf(own.id())));
		bearer("GET", "/api/v1/organisations/" + own.id(), token).andExpect(status().isOk())
			.andExpect(jsonPath("$.name", is(own.name())));
		bearer("GET", "/api/v1/organisations/" + other.id(), token).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		bearer("GET", "/api/v1/users", token).andExpect(status().isForbidden());
	}

	@Test
	void anAgencyTokenQueuesAndDecidesTheStepsOfTheAgencyInItsClaim() throws Exception {
		long quadId = fixtures.quad(fixtures.quartet()).id();
		long route = approvals.latest(Approvals.QUAD_ESTABLISHMENT).orElseThrow().id();
		CaseDetails opened = approvals.open(Actor.system(), new OpenCase(SubjectRef.QUAD, quadId, route));
		long boiStep = opened.steps().stream().filter(s -> s.code().equals("BOI_REGISTRATION")).findFirst()
			.orElseThrow().id();
		String boi = ISSUER.token(Map.of("sub", subject(), "quadhub_roles", "AGENCY", "quadhub_agency", "BOI"));
		String sbp = ISSUER.token(Map.of("sub", subject(), "quadhub_roles", "AGENCY", "quadhub_agency", "SBP"));
		String none = ISSUER.token(Map.of("sub", subject(), "quadhub_roles", "AGENCY"));
		bearer("GET", "/api/v1/approvals/queue", boi).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].caseId", hasItem((int) opened.id())))
			.andExpect(jsonPath("$[*].agency", not(hasItem("SBP"))));
		bearer("GET", "/api/v1/approvals/queue", sbp).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].caseId", not(hasItem((int) opened.id()))));
		bearer("GET", "/api/v1/approvals/queue", none).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()", is(0)));

		String decision = "{\"outcome\":\"APPROVED\",\"reason\":\"Registered\"}";
		String path = "/api/v1/approvals/cases/" + opened.id() + "/steps/" + boiStep + "/decision";
		for (String other : List.of(sbp, none)) {
			mvc.perform(post(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + other)
					.contentType(MediaType.APPLICATION_JSON).content(decision))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.type", containsString("not-your-agency")));
		}
		mvc.perform(post(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + boi)
				.contentType(MediaType.APPLICATION_JSON).content(decision))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.steps[?(@.code == 'BOI_REGISTRATION')].state", hasItem("APPROVED")));
	}

	@Test
	void aPartnerTokenWithoutAnOrganisationHasNoRoleAndIsRefused() throws Exception {
		String token = ISSUER.token(Map.of("sub", subject(), "quadhub_roles", List.of("PARTNER")));
		bearer("GET", "/api/v1/quads", token).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status", is(403)));
	}

	@Test
	void aTokenWithoutAnyQuadHubRoleGets403OnProtectedEndpointsAndStillReadsPublicOnes() throws Exception {
		String token = ISSUER.token(Map.of("sub", subject(), "quadhub_roles", List.of("janitor")));
		for (String url : List.of("/api/v1/quads", "/api/v1/organisations", "/api/v1/users")) {
			bearer("GET", url, token).andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		String noClaim = ISSUER.token(Map.of("sub", subject()));
		bearer("GET", "/api/v1/quads", noClaim).andExpect(status().isForbidden());
		bearer("GET", "/api/v1/public/overview", noClaim).andExpect(status().isOk());
	}

	@Test
	void aCommitteeTokenReadsButCannotWrite() throws Exception {
		String token = ISSUER.token(Map.of("sub", subject(), "quadhub_roles", "COMMITTEE"));
		bearer("GET", "/api/v1/quads", token).andExpect(status().isOk());
		mvc.perform(post("/api/v1/organisations").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + Fixtures.unique("Refused") + "\",\"country\":\"PK\",\"kind\":\"INDUSTRY\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void expiredForeignMisaddressedAndForgedTokensGet401ProblemJson() throws Exception {
		Map<String, Object> roles = Map.of("quadhub_roles", List.of("AUTHORITY"));
		Instant past = Instant.now().minusSeconds(3600);
		Map<String, Object> expired = new java.util.HashMap<>(roles);
		expired.put("iat", past.minusSeconds(300));
		expired.put("exp", past);
		Map<String, Object> foreign = new java.util.HashMap<>(roles);
		foreign.put("iss", "https://login.example.org/realms/other");
		Map<String, Object> misaddressed = new java.util.HashMap<>(roles);
		misaddressed.put("aud", List.of("some-other-service"));
		RSAKey impostor = new RSAKeyGenerator(2048).keyID("test-key-1").generate();
		String forged = TestIssuer.sign(impostor, ISSUER.standardClaims(roles));
		String good = ISSUER.token(roles);
		String tampered = good.substring(0, good.lastIndexOf('.') + 1) + forged.substring(forged.lastIndexOf('.') + 1);

		for (String token : List.of(ISSUER.token(expired), ISSUER.token(foreign), ISSUER.token(misaddressed), forged,
				tampered, "not-a-jwt")) {
			bearer("GET", "/api/v1/users", token).andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status", is(401)))
				.andExpect(jsonPath("$.title", is("Invalid bearer token")))
				.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Bearer")));
		}
		bearer("GET", "/api/v1/users", good).andExpect(status().isOk());
	}

	@Test
	void localAccountsKeepWorkingBesideSingleSignOn() throws Exception {
		mvc.perform(get("/api/v1/users").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/users")).andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/login")).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"sso-sign-in\"")))
			.andExpect(content().string(containsString("Sign in with Test Ministry IdP")))
			.andExpect(content().string(containsString("name=\"password\"")));
	}

	/** A browser without a browser: follows every redirect by hand and keeps cookies per host. */
	private final class Browser {

		final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();

		HttpResponse<String> get(String url) throws Exception {
			return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html,application/xhtml+xml")
				.GET().build(), HttpResponse.BodyHandlers.ofString());
		}

		/** Follows redirects from url and answers the last response and where it came from. */
		Map.Entry<String, HttpResponse<String>> follow(String url) throws Exception {
			String current = url;
			for (int hop = 0; hop < 10; hop++) {
				HttpResponse<String> response = get(current);
				if (response.statusCode() / 100 != 3) {
					return Map.entry(current, response);
				}
				current = URI.create(current).resolve(response.headers().firstValue("Location").orElseThrow()).toString();
			}
			throw new AssertionError("Too many redirects from " + url);
		}
	}

	private String app(String path) {
		return "http://localhost:" + port + path;
	}

	@Test
	void theAuthorizationCodeFlowEndsInASessionThatOpensARoleGuardedPage() throws Exception {
		String subject = subject();
		ISSUER.nextLogin(Map.of("sub", subject, "quadhub_roles", List.of("AUTHORITY"), "preferred_username", "a.khan"));
		Browser browser = new Browser();

		HttpResponse<String> start = browser.get(app("/oauth2/authorization/sso"));
		assertThat(start.statusCode()).isEqualTo(302);
		String authorize = start.headers().firstValue("Location").orElseThrow();
		assertThat(authorize).startsWith(ISSUER.issuer() + "/authorize").contains("client_id=" + TestIssuer.CLIENT_ID)
			.contains("response_type=code").contains("nonce=")
			.contains("redirect_uri=" + app("/login/oauth2/code/sso"));

		var landed = browser.follow(authorize);
		assertThat(landed.getValue().statusCode()).isEqualTo(200);
		assertThat(landed.getKey()).isEqualTo(app("/"));

		HttpResponse<String> audit = browser.get(app("/audit"));
		assertThat(audit.statusCode()).isEqualTo(200);
		assertThat(audit.body()).contains("sso:" + subject);
		assertThat(browser.get(app("/quads/new")).statusCode()).isEqualTo(200);

		mvc.perform(get("/api/v1/audit/entries").param("actor", "sso:" + subject).param("action", "login")
				.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$.totalElements", is(1)));

		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(audit.body());
		assertThat(csrf.find()).as("the sign-out form carries a CSRF token").isTrue();
		HttpResponse<String> signOut = browser.http.send(HttpRequest.newBuilder(URI.create(app("/logout")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + java.net.URLEncoder.encode(csrf.group(1),
					java.nio.charset.StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signOut.statusCode()).isEqualTo(302);
		assertThat(signOut.headers().firstValue("Location").orElseThrow()).startsWith(ISSUER.issuer() + "/logout?")
			.contains("id_token_hint=").contains("post_logout_redirect_uri=");
		assertThat(browser.get(app("/audit")).statusCode()).as("signed out of QuadHub").isEqualTo(302);
	}

	@Test
	void aCommitteeMemberSignedInBySsoIsRefusedAnAuthorityPage() throws Exception {
		ISSUER.nextLogin(Map.of("sub", subject(), "quadhub_roles", List.of("COMMITTEE")));
		Browser browser = new Browser();
		var landed = browser.follow(app("/oauth2/authorization/sso"));
		assertThat(landed.getKey()).isEqualTo(app("/"));
		assertThat(browser.get(app("/quads")).statusCode()).isEqualTo(200);
		assertThat(browser.get(app("/organisations/new")).statusCode()).isEqualTo(403);
	}

	@Test
	void anIdentityWithoutAQuadHubRoleIsNotSignedIn() throws Exception {
		ISSUER.nextLogin(Map.of("sub", subject(), "quadhub_roles", List.of("visitor")));
		Browser browser = new Browser();
		var landed = browser.follow(app("/oauth2/authorization/sso"));
		assertThat(landed.getKey()).isEqualTo(app("/login?ssoError"));
		assertThat(landed.getValue().body()).contains("no QuadHub role");
		HttpResponse<String> quads = browser.get(app("/quads"));
		assertThat(quads.statusCode()).isEqualTo(302);
		assertThat(quads.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}
}
