package org.quadhub.projection;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of projection runs through the API and the UI.
 *
 * @param concurrentRuns runs computed at the same time
 * @param queuedRuns runs that may wait; more are refused with 409 until one finishes
 * @param threadsPerRun engine threads per run (0 = one per processor)
 * @param maxWork largest trials x QUADs x years accepted for one run
 */
@ConfigurationProperties("quadhub.projection")
public record ProjectionSettings(Integer concurrentRuns, Integer queuedRuns, Integer threadsPerRun, Long maxWork) {

	public ProjectionSettings {
		concurrentRuns = concurrentRuns == null ? 1 : concurrentRuns;
		queuedRuns = queuedRuns == null ? 20 : queuedRuns;
		threadsPerRun = threadsPerRun == null ? 0 : threadsPerRun;
		maxWork = maxWork == null ? 20_000_000_000L : maxWork;
	}

	int threads() {
		return threadsPerRun > 0 ? threadsPerRun : Runtime.getRuntime().availableProcessors();
	}
}
