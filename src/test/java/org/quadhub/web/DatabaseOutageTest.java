package org.quadhub.web;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures mean the database is unavailable (answered 503, retry later) and which stay what they were. The
 * end-to-end behaviour with a real server stopped under traffic is in {@code CrashRecoveryIT}.
 */
class DatabaseOutageTest {

	@Test
	void poolTimeoutsLostConnectionsAndServerShutdownAreOutages() {
		SQLTransientConnectionException hikariTimeout = new SQLTransientConnectionException(
				"quadhub - Connection is not available, request timed out after 3000ms.");
		assertThat(DatabaseOutage.isOutage(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
				hikariTimeout))).isTrue();
		assertThat(DatabaseOutage.isOutage(new CannotCreateTransactionException("Could not open JPA EntityManager",
				hikariTimeout))).isTrue();
		assertThat(DatabaseOutage.isOutage(new QueryTimeoutException("timeout"))).isTrue();
		// the server went away in the middle of a COPY that the caller wrapped in its own exception
		assertThat(DatabaseOutage.isOutage(new IllegalStateException("COPY into report_export_line failed",
				new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE))))
			.isTrue();
		assertThat(DatabaseOutage.isOutage(new PSQLException("terminating connection due to administrator command",
				PSQLState.UNKNOWN_STATE) {
			@Override
			public String getSQLState() {
				return "57P01";
			}
		})).isTrue();
		// a rollback after the pool had already closed the broken connection
		assertThat(DatabaseOutage.isOutage(new JpaSystemException(new RuntimeException(
				"Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))))).isTrue();
		// HTTP Basic could not load the account: not a wrong password
		assertThat(DatabaseOutage.isOutage(new InternalAuthenticationServiceException("lookup failed",
				new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", hikariTimeout)))).isTrue();
	}

	@Test
	void conflictsBadDataAndBugsAreNotOutages() {
		assertThat(DatabaseOutage.isOutage(new OptimisticLockingFailureException("stale"))).isFalse();
		assertThat(DatabaseOutage.isOutage(new DataIntegrityViolationException("duplicate key",
				new PSQLException("duplicate key value violates unique constraint", PSQLState.UNIQUE_VIOLATION)))).isFalse();
		assertThat(DatabaseOutage.isOutage(new IllegalStateException("bug"))).isFalse();
		assertThat(DatabaseOutage.isOutage(null)).isFalse();
	}

	@Test
	void theProblemIs503WithAStableType() {
		assertThat(DatabaseOutage.problem().getStatus()).isEqualTo(503);
		assertThat(DatabaseOutage.problem().getType().toString()).endsWith("/database-unavailable");
	}
}
