package org.quadhub.reporting;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Generation numbers telling the read models what may have changed. Each moves when a change is made and again
 * after its transaction completes, so a model built while the change was still invisible is not kept.
 * <ul>
 * <li>{@link #generation()}: accepted figures of any QUAD, a trajectory, or the QUADs themselves (the dashboard).</li>
 * <li>{@link #of(long)}: what one QUAD's performance shows (its accepted figures and trajectory, or the facts of
 * every QUAD); a change to one QUAD leaves the others' performance alone.</li>
 * <li>{@link #submissions()}: submitted revisions (the dashboard's "awaiting review" count). Submitting changes no
 * accepted figure, so it moves only this one.</li>
 * </ul>
 */
@Component
class ReportingChanges {

	/** What a QUAD's performance was computed from. */
	record QuadStamp(long everyQuad, long thisQuad) {
	}

	private final AtomicLong generation = new AtomicLong();

	private final AtomicLong everyQuad = new AtomicLong();

	private final ConcurrentHashMap<Long, AtomicLong> perQuad = new ConcurrentHashMap<>();

	private final AtomicLong submissions = new AtomicLong();

	long generation() {
		return generation.get();
	}

	QuadStamp of(long quadId) {
		AtomicLong q = perQuad.get(quadId);
		return new QuadStamp(everyQuad.get(), q == null ? 0 : q.get());
	}

	long submissions() {
		return submissions.get();
	}

	/** Something every QUAD's figures depend on changed (the QUADs' facts). */
	void changed() {
		bump(generation, everyQuad);
	}

	/** One QUAD's accepted figures or trajectory changed. */
	void changed(long quadId) {
		bump(generation, perQuad.computeIfAbsent(quadId, k -> new AtomicLong()));
	}

	/** A revision was submitted or left the review queue. */
	void submitted() {
		bump(submissions);
	}

	private static void bump(AtomicLong... counters) {
		for (AtomicLong c : counters) {
			c.incrementAndGet();
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					for (AtomicLong c : counters) {
						c.incrementAndGet();
					}
				}
			});
		}
	}
}
