package org.quadhub.observability;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** QUADHUB_LOG_FORMAT picks Boot's structured console format before logging starts. */
class LogFormatTest {

	private static StandardEnvironment environment(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		new LogFormat().postProcessEnvironment(environment, new SpringApplication());
		return environment;
	}

	@Test
	void jsonMeansElasticCommonSchemaAndTextOrNothingKeepsTheDefault() {
		StandardEnvironment json = environment(Map.of("quadhub.log-format", "json"));
		assertThat(json.getProperty(LogFormat.BOOT_PROPERTY)).isEqualTo("ecs");
		assertThat(json.getProperty("spring.main.banner-mode")).as("no plain-text banner among JSON lines").isEqualTo("off");
		StandardEnvironment fromVariable = new StandardEnvironment();
		fromVariable.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource("variables", Map.<String, Object>of("QUADHUB_LOG_FORMAT", "JSON")));
		new LogFormat().postProcessEnvironment(fromVariable, new SpringApplication());
		assertThat(fromVariable.getProperty(LogFormat.BOOT_PROPERTY)).as("QUADHUB_LOG_FORMAT=JSON").isEqualTo("ecs");
		assertThat(environment(Map.of("quadhub.log-format", "logstash")).getProperty(LogFormat.BOOT_PROPERTY))
			.isEqualTo("logstash");
		StandardEnvironment text = environment(Map.of("quadhub.log-format", "text"));
		assertThat(text.getProperty(LogFormat.BOOT_PROPERTY)).isNull();
		assertThat(text.getProperty("spring.main.banner-mode")).isNull();
		assertThat(environment(Map.of()).getProperty(LogFormat.BOOT_PROPERTY)).isNull();
	}

	@Test
	void anExplicitBootSettingWins() {
		assertThat(environment(Map.of("quadhub.log-format", "json", LogFormat.BOOT_PROPERTY, "gelf"))
			.getProperty(LogFormat.BOOT_PROPERTY)).isEqualTo("gelf");
	}

	@Test
	void anUnknownFormatStopsTheStartNamingTheAcceptedOnes() {
		assertThatIllegalArgumentException().isThrownBy(() -> environment(Map.of("quadhub.log-format", "xml")))
			.withMessageContaining("text, json, ecs, logstash, gelf");
	}
}
