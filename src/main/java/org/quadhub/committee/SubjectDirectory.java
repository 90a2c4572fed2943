package org.quadhub.committee;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Actor;

import java.util.Optional;

/**
 * Knows the subjects of one or more kinds that committee agenda items and decisions may link to. The committee
 * ships one for QUADs; another module (approval cases) contributes its own as a Spring bean, and the committee
 * accepts links of a kind only when some directory supports it.
 */
public interface SubjectDirectory {

	/** True when this directory answers for subjects of this kind (upper-case, e.g. QUAD). */
	boolean supports(String kind);

	/** True when the subject exists. */
	boolean exists(String kind, long id);

	/** A short human label for the subject (its name), or empty when it does not exist. */
	Optional<String> describe(String kind, long id);

	/** Whether this caller may see committee records about the subject; by default those who read everything. */
	default boolean readableBy(Actor actor, String kind, long id) {
		return actor.readsEverything();
	}

	/** The UI page of the subject, if it has one (for example /quads/42). */
	default @Nullable String page(String kind, long id) {
		return null;
	}
}
