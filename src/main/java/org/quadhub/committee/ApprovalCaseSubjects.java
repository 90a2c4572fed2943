package org.quadhub.committee;

import org.jspecify.annotations.Nullable;
import org.quadhub.approvals.Approvals;
import org.quadhub.approvals.CaseDetails;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Approval cases as committee subjects, through the approvals module's API; readable by whoever may read the case. */
@Component
class ApprovalCaseSubjects implements SubjectDirectory {

	static final String APPROVAL_CASE = "APPROVAL_CASE";

	private final Approvals approvals;

	ApprovalCaseSubjects(Approvals approvals) {
		this.approvals = approvals;
	}

	@Override
	public boolean supports(String kind) {
		return APPROVAL_CASE.equals(kind);
	}

	@Override
	public boolean exists(String kind, long id) {
		return find(Actor.system(), id).isPresent();
	}

	@Override
	public Optional<String> describe(String kind, long id) {
		return find(Actor.system(), id).map(c -> c.templateName() + ": " + c.subjectName());
	}

	@Override
	public boolean readableBy(Actor actor, String kind, long id) {
		if (actor.isAnonymous()) {
			return false;
		}
		if (actor.readsEverything()) {
			return true;
		}
		// A partner reads committee records about a case when it may read the case's subject.
		return find(Actor.system(), id).map(c -> approvals.mayRead(actor, c.subject())).orElse(false);
	}

	@Override
	public @Nullable String page(String kind, long id) {
		return "/approvals/cases/" + id;
	}

	/** Cases are never deleted, so NOT_FOUND only comes from a bad link, which rejects the whole request. */
	private Optional<CaseDetails> find(Actor actor, long id) {
		try {
			return Optional.of(approvals.find(actor, id));
		}
		catch (DomainProblem problem) {
			if (problem.kind() == DomainProblem.Kind.NOT_FOUND) {
				return Optional.empty();
			}
			throw problem;
		}
	}
}
