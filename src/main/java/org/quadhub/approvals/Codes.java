package org.quadhub.approvals;

import java.util.Arrays;
import java.util.List;

/** Step codes are kept as one comma-separated column: a step has a handful of dependencies at most. */
final class Codes {

	private Codes() {
	}

	static List<String> split(String joined) {
		return joined.isBlank() ? List.of() : Arrays.stream(joined.split(",")).map(String::trim).toList();
	}
}
