package org.quadhub.observability;

import org.junit.jupiter.api.Test;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Liveness and readiness probes for systemd, load balancers and Kubernetes: both open to anonymous callers, who see
 * only the status; readiness includes the database, liveness never does (a database outage must take the instance
 * out of the load balancer, not get it restarted). The database outage itself is exercised by
 * .ci/stage-observability.sh against a real PostgreSQL server.
 */
@QuadHubTest
class HealthProbesApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	HealthEndpointGroups groups;

	@Test
	void anonymousCallersSeeOnlyTheStatusOfBothProbes() throws Exception {
		for (String probe : new String[] { "liveness", "readiness" }) {
			mvc.perform(get("/actuator/health/" + probe))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status", is("UP")))
				.andExpect(jsonPath("$.components").doesNotExist())
				.andExpect(jsonPath("$.details").doesNotExist());
		}
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("UP")))
			.andExpect(jsonPath("$.components").doesNotExist());
	}

	@Test
	void readinessChecksTheDatabaseAndLivenessDoesNot() throws Exception {
		assertThat(groups.get("readiness").isMember("db")).isTrue();
		assertThat(groups.get("readiness").isMember("readinessState")).isTrue();
		assertThat(groups.get("liveness").isMember("db")).isFalse();
		assertThat(groups.get("liveness").isMember("livenessState")).isTrue();
		// the coordinating authority sees which checks each probe ran, still without their details
		mvc.perform(get("/actuator/health/readiness").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.db.status", is("UP")))
			.andExpect(jsonPath("$.components.readinessState.status", is("UP")))
			.andExpect(jsonPath("$.components.db.details").doesNotExist());
		mvc.perform(get("/actuator/health/liveness").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.livenessState.status", is("UP")))
			.andExpect(jsonPath("$.components.db").doesNotExist());
	}
}
