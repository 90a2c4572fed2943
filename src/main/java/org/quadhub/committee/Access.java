package org.quadhub.committee;

import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.Role;

/**
 * Who may do what in the committee: AUTHORITY (the secretariat) prepares meetings, agenda, draft minutes and
 * action items and issues signed minutes; COMMITTEE members decide and sign; every signed-in role except
 * PARTNER reads everything; a PARTNER reads only decisions about its own QUADs.
 */
final class Access {

	private Access() {
	}

	static void requireReader(Actor actor) {
		if (!actor.readsEverything()) {
			throw DomainProblem.forbidden(actor.isAnonymous() ? "Sign in to see the joint committee's records."
					: "Committee meetings, minutes and action items are for the authority, the committee and the "
							+ "agencies; partners see the committee's decisions about their own QUADs.");
		}
	}

	static void requirePreparer(Actor actor) {
		if (!actor.isAuthority()) {
			throw DomainProblem.forbidden("Only the coordinating authority (the committee secretariat) prepares "
					+ "meetings, agenda items, draft minutes and action items.");
		}
	}

	static void requireCommittee(Actor actor, String what) {
		if (!actor.has(Role.COMMITTEE)) {
			throw DomainProblem.forbidden("Only members of the joint committee " + what + ".");
		}
	}

	static void requireTracker(Actor actor) {
		if (!actor.isAuthority() && !actor.has(Role.COMMITTEE)) {
			throw DomainProblem.forbidden("Only the coordinating authority or the joint committee update action items.");
		}
	}

	static void requireVersion(@org.jspecify.annotations.Nullable Long given, long current, String what, Object id) {
		if (given == null) {
			throw DomainProblem.invalid("version", "is required: send the version you read");
		}
		if (given != current) {
			throw DomainProblem.staleVersion(what, id);
		}
	}
}
