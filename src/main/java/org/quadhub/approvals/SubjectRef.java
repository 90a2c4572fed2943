package org.quadhub.approvals;

import java.util.Locale;

/** What a case is about, by kind and id (a QUAD is {@code QUAD}/its id). Approvals never loads the subject itself. */
public record SubjectRef(String kind, long id) {

	/** The subject kind of a QUAD. */
	public static final String QUAD = "QUAD";

	public SubjectRef {
		if (kind == null || kind.isBlank()) {
			throw new IllegalArgumentException("kind is required");
		}
		kind = kind.trim().toUpperCase(Locale.ROOT);
	}

	public static SubjectRef quad(long id) {
		return new SubjectRef(QUAD, id);
	}

	@Override
	public String toString() {
		return kind + ":" + id;
	}
}
