package org.quadhub.reporting;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A generation number that moves whenever something the dashboard shows may have changed (a report stored or
 * reviewed, a trajectory reshaped, a QUAD changed). Moved again after the transaction commits, so a dashboard built
 * while the change was still invisible is not kept.
 */
@Component
class ReportingChanges {

	private final AtomicLong generation = new AtomicLong();

	long generation() {
		return generation.get();
	}

	void changed() {
		generation.incrementAndGet();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					generation.incrementAndGet();
				}
			});
		}
	}
}
