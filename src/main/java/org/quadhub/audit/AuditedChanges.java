package org.quadhub.audit;

import java.util.concurrent.ConcurrentHashMap;

import org.quadhub.shared.Generation;
import org.quadhub.shared.SubjectChanges;
import org.springframework.stereotype.Component;

/** Counts the audited changes by subject kind: every entry the writer records moves its kind's counter. */
@Component
class AuditedChanges implements SubjectChanges {

	private final ConcurrentHashMap<String, Generation> counters = new ConcurrentHashMap<>();

	@Override
	public long stamp(String... kinds) {
		long sum = 0; // counters only grow, so the sum moves exactly when one of them does
		for (String kind : kinds) {
			Generation c = counters.get(kind);
			sum += c == null ? 0 : c.get();
		}
		return sum;
	}

	/** A change to a subject of this kind is being made in the current transaction (if any). */
	void changing(String kind) {
		counters.computeIfAbsent(kind, k -> new Generation()).moved();
	}
}
