package org.quadhub.reliability;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A PostgreSQL server the test owns: zonky's embedded binaries, a fixed data directory under target/ and a fixed
 * port, so it can be stopped in the middle of traffic and started again on the same data, like an operator
 * restarting the database server.
 */
final class OwnedDatabase implements AutoCloseable {

	private final Path dataDirectory;
	private int port;
	private EmbeddedPostgres postgres;

	OwnedDatabase(Path dataDirectory) {
		this.dataDirectory = dataDirectory;
	}

	/** First start: a fresh cluster on a free port. */
	void startFresh() throws IOException {
		// not setCleanDataDirectory(true): zonky would then delete the directory when the server stops
		if (Files.exists(dataDirectory)) {
			try (Stream<Path> files = Files.walk(dataDirectory)) {
				files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
			}
		}
		Files.createDirectories(dataDirectory.getParent());
		postgres = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
			.setPGStartupWait(Duration.ofSeconds(60)).start();
		port = postgres.getPort();
	}

	/** Starts the server again on the same data directory and port. */
	void restart() throws IOException {
		postgres = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
			.setPort(port).setPGStartupWait(Duration.ofSeconds(60)).start();
	}

	/** Stops the server (pg_ctl stop, fast mode: open sessions are cut, committed data stays). */
	void stop() throws IOException {
		if (postgres != null) {
			postgres.close();
			postgres = null;
		}
	}

	int port() {
		return port;
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + port + "/postgres";
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
	}

	@Override
	public void close() throws IOException {
		stop();
	}
}
