package org.quadhub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.ZoneId;

/** QuadHub: the platform that runs the Pakistan–China QUAD programme. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QuadHubApplication {

	public static void main(String[] args) {
		SpringApplication.run(QuadHubApplication.class, args);
	}

	/** Programme dates (establishment, deadlines) are Pakistan's calendar days. */
	@Bean
	Clock clock() {
		return Clock.system(ZoneId.of("Asia/Karachi"));
	}
}
