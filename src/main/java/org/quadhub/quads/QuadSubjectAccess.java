package org.quadhub.quads;

import org.quadhub.approvals.SubjectAccess;
import org.quadhub.approvals.SubjectRef;
import org.quadhub.shared.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;

/** Tells the approvals module who may see a QUAD's cases (its four partners) and who answers queries (the same). */
@Component
@Transactional(readOnly = true)
class QuadSubjectAccess implements SubjectAccess {

	private final QuadRepository quads;

	QuadSubjectAccess(QuadRepository quads) {
		this.quads = quads;
	}

	@Override
	public boolean supports(String kind) {
		return SubjectRef.QUAD.equals(kind);
	}

	@Override
	public boolean exists(SubjectRef subject) {
		return quads.existsById(subject.id());
	}

	@Override
	public boolean mayRead(Actor actor, SubjectRef subject) {
		return actor.readsEverything() || mayRespond(actor, subject);
	}

	@Override
	public boolean mayRespond(Actor actor, SubjectRef subject) {
		return quads.findById(subject.id())
			.map(q -> q.partners().values().stream().anyMatch(actor::actsFor))
			.orElse(false);
	}

	@Override
	public String describe(SubjectRef subject) {
		return quads.findById(subject.id()).map(Quad::name).orElse("QUAD " + subject.id());
	}

	@Override
	public Set<Long> applicantOrganisations(SubjectRef subject) {
		return quads.findById(subject.id()).map(q -> Set.copyOf(q.partners().values())).orElse(Set.of());
	}

	@Override
	public String path(SubjectRef subject) {
		return "/quads/" + subject.id();
	}
}
