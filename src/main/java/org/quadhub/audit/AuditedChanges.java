package org.quadhub.audit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.quadhub.shared.SubjectChanges;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Counts the audited changes by subject kind: every entry the writer records moves its kind's counter. */
@Component
class AuditedChanges implements SubjectChanges {

	private final ConcurrentHashMap<String, AtomicLong> counters = new ConcurrentHashMap<>();

	@Override
	public long stamp(String... kinds) {
		long sum = 0; // counters only grow, so the sum moves exactly when one of them does
		for (String kind : kinds) {
			AtomicLong c = counters.get(kind);
			sum += c == null ? 0 : c.get();
		}
		return sum;
	}

	/** A change to a subject of this kind is being made in the current transaction (if any). */
	void changing(String kind) {
		AtomicLong counter = counters.computeIfAbsent(kind, k -> new AtomicLong());
		counter.incrementAndGet();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					counter.incrementAndGet();
				}
			});
		}
	}
}
