package org.quadhub.reliability;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup round trip of docs/operations/backup.md, {@code ops/backup-roundtrip.sh}, on a throw-away PostgreSQL
 * server this test owns: dump with pg_dump (custom format), restore into a fresh database, start the packaged
 * application on the copy, compare every table's row count, verify the audit chain. zonky's binaries ship no
 * pg_dump, so this needs a PostgreSQL client (14 or newer) on PATH or in {@code PG_BIN}; it is skipped unless
 * {@code QUADHUB_REQUIRE_PGDUMP=true}, which also turns a missing client into a failure. CI runs the same script in
 * its stage {@code .ci/stage-reliability.sh} against Debian's server in the two-role setup.
 */
class BackupRoundTripIT {

	@Test
	void dumpRestoreStartAndVerify() throws Exception {
		Assumptions.assumeTrue("true".equals(System.getenv("QUADHUB_REQUIRE_PGDUMP")),
				"backup round trip skipped: set QUADHUB_REQUIRE_PGDUMP=true (needs pg_dump, pg_restore and psql)");
		String bin = System.getenv().getOrDefault("PG_BIN", "");
		for (String tool : new String[] { "pg_dump", "pg_restore", "psql" }) {
			assertThat(bin.isEmpty() ? onPath(tool) : Files.isExecutable(Path.of(bin, tool)))
				.as(tool + " is required (Debian: apt-get install postgresql-client)").isTrue();
		}
		Path dir = Path.of(System.getProperty("quadhub.it.dir", "target/reliability-it")).toAbsolutePath();
		Path jar = Path.of(System.getProperty("quadhub.jar", "target/quadhub.jar")).toAbsolutePath();
		assertThat(jar).exists();
		try (OwnedDatabase db = new OwnedDatabase(dir.resolve("pg-backup"))) {
			db.startFresh();
			Path log = dir.resolve("backup-roundtrip.log");
			ProcessBuilder script = new ProcessBuilder("bash", "ops/backup-roundtrip.sh").redirectErrorStream(true)
				.redirectOutput(log.toFile());
			Map<String, String> env = script.environment();
			env.put("PGHOST", "localhost");
			env.put("PGPORT", Integer.toString(db.port()));
			env.put("PGUSER", "postgres");
			env.put("PGPASSWORD", "postgres");
			env.put("JAR", jar.toString());
			Process run = script.start();
			assertThat(run.waitFor(10, TimeUnit.MINUTES)).as("round trip finished").isTrue();
			String output = Files.readString(log);
			System.out.println(output);
			assertThat(run.exitValue()).as(output).isZero();
			assertThat(output).contains("row counts match").contains("audit chain valid").contains("round trip OK");
		}
	}

	private static boolean onPath(String tool) {
		for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			if (Files.isExecutable(Path.of(entry, tool))) {
				return true;
			}
		}
		return false;
	}
}
