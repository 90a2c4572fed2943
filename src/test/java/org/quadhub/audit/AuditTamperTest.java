package org.quadhub.audit;

import org.junit.jupiter.api.Test;
import org.quadhub.shared.Actor;
import org.quadhub.shared.StateChange;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tampering through SQL is detected. The trigger that makes the table append-only holds for every role; to
 * tamper, the test switches triggers off for one transaction as the embedded superuser (session_replication_role)
 * and always puts the row back, since every test class shares the database.
 */
@QuadHubTest
class AuditTamperTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AuditTrail trail;

	/** Three fresh entries in one transaction; returns their ids. */
	private List<Long> threeEntries() {
		String kind = "tamper-" + UUID.randomUUID();
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			for (int i = 0; i < 3; i++) {
				events.publishEvent(new StateChange(kind, "s" + i, "update", Map.of("n", i), Map.of("n", i + 1)));
			}
		});
		return jdbc.queryForList("select id from audit_entry where subject_kind = ? order by id", Long.class, kind);
	}

	private void asSuperuser(Consumer<JdbcTemplate> tampering) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			jdbc.execute("set local session_replication_role = replica");
			tampering.accept(jdbc);
		});
	}

	private Verification verify() {
		return trail.verify(Actor.system());
	}

	@Test
	void theAuditTableRejectsUpdateDeleteAndTruncate() {
		long id = threeEntries().get(0);
		assertThatThrownBy(() -> jdbc.update("update audit_entry set actor = 'mallory' where id = ?", id))
			.isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("delete from audit_entry where id = ?", id))
			.isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.execute("truncate audit_entry"))
			.isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
		assertThat(verify().valid()).isTrue();
	}

	@Test
	void anEditedRowIsDetected() {
		long id = threeEntries().get(1);
		String actor = jdbc.queryForObject("select actor from audit_entry where id = ?", String.class, id);
		asSuperuser(db -> db.update("update audit_entry set actor = 'mallory' where id = ?", id));
		try {
			Verification result = verify();
			assertThat(result.valid()).isFalse();
			assertThat(result.firstBrokenEntryId()).isEqualTo(id);
		}
		finally {
			asSuperuser(db -> db.update("update audit_entry set actor = ? where id = ?", actor, id));
		}
		assertThat(verify().valid()).isTrue();
	}

	@Test
	void aDeletedRowIsDetected() {
		List<Long> ids = threeEntries();
		long id = ids.get(1);
		Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where id = ?", id);
		asSuperuser(db -> db.update("delete from audit_entry where id = ?", id));
		try {
			Verification result = verify();
			assertThat(result.valid()).isFalse();
			assertThat(result.firstBrokenEntryId()).isEqualTo(ids.get(2));
		}
		finally {
			asSuperuser(db -> db.update("insert into audit_entry (id, occurred_at, actor, action, subject_kind, "
					+ "subject_id, from_state, to_state, changes, request_id, client_address, prev_hash, hash) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row.get("id"), row.get("occurred_at"),
					row.get("actor"), row.get("action"), row.get("subject_kind"), row.get("subject_id"),
					row.get("from_state"), row.get("to_state"), row.get("changes"), row.get("request_id"),
					row.get("client_address"), row.get("prev_hash"), row.get("hash")));
		}
		assertThat(verify().valid()).isTrue();
	}

	@Test
	void anInsertedRowIsDetected() {
		List<Long> ids = threeEntries();
		long[] inserted = new long[1];
		// a forged entry copied from a real one, slipped in at the end with its links as they were
		asSuperuser(db -> inserted[0] = db.queryForObject("insert into audit_entry (occurred_at, actor, action, "
				+ "subject_kind, subject_id, changes, prev_hash, hash) select occurred_at, 'mallory', action, "
				+ "subject_kind, subject_id, changes, prev_hash, hash from audit_entry where id = ? returning id",
				Long.class, ids.get(0)));
		try {
			Verification result = verify();
			assertThat(result.valid()).isFalse();
			assertThat(result.firstBrokenEntryId()).isEqualTo(inserted[0]);
		}
		finally {
			asSuperuser(db -> db.update("delete from audit_entry where id = ?", inserted[0]));
		}
		assertThat(verify().valid()).isTrue();
	}
}
