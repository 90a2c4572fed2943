package org.quadhub.database;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code quadhub.db.*}, usually set through the environment ({@code QUADHUB_DB_URL}, {@code QUADHUB_DB_USER},
 * {@code QUADHUB_DB_PASSWORD}). Without a URL QuadHub runs its own embedded PostgreSQL.
 *
 * @param url JDBC URL of an external PostgreSQL server; blank means embedded
 * @param embeddedDir data directory of the embedded server; kept across restarts
 * @param embeddedClean wipe the embedded data directory at start (tests only)
 * @param poolSize maximum JDBC connections
 * @param connectionTimeout how long a request waits for a connection before it fails (with 503 while the
 *        database is unreachable) instead of hanging; short on purpose, see ADR 0022
 */
@ConfigurationProperties("quadhub.db")
record DatabaseSettings(@Nullable String url, @Nullable String user, @Nullable String password,
		@DefaultValue("./data/pg") String embeddedDir, @DefaultValue("false") boolean embeddedClean,
		@DefaultValue("10") int poolSize, @DefaultValue("3s") Duration connectionTimeout) {

	boolean external() {
		return url != null && !url.isBlank();
	}
}
