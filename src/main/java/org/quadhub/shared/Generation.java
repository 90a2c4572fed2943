package org.quadhub.shared;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A counter that a kept read model compares with the one it was built at (see {@link ReadModel}). It moves when a
 * change is made and again when the changing transaction ends, so a model built while the change was still
 * invisible to other transactions is not kept.
 */
public final class Generation {

	private final AtomicLong value = new AtomicLong();

	public long get() {
		return value.get();
	}

	/** Something the readers show has changed (or is changing in the current transaction). */
	public void moved() {
		value.incrementAndGet();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					value.incrementAndGet();
				}
			});
		}
	}
}
