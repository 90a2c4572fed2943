package org.quadhub.shared;

import java.sql.SQLException;

/** Reads what a database failure was about, without tying the modules to a driver. */
public final class Constraints {

	/** PostgreSQL's SQLSTATE for a unique-constraint violation. */
	private static final String UNIQUE_VIOLATION = "23505";

	private Constraints() {
	}

	/** True when the failure, or any cause of it, is a unique-constraint violation. */
	public static boolean isUniqueViolation(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}
}
