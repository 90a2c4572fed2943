package org.quadhub.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Provides the one {@link DataSource}: external PostgreSQL when configured, otherwise an embedded one. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(DatabaseSettings settings) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("quadhub");
		config.setMaximumPoolSize(settings.poolSize());
		// Fail fast while the database is unreachable (requests get 503, ADR 0022) rather than queueing for 30 s;
		// the pool keeps trying in the background and recovers by itself when the server is back.
		long timeout = Math.max(500, settings.connectionTimeout().toMillis());
		config.setConnectionTimeout(timeout);
		config.setValidationTimeout(Math.max(250, Math.min(1000, timeout / 2)));
		if (settings.external()) {
			log.info("Using external PostgreSQL at {}", settings.url());
			config.setJdbcUrl(settings.url());
			config.setUsername(settings.user());
			config.setPassword(settings.password());
		}
		else {
			EmbeddedPostgres postgres = startEmbedded(settings);
			config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
			config.setUsername("postgres");
			return new EmbeddedBackedDataSource(config, postgres);
		}
		return new HikariDataSource(config);
	}

	private static EmbeddedPostgres startEmbedded(DatabaseSettings settings) {
		Path dir = Path.of(settings.embeddedDir()).toAbsolutePath().normalize();
		try {
			Files.createDirectories(dir.getParent());
			log.info("Starting embedded PostgreSQL with data in {}", dir);
			return EmbeddedPostgres.builder()
				.setDataDirectory(dir)
				.setCleanDataDirectory(settings.embeddedClean())
				.setPGStartupWait(Duration.ofSeconds(60))
				// zonky is a test library: it starts PostgreSQL with -F (fsync off) and synchronous_commit off, so
				// an acknowledged write could vanish, and the data directory could be corrupted, when the machine
				// (not just QuadHub) goes down. The embedded server is the default production store: durable.
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.start();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start embedded PostgreSQL in " + dir, e);
		}
	}

	/** Closes the embedded server after the pool, so connections end before the server does. */
	static final class EmbeddedBackedDataSource extends HikariDataSource {

		private final EmbeddedPostgres postgres;

		EmbeddedBackedDataSource(HikariConfig config, EmbeddedPostgres postgres) {
			super(config);
			this.postgres = postgres;
		}

		@Override
		public void close() {
			super.close();
			try {
				postgres.close();
			}
			catch (IOException e) {
				log.warn("Embedded PostgreSQL did not stop cleanly", e);
			}
		}
	}
}
