package org.quadhub.matching;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Matching settings ({@code quadhub.matching.*}): the solver's random seed (fixed, so runs are repeatable for the
 * same number of steps), how many runs solve at once, and how often a solving run writes its progress.
 */
@ConfigurationProperties("quadhub.matching")
record MatchingSettings(@DefaultValue("0") long randomSeed, @DefaultValue("1") int parallelRuns,
		@DefaultValue("500") long progressWriteMillis) {
}
