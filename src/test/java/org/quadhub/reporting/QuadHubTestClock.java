package org.quadhub.reporting;

import org.quadhub.QuadHubApplication;

import java.time.ZoneId;

/** The zone the application's clock runs in, for tests that compute dates relative to today. */
final class QuadHubTestClock {

	static final ZoneId ZONE = QuadHubApplication.PROGRAMME_ZONE;

	private QuadHubTestClock() {
	}
}
