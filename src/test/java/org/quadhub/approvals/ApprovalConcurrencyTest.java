package org.quadhub.approvals;

import org.junit.jupiter.api.Test;
import org.quadhub.shared.Actor;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.quadhub.users.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two officers decide the same step at the same moment, through real HTTP requests on the running server and
 * PostgreSQL: one decision wins, the other gets 409, and the step records exactly one decision.
 */
@QuadHubTest
class ApprovalConcurrencyTest {

	private static final int ROUNDS = 5;

	@LocalServerPort
	int port;

	@Autowired
	Approvals approvals;

	@Autowired
	Users users;

	@Autowired
	Fixtures fixtures;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private HttpResponse<String> decide(String officer, long caseId, long stepId, String body) throws Exception {
		String auth = Base64.getEncoder().encodeToString((officer + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/api/v1/approvals/cases/" + caseId + "/steps/" + stepId + "/decision"))
			.header("Authorization", "Basic " + auth)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void twoSimultaneousDecisionsOnOneStepOneWinsTheOtherGetsConflict() throws Exception {
		String first = ApprovalsTestSupport.officer(users, "BOI");
		String second = ApprovalsTestSupport.officer(users, "BOI");
		TemplateDetails route = approvals.latest(Approvals.QUAD_ESTABLISHMENT).orElseThrow();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < ROUNDS; round++) {
				long quad = fixtures.quad(fixtures.quartet()).id();
				CaseDetails c = approvals.open(Actor.system(), new OpenCase("QUAD", quad, route.id()));
				long stepId = c.step("BOI_REGISTRATION").id();
				CountDownLatch start = new CountDownLatch(1);
				List<Future<HttpResponse<String>>> answers = new ArrayList<>();
				answers.add(pool.submit(() -> {
					start.await();
					return decide(first, c.id(), stepId, "{\"outcome\":\"APPROVED\",\"reason\":\"Registered\"}");
				}));
				answers.add(pool.submit(() -> {
					start.await();
					return decide(second, c.id(), stepId, "{\"outcome\":\"REJECTED\",\"reason\":\"Incomplete file\"}");
				}));
				start.countDown();
				HttpResponse<String> a = answers.get(0).get(60, TimeUnit.SECONDS);
				HttpResponse<String> b = answers.get(1).get(60, TimeUnit.SECONDS);

				assertThat(List.of(a.statusCode(), b.statusCode())).containsExactlyInAnyOrder(200, 409);
				HttpResponse<String> loser = a.statusCode() == 409 ? a : b;
				assertThat(loser.headers().firstValue("Content-Type")).hasValueSatisfying(
						type -> assertThat(type).startsWith("application/problem+json"));
				assertThat(loser.body()).contains("step-already-decided");

				CaseDetails.Step step = approvals.find(Actor.system(), c.id()).step(stepId);
				StepState expected = a.statusCode() == 200 ? StepState.APPROVED : StepState.REJECTED;
				assertThat(step.state()).isEqualTo(expected);
				assertThat(step.decidedBy()).isEqualTo(a.statusCode() == 200 ? first : second);
				assertThat(step.history()).extracting(CaseDetails.Event::kind)
					.containsExactly("OPENED", expected.name());
			}
		}
		finally {
			pool.shutdownNow();
		}
	}
}
