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
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tampering through SQL is detected. The trigger that makes the table append-only holds for every role; to
 * tamper, the test switches triggers off as the embedded superuser (session_replication_role) inside one
 * transaction that holds the chain lock, verifies inside it, and rolls back: every test class shares the
 * database, so nobody else ever sees the tampered chain.
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

	/** Tampers, verifies and rolls the tampering back; returns the verification and what the tampering returned. */
	private <T> Map.Entry<Verification, T> tampered(Function<JdbcTemplate, T> tampering) {
		Map.Entry<Verification, T> result = new TransactionTemplate(transactions).execute(status -> {
			jdbc.query("select pg_advisory_xact_lock(?)", rs -> null, AuditWriter.LOCK_KEY);
			jdbc.execute("set local session_replication_role = replica");
			T value = tampering.apply(jdbc);
			Verification verification = trail.verify(Actor.system());
			status.setRollbackOnly();
			return Map.entry(verification, value);
		});
		assertThat(trail.verify(Actor.system()).valid()).as("valid again after the rollback").isTrue();
		return result;
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
		assertThat(trail.verify(Actor.system()).valid()).isTrue();
	}

	@Test
	void anEditedRowIsDetected() {
		long id = threeEntries().get(1);
		Verification result = tampered(db -> db.update("update audit_entry set actor = 'mallory' where id = ?", id))
			.getKey();
		assertThat(result.valid()).isFalse();
		assertThat(result.firstBrokenEntryId()).isEqualTo(id);
	}

	@Test
	void aDeletedRowIsDetected() {
		List<Long> ids = threeEntries();
		Verification result = tampered(db -> db.update("delete from audit_entry where id = ?", ids.get(1))).getKey();
		assertThat(result.valid()).isFalse();
		assertThat(result.firstBrokenEntryId()).isEqualTo(ids.get(2));
	}

	@Test
	void aDeletedLastRowIsDetected() {
		threeEntries();
		var result = tampered(db -> db.queryForObject(
				"delete from audit_entry where id = (select max(id) from audit_entry) returning id", Long.class));
		assertThat(result.getKey().valid()).isFalse();
		assertThat(result.getKey().firstBrokenEntryId()).isEqualTo(result.getValue());
	}

	@Test
	void anInsertedRowIsDetected() {
		List<Long> ids = threeEntries();
		// a forged entry copied from a real one, slipped in at the end with its links as they were
		var result = tampered(db -> db.queryForObject("insert into audit_entry (occurred_at, actor, action, "
				+ "subject_kind, subject_id, changes, prev_hash, hash) select occurred_at, 'mallory', action, "
				+ "subject_kind, subject_id, changes, prev_hash, hash from audit_entry where id = ? returning id",
				Long.class, ids.get(0)));
		assertThat(result.getKey().valid()).isFalse();
		assertThat(result.getKey().firstBrokenEntryId()).isEqualTo(result.getValue());
	}

	@Test
	void aCorrectlyRehashedRowInsertedAtTheEndIsStillDetected() {
		threeEntries();
		// the forger knows the algorithm and links the new row properly, but the recorded tip gives it away
		var result = tampered(db -> {
			AuditEntry last = db.queryForObject("select " + AuditTrail.COLUMNS
					+ " from audit_entry order by id desc limit 1", AuditTrail.ENTRY);
			long id = last.id() + 1;
			AuditEntry forged = new AuditEntry(id, last.occurredAt(), "mallory", "delete", "quad", "1", null, null,
					null, null, null, last.hash(), "");
			String hash = Canonical.hash(forged);
			db.update("insert into audit_entry (id, occurred_at, actor, action, subject_kind, subject_id, prev_hash, "
					+ "hash) values (?, ?, 'mallory', 'delete', 'quad', '1', ?, ?)", id,
					java.sql.Timestamp.from(last.occurredAt()), last.hash(), hash);
			return id;
		});
		assertThat(result.getKey().valid()).isFalse();
		assertThat(result.getKey().firstBrokenEntryId()).isEqualTo(result.getValue());
	}
}
