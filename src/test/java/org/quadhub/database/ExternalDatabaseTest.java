package org.quadhub.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** When QUADHUB_DB_URL is set, QuadHub really talks to that server, not to an embedded one. */
@QuadHubTest
@EnabledIfEnvironmentVariable(named = "QUADHUB_DB_URL", matches = ".+")
class ExternalDatabaseTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void usesTheConfiguredServerAndDatabase() {
		String url = System.getenv("QUADHUB_DB_URL").replaceAll("\\?.*$", "");
		String database = jdbc.queryForObject("select current_database()", String.class);
		assertThat(url).endsWith("/" + database);
		assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo(System.getenv("QUADHUB_DB_USER"));
		java.util.regex.Matcher port = java.util.regex.Pattern.compile("//[^/:]+:(\\d+)/").matcher(url);
		if (port.find()) {
			assertThat(jdbc.queryForObject("select inet_server_port()", Integer.class))
				.isEqualTo(Integer.parseInt(port.group(1)));
		}
	}
}
