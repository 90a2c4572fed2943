package org.quadhub.ip;

/** Where an application stands; REFUSED, WITHDRAWN and LAPSED end it. */
public enum PatentStatus {
	FILED, PUBLISHED, GRANTED, REFUSED, WITHDRAWN, LAPSED;

	/** Pending applications and granted patents still have deadlines. */
	public boolean alive() {
		return this == FILED || this == PUBLISHED || this == GRANTED;
	}
}
