package org.quadhub.projection.engine;

import java.util.List;

/** The scenario breaks the schema; {@link #errors()} names every wrong field by its JSON path. */
public class ScenarioInvalid extends RuntimeException {

	/** One wrong field, e.g. {@code sectors.ELECTRONICS.peakExportsUsd.sigma}, and what is wrong with it. */
	public record FieldError(String field, String message) {
	}

	private final List<FieldError> errors;

	public ScenarioInvalid(List<FieldError> errors) {
		super(errors.isEmpty() ? "invalid scenario"
				: errors.get(0).field() + ": " + errors.get(0).message()
						+ (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
		this.errors = List.copyOf(errors);
	}

	public List<FieldError> errors() {
		return errors;
	}
}
