package org.quadhub.database;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code quadhub.db.*}, usually set through the environment ({@code QUADHUB_DB_URL}, {@code QUADHUB_DB_USER},
 * {@code QUADHUB_DB_PASSWORD}). Without a URL QuadHub runs its own embedded PostgreSQL.
 *
 * @param url JDBC URL of an external PostgreSQL server; blank means embedded
 * @param embeddedDir data directory of the embedded server; kept across restarts
 * @param embeddedClean wipe the embedded data directory at start (tests only)
 * @param poolSize maximum JDBC connections
 */
@ConfigurationProperties("quadhub.db")
record DatabaseSettings(@Nullable String url, @Nullable String user, @Nullable String password,
		@DefaultValue("./data/pg") String embeddedDir, @DefaultValue("false") boolean embeddedClean,
		@DefaultValue("10") int poolSize) {

	boolean external() {
		return url != null && !url.isBlank();
	}
}
