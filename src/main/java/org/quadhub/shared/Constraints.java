package org.quadhub.shared;

import java.sql.SQLException;
import java.util.function.Supplier;

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
		}
		return false;
	}

	/** Runs a write; a unique-constraint violation becomes the given conflict, anything else propagates. */
	public static void writeOrConflict(Runnable write, Supplier<DomainProblem> conflict) {
		try {
			write.run();
		}
		catch (RuntimeException e) {
			if (isUniqueViolation(e)) {
				throw conflict.get();
			}
			throw e;
		}
	}
}
