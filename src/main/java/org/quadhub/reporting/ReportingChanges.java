package org.quadhub.reporting;

import java.util.concurrent.ConcurrentHashMap;

import org.quadhub.shared.Generation;
import org.springframework.stereotype.Component;

/**
 * Generations ({@link Generation}) telling the read models what may have changed.
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

	private final Generation generation = new Generation();

	private final Generation everyQuad = new Generation();

	private final ConcurrentHashMap<Long, Generation> perQuad = new ConcurrentHashMap<>();

	private final Generation submissions = new Generation();

	long generation() {
		return generation.get();
	}

	QuadStamp of(long quadId) {
		Generation q = perQuad.get(quadId);
		return new QuadStamp(everyQuad.get(), q == null ? 0 : q.get());
	}

	long submissions() {
		return submissions.get();
	}

	/** Something every QUAD's figures depend on changed (the QUADs' facts). */
	void changed() {
		generation.moved();
		everyQuad.moved();
	}

	/** One QUAD's accepted figures or trajectory changed. */
	void changed(long quadId) {
		generation.moved();
		perQuad.computeIfAbsent(quadId, k -> new Generation()).moved();
	}

	/** A revision was submitted or left the review queue. */
	void submitted() {
		submissions.moved();
	}
}
