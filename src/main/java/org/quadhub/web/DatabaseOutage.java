package org.quadhub.web;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Recognises a failure that means the database cannot be reached right now (server stopped or restarting, network
 * gone, pool timed out waiting for a connection) as opposed to a bug or bad input. Such a request was not applied and
 * may simply be retried, so it is answered 503 with {@code Retry-After} rather than 500 (ADR 0022).
 */
final class DatabaseOutage {

	/** Seconds a client should wait before retrying; about the pool's connection timeout. */
	static final String RETRY_AFTER_SECONDS = "5";

	private DatabaseOutage() {
	}

	/** True when this failure, or anything in its cause chain, says the database is unavailable. */
	static boolean isOutage(@Nullable Throwable failure) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
			if (t instanceof OptimisticLockingFailureException) {
				return false;
			}
			if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
					|| t instanceof CannotCreateTransactionException || t instanceof SQLTransientConnectionException
					|| t instanceof SQLNonTransientConnectionException || t instanceof ConnectException) {
				return true;
			}
			if (t instanceof SQLException sql && (isConnectionState(sql.getSQLState()) || isClosedPoolConnection(sql))) {
				return true;
			}
			if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * SQLSTATE class 08 (connection exception), 57P01-57P03 (server shutting down, crashed, not yet accepting
	 * connections) and 53300 (too many connections).
	 */
	private static boolean isConnectionState(@Nullable String state) {
		return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
				|| state.equals("57P03") || state.equals("53300"));
	}

	/** HikariCP's answer (without a SQLSTATE) on a connection it already closed because the server went away. */
	private static boolean isClosedPoolConnection(SQLException sql) {
		return sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage());
	}

	/** Failures from the persistence layer whose cause does not say why (e.g. a rollback that failed too). */
	static boolean isPersistenceFailure(@Nullable Throwable failure) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
			if (t instanceof org.springframework.dao.DataAccessException
					|| t instanceof org.springframework.transaction.TransactionException || t instanceof SQLException
					|| t instanceof jakarta.persistence.PersistenceException) {
				return true;
			}
		}
		return false;
	}

	static ProblemDetail problem() {
		return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "Service temporarily unavailable",
				"The database is not available right now (unreachable, restarting or busy). Try again in a few seconds; "
						+ "a request sent with an Idempotency-Key is safe to repeat.");
	}
}
