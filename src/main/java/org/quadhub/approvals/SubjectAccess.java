package org.quadhub.approvals;

import org.quadhub.shared.Actor;

import java.util.Set;

/**
 * Implemented by the module that owns a kind of subject (quads for {@code QUAD}), so approvals can ask who may see
 * a case and who answers its queries without depending on that module.
 */
public interface SubjectAccess {

	/** True when this implementation owns subjects of this kind. */
	boolean supports(String kind);

	/** True when the subject exists. */
	boolean exists(SubjectRef subject);

	/** May this actor read the subject's cases? (Roles that read everything are admitted by approvals itself.) */
	boolean mayRead(Actor actor, SubjectRef subject);

	/** May this actor act as the applicant: open a case and answer an agency's query? */
	boolean mayRespond(Actor actor, SubjectRef subject);

	/** A display name, such as the QUAD's name. */
	String describe(SubjectRef subject);

	/** The organisations whose users act as the applicant, for notifications. */
	Set<Long> applicantOrganisations(SubjectRef subject);

	/** The subject's page in the web UI, such as {@code /quads/7}. */
	String path(SubjectRef subject);
}
