package org.quadhub.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Runs Jakarta Bean Validation on a command and turns violations into one {@link DomainProblem}. */
public final class Checks {

	private Checks() {
	}

	public static <T> T valid(Validator validator, T command) {
		Set<ConstraintViolation<T>> violations = validator.validate(command);
		if (!violations.isEmpty()) {
			List<DomainProblem.FieldProblem> errors = violations.stream()
				.map(v -> new DomainProblem.FieldProblem(field(v.getPropertyPath().toString()), v.getMessage()))
				.sorted(Comparator.comparing(DomainProblem.FieldProblem::field))
				.toList();
			throw DomainProblem.invalid(errors);
		}
		return command;
	}

	/** {@code hsCodes[0].<list element>} reads {@code hsCodes[0]}; {@code roles[].<iterable element>} reads {@code roles}. */
	static String field(String propertyPath) {
		return propertyPath.replaceAll("\\.<[a-z ]+>", "").replace("[]", "");
	}
}
