package org.quadhub.complexity.calc;

/** The input cannot give meaningful complexity measures (too few countries or products, negative values). */
public class DegenerateInput extends RuntimeException {

	public DegenerateInput(String message) {
		super(message);
	}
}
