package org.quadhub.complexity.data;

import org.quadhub.complexity.calc.RowProblem;

import java.util.List;

/** A trade file that cannot be imported, with every bad row found (up to a limit). */
public class TradeFileProblems extends RuntimeException {

	private final List<RowProblem> problems;

	public TradeFileProblems(String message, List<RowProblem> problems) {
		super(message);
		this.problems = List.copyOf(problems);
	}

	public List<RowProblem> problems() {
		return problems;
	}
}
