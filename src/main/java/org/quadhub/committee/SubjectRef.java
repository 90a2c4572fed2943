package org.quadhub.committee;

/** What an agenda item or decision is about: a subject kind (QUAD, APPROVAL_CASE, ...) and its id. */
public record SubjectRef(String kind, long id) {

	public static final String QUAD = "QUAD";
	public static final String APPROVAL_CASE = "APPROVAL_CASE";

	@Override
	public String toString() {
		return kind + " " + id;
	}
}
