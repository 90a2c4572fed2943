package org.quadhub.approvals;

import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.springframework.stereotype.Component;

import java.util.List;

/** Finds the owning module's {@link SubjectAccess} for a subject kind. */
@Component
class Subjects {

	private final List<SubjectAccess> owners;

	Subjects(List<SubjectAccess> owners) {
		this.owners = List.copyOf(owners);
	}

	SubjectAccess of(String kind) {
		return owners.stream()
			.filter(o -> o.supports(kind))
			.findFirst()
			.orElseThrow(() -> DomainProblem.invalid("subjectKind", "is not a kind of subject QuadHub knows: " + kind));
	}

	boolean mayRead(Actor actor, SubjectRef subject) {
		return actor.readsEverything() || of(subject.kind()).mayRead(actor, subject);
	}

	boolean mayRespond(Actor actor, SubjectRef subject) {
		return of(subject.kind()).mayRespond(actor, subject);
	}

	String describe(SubjectRef subject) {
		return of(subject.kind()).describe(subject);
	}

	String path(SubjectRef subject) {
		return of(subject.kind()).path(subject);
	}
}
