package org.quadhub.database;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no configuration QuadHub runs its own PostgreSQL, a second start finds the first start's data, and a write
 * it acknowledged is on disk (zonky, a test library, would otherwise run the server without fsync).
 */
class EmbeddedDatabaseTest {

	@TempDir
	Path dir;

	private HikariDataSource start() {
		return new DatabaseConfiguration().dataSource(
				new DatabaseSettings(null, null, null, dir.resolve("pg").toString(), false, 2,
						java.time.Duration.ofSeconds(3)));
	}

	@Test
	void dataSurvivesARestart() throws Exception {
		try (HikariDataSource first = start(); Connection c = first.getConnection(); Statement s = c.createStatement()) {
			s.execute("create table kept (v text)");
			s.execute("insert into kept values ('from the first start')");
		}
		try (HikariDataSource second = start(); Connection c = second.getConnection(); Statement s = c.createStatement();
				ResultSet rows = s.executeQuery("select v, version() from kept")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("from the first start");
			assertThat(rows.getString(2)).startsWith("PostgreSQL");
		}
	}

	@Test
	void theEmbeddedServerFlushesEveryCommitToDisk() throws Exception {
		try (HikariDataSource db = start(); Connection c = db.getConnection(); Statement s = c.createStatement();
				ResultSet rows = s.executeQuery("select current_setting('fsync'), current_setting('synchronous_commit'), "
						+ "current_setting('full_page_writes')")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).as("fsync").isEqualTo("on");
			assertThat(rows.getString(2)).as("synchronous_commit").isEqualTo("on");
			assertThat(rows.getString(3)).as("full_page_writes").isEqualTo("on");
		}
	}
}
