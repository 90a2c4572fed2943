package org.quadhub.audit;

import jakarta.persistence.EntityManagerFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends entries to the chain. Inside a transaction, entries collect in a per-transaction batch that is written
 * just before commit (after a final flush of the JPA session, so changes flushed at commit are included) through
 * the transaction's own JDBC connection: the entries commit or roll back with the change. The batch first takes a
 * transaction-scoped advisory lock, so chain appends of concurrent transactions serialise and never fork; taking it
 * at the end keeps it held only for the commit and never while the transaction waits for row locks. Outside a
 * transaction (a failed sign-in, for instance) an entry is written in a transaction of its own.
 */
@Component
class AuditWriter {

	/** Advisory lock key for chain appends: a fixed bigint shared by all instances. */
	static final long LOCK_KEY = 0x51_48_41_55_44_49_54_43L;

	private final JdbcTemplate jdbc;
	private final Clock clock;
	private final TransactionTemplate ownTransaction;
	private final ObjectProvider<EntityManagerFactory> entityManagerFactory;

	private final AuditedChanges subjects;

	AuditWriter(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions,
			ObjectProvider<EntityManagerFactory> entityManagerFactory, AuditedChanges subjects) {
		this.subjects = subjects;
		this.jdbc = jdbc;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.entityManagerFactory = entityManagerFactory;
	}

	/** Records a change made by the current thread's actor in the current request (if any). */
	void record(String action, String subjectKind, @Nullable String subjectId, @Nullable String fromState,
			@Nullable String toState, @Nullable String changes) {
		record(currentActor(), action, subjectKind, subjectId, fromState, toState, changes);
	}

	void record(String actor, String action, String subjectKind, @Nullable String subjectId,
			@Nullable String fromState, @Nullable String toState, @Nullable String changes) {
		RequestInfo request = RequestInfo.current();
		Draft draft = new Draft(Canonical.truncate(clock.instant()), clip(actor, 200), clip(action, 40),
				clip(subjectKind, 100), subjectId == null ? null : clip(subjectId, 200),
				fromState == null ? null : clip(fromState, 100), toState == null ? null : clip(toState, 100), changes,
				request == null ? null : request.requestId(), request == null ? null : request.clientAddress());
		subjects.changing(draft.subjectKind());
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& TransactionSynchronizationManager.isActualTransactionActive()) {
			batch().add(draft);
		}
		else {
			ownTransaction.executeWithoutResult(status -> append(List.of(draft)));
		}
	}

	static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return authentication.getName();
		}
		return RequestInfo.current() == null ? "system" : "anonymous";
	}

	private Batch batch() {
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof Batch batch && batch.owner == this) {
				return batch;
			}
		}
		Batch batch = new Batch(this);
		TransactionSynchronizationManager.registerSynchronization(batch);
		return batch;
	}

	/** Takes the chain lock (held to the end of the transaction), links the drafts to the head and inserts them. */
	private void append(List<Draft> drafts) {
		if (drafts.isEmpty()) {
			return;
		}
		jdbc.query("select pg_advisory_xact_lock(?)", rs -> null, LOCK_KEY);
		String previous = jdbc.query("select hash from audit_entry order by id desc limit 1",
				rs -> rs.next() ? rs.getString(1) : Canonical.GENESIS);
		List<Long> ids = jdbc.queryForList(
				"select nextval(pg_get_serial_sequence('audit_entry', 'id')) from generate_series(1, ?)", Long.class,
				drafts.size());
		List<Object[]> rows = new ArrayList<>(drafts.size());
		for (int i = 0; i < drafts.size(); i++) {
			Draft d = drafts.get(i);
			long id = ids.get(i);
			String hash = Canonical.hash(Canonical.bytes(id, d.occurredAt(), d.actor(), d.action(), d.subjectKind(),
					d.subjectId(), d.fromState(), d.toState(), d.changes(), d.requestId(), d.clientAddress(),
					previous));
			rows.add(new Object[] { id, Timestamp.from(d.occurredAt()), d.actor(), d.action(), d.subjectKind(),
					d.subjectId(), d.fromState(), d.toState(), d.changes(), d.requestId(), d.clientAddress(), previous,
					hash });
			previous = hash;
		}
		jdbc.batchUpdate("insert into audit_entry (id, occurred_at, actor, action, subject_kind, subject_id, "
				+ "from_state, to_state, changes, request_id, client_address, prev_hash, hash) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		jdbc.update("insert into audit_tip (singleton, last_entry_id, hash) values (true, ?, ?) on conflict (singleton) "
				+ "do update set last_entry_id = excluded.last_entry_id, hash = excluded.hash", ids.get(ids.size() - 1),
				previous);
	}

	private void flushJpa() {
		EntityManagerFactory factory = entityManagerFactory.getIfAvailable();
		if (factory != null
				&& TransactionSynchronizationManager.getResource(factory) instanceof EntityManagerHolder holder
				&& holder.getEntityManager().isJoinedToTransaction()) {
			holder.getEntityManager().flush();
		}
	}

	private static String clip(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}

	/** The entries of one transaction. */
	private static final class Batch implements TransactionSynchronization {

		private final AuditWriter owner;
		private final List<Draft> pending = new ArrayList<>();
		private boolean writing;

		Batch(AuditWriter owner) {
			this.owner = owner;
		}

		void add(Draft draft) {
			if (writing) {
				owner.append(List.of(draft));
			}
			else {
				pending.add(draft);
			}
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			if (!readOnly) {
				owner.flushJpa();
			}
			writing = true;
			List<Draft> drafts = List.copyOf(pending);
			pending.clear();
			owner.append(drafts);
		}

		@Override
		public int getOrder() {
			return LOWEST_PRECEDENCE;
		}
	}
}
