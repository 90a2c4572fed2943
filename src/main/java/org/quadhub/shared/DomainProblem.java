package org.quadhub.shared;

import java.util.List;

/**
 * A failure a client can act on. The web edge maps {@link Kind} to an HTTP status and {@link #slug()} to a stable
 * problem type URI; {@link #errors()} names the fields or rows that were wrong.
 */
public class DomainProblem extends RuntimeException {

	public enum Kind {
		/** Input is malformed or fails validation: 400. */
		INVALID,
		/** The subject does not exist: 404. */
		NOT_FOUND,
		/** The caller may not do this: 403. */
		FORBIDDEN,
		/** The subject's state does not allow it, or someone else changed it first: 409. */
		CONFLICT,
		/** Well-formed input that breaks a business rule: 422. */
		RULE_VIOLATED
	}

	/** One wrong field (or row) and what is wrong with it. */
	public record FieldProblem(String field, String message) {
	}

	private final Kind kind;
	private final String slug;
	private final String title;
	private final List<FieldProblem> errors;

	public DomainProblem(Kind kind, String slug, String title, String detail, List<FieldProblem> errors) {
		super(detail);
		this.kind = kind;
		this.slug = slug;
		this.title = title;
		this.errors = List.copyOf(errors);
	}

	public DomainProblem(Kind kind, String slug, String title, String detail) {
		this(kind, slug, title, detail, List.of());
	}

	public static DomainProblem notFound(String what, Object id) {
		return new DomainProblem(Kind.NOT_FOUND, "not-found", what + " not found", what + " " + id + " does not exist.");
	}

	public static DomainProblem invalid(List<FieldProblem> errors) {
		return new DomainProblem(Kind.INVALID, "validation", "Invalid input",
				errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
						: errors.size() + " fields are invalid.",
				errors);
	}

	public static DomainProblem invalid(String field, String message) {
		return invalid(List.of(new FieldProblem(field, message)));
	}

	public static DomainProblem forbidden(String detail) {
		return new DomainProblem(Kind.FORBIDDEN, "forbidden", "Forbidden", detail);
	}

	public static DomainProblem staleVersion(String what, Object id) {
		return new DomainProblem(Kind.CONFLICT, "stale-version", "Edited by someone else",
				what + " " + id + " was changed by someone else since you loaded it; reload and apply your change again.");
	}

	public Kind kind() {
		return kind;
	}

	public String slug() {
		return slug;
	}

	public String title() {
		return title;
	}

	public String detail() {
		return getMessage();
	}

	public List<FieldProblem> errors() {
		return errors;
	}
}
