package org.quadhub.committee;

import org.jspecify.annotations.Nullable;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.Quads;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** QUADs as committee subjects, through the quads module's API; a partner sees records about its own QUADs. */
@Component
class QuadSubjects implements SubjectDirectory {

	private final Quads quads;

	QuadSubjects(Quads quads) {
		this.quads = quads;
	}

	@Override
	public boolean supports(String kind) {
		return SubjectRef.QUAD.equals(kind);
	}

	@Override
	public boolean exists(String kind, long id) {
		return find(Actor.system(), id).isPresent();
	}

	@Override
	public Optional<String> describe(String kind, long id) {
		return find(Actor.system(), id).map(QuadDetails::name);
	}

	@Override
	public boolean readableBy(Actor actor, String kind, long id) {
		if (actor.isAnonymous()) {
			return false;
		}
		// A listing, not find(): a refusal thrown inside the quads service would mark the caller's transaction
		// for rollback.
		return quads.search(actor, null, null).stream().anyMatch(q -> q.id() == id);
	}

	@Override
	public @Nullable String page(String kind, long id) {
		return "/quads/" + id;
	}

	/**
	 * QUADs are never deleted, so NOT_FOUND only comes from a bad link, and the caller then rejects the whole request:
	 * the rollback mark it leaves on the caller's transaction never hides a success.
	 */
	private Optional<QuadDetails> find(Actor actor, long id) {
		try {
			return Optional.of(quads.find(actor, id));
		}
		catch (DomainProblem problem) {
			if (problem.kind() == DomainProblem.Kind.NOT_FOUND) {
				return Optional.empty();
			}
			throw problem;
		}
	}
}
