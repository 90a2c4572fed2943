package org.quadhub.audit;

import org.junit.jupiter.api.Test;
import org.quadhub.partners.OrganisationDetails;
import org.quadhub.partners.OrganisationKind;
import org.quadhub.shared.Country;
import org.quadhub.shared.StateChange;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The entry commits with the change and only with it. */
@QuadHubTest
class AuditAtomicityTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationEventPublisher events;

	private List<Map<String, Object>> trail(long organisationId) {
		return jdbc.queryForList("select * from audit_entry where subject_kind = 'organisation' and subject_id = ? "
				+ "order by id", String.valueOf(organisationId));
	}

	private Map<String, Object> edit(OrganisationDetails org, String city, long version) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", org.name());
		body.put("country", "PK");
		body.put("kind", "INDUSTRY");
		body.put("sectors", List.of("ELECTRONICS"));
		body.put("city", city);
		body.put("version", version);
		return body;
	}

	@Test
	void aCommittedChangeHasItsEntryAndAFailedOneLeavesNone() throws Exception {
		OrganisationDetails org = fixtures.organisation(Country.PK, OrganisationKind.INDUSTRY);
		assertThat(trail(org.id())).extracting(e -> e.get("action")).containsExactly("create");

		mvc.perform(put("/api/v1/organisations/" + org.id()).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(edit(org, "Quetta", 0))))
			.andExpect(status().isOk());
		List<Map<String, Object>> after = trail(org.id());
		assertThat(after).extracting(e -> e.get("action")).containsExactly("create", "update");
		assertThat((String) after.get(1).get("changes")).contains("\"city\":\"Quetta\"");

		// a stale version (optimistic lock) and a validation failure change nothing and record nothing
		mvc.perform(put("/api/v1/organisations/" + org.id()).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(edit(org, "Gwadar", 0))))
			.andExpect(status().isConflict());
		Map<String, Object> invalid = edit(org, "Gwadar", 1);
		invalid.put("website", "not a url");
		mvc.perform(put("/api/v1/organisations/" + org.id()).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(invalid)))
			.andExpect(status().isBadRequest());
		assertThat(trail(org.id())).hasSize(2);
	}

	@Test
	void aRolledBackTransactionTakesItsEntriesWithIt() {
		String kind = "rollback-" + UUID.randomUUID();
		assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
			events.publishEvent(new StateChange(kind, "1", "upload", null, Map.of("lines", 10)));
			jdbc.update("insert into audit_entry (occurred_at) values (now())"); // fails: not null columns
		})).isInstanceOf(RuntimeException.class);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where subject_kind = ?", Integer.class, kind))
			.isZero();
		new TransactionTemplate(transactions).executeWithoutResult(status ->
			events.publishEvent(new StateChange(kind, "2", "upload", null, Map.of("lines", 10))));
		assertThat(jdbc.queryForList("select subject_id from audit_entry where subject_kind = ?", String.class, kind))
			.containsExactly("2");
	}
}
