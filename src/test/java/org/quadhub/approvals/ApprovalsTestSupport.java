package org.quadhub.approvals;

import org.quadhub.shared.Actor;
import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.quadhub.users.Users;

import java.util.Set;
import java.util.UUID;

/**
 * Test helpers that drive the approval engine through its public API, as the agencies would: a QUAD reaches
 * APPROVED only through an approved establishment case, so lifecycle tests call {@link #approveEstablishment}.
 */
public final class ApprovalsTestSupport {

	private ApprovalsTestSupport() {
	}

	/** A new AGENCY officer of the given agency, with password {@link Fixtures#PASSWORD}. */
	public static String officer(Users users, String agency) {
		String username = "o-" + agency.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		users.ensure(username, Fixtures.PASSWORD, Set.of(Role.AGENCY), null, agency);
		return username;
	}

	public static Actor actor(String officer) {
		return new Actor(officer, Set.of(Role.AGENCY), null);
	}

	/** Opens the QUAD's establishment case and has each agency approve its steps until the case is approved. */
	public static CaseDetails approveEstablishment(Approvals approvals, Users users, long quadId) {
		TemplateDetails route = approvals.latest(Approvals.QUAD_ESTABLISHMENT).orElseThrow();
		CaseDetails c = approvals.open(Actor.system(), new OpenCase(SubjectRef.QUAD, quadId, route.id()));
		return approveAll(approvals, users, c);
	}

	/** Approves every pending step, wave after wave, until the case is closed. */
	public static CaseDetails approveAll(Approvals approvals, Users users, CaseDetails c) {
		for (int decisions = 0; decisions < 100 && c.status() == CaseStatus.OPEN; decisions++) {
			CaseDetails.Step step = c.steps().stream().filter(s -> s.state().isPending()).findFirst().orElse(null);
			if (step == null) {
				break;
			}
			c = approvals.decide(actor(officer(users, step.agency())), c.id(), step.id(),
					new Decision(Outcome.APPROVED, "In order"));
		}
		return c;
	}
}
