package org.quadhub.observability;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Locale;
import java.util.Map;

/**
 * Switches the console log between the human-readable default and structured JSON before logging starts:
 * {@code QUADHUB_LOG_FORMAT} (or the property {@code quadhub.log-format}) set to {@code json} or {@code ecs} gives
 * Elastic Common Schema lines, {@code logstash} or {@code gelf} those formats, {@code text} (or nothing) the
 * default; structured output also turns the banner off. An explicit {@code logging.structured.format.console} wins. Any other value stops the start with a
 * message naming the accepted ones.
 */
public class LogFormat implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY = "quadhub.log-format";

	static final String BOOT_PROPERTY = "logging.structured.format.console";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		// the environment variable QUADHUB_LOG_FORMAT reaches this property through relaxed binding
		String requested = environment.getProperty(PROPERTY);
		if (requested == null || environment.containsProperty(BOOT_PROPERTY)) {
			return;
		}
		String format = bootFormat(requested);
		if (format != null) {
			// the banner is plain text: a log shipper reading the console expects one JSON object per line
			environment.getPropertySources()
				.addLast(new MapPropertySource("quadhubLogFormat",
						Map.of(BOOT_PROPERTY, format, "spring.main.banner-mode", "off")));
		}
	}

	/** Boot's structured format name for a QuadHub log format, or null for plain text. */
	static @Nullable String bootFormat(String requested) {
		String value = requested.strip().toLowerCase(Locale.ROOT);
		return switch (value) {
			case "", "text", "plain" -> null;
			case "json", "ecs" -> "ecs";
			case "logstash" -> "logstash";
			case "gelf" -> "gelf";
			default -> throw new IllegalArgumentException("QUADHUB_LOG_FORMAT must be one of text, json, ecs, "
					+ "logstash, gelf; got '" + requested + "'");
		};
	}

	@Override
	public int getOrder() {
		// after the configuration files have been read (ConfigDataEnvironmentPostProcessor)
		return Ordered.LOWEST_PRECEDENCE;
	}
}
