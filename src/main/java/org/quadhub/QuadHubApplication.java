package org.quadhub;

import org.quadhub.shared.CommandLineTool;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

/** QuadHub: the platform that runs the Pakistan–China QUAD programme. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class QuadHubApplication {

	/** Programme dates (establishment, deadlines) are Pakistan's calendar days. */
	public static final ZoneId PROGRAMME_ZONE = ZoneId.of("Asia/Karachi");

	public static void main(String[] args) {
		Optional<CommandLineTool> tool = args.length == 0 ? Optional.empty() : CommandLineTool.named(args[0]);
		if (tool.isPresent()) {
			System.exit(tool.get().run(Arrays.asList(args).subList(1, args.length), System.out, System.err));
		}
		SpringApplication.run(QuadHubApplication.class, args);
	}

	/**
	 * The system clock, or a clock fixed at {@code quadhub.clock} (an ISO instant) for demos and acceptance tests:
	 * restarting with a later instant lets deadlines lapse without waiting.
	 */
	@Bean
	Clock clock(@Value("${quadhub.clock:}") String fixedAt) {
		return fixedAt.isBlank() ? Clock.system(PROGRAMME_ZONE) : Clock.fixed(Instant.parse(fixedAt), PROGRAMME_ZONE);
	}
}
