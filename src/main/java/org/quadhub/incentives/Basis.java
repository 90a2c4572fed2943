package org.quadhub.incentives;

/** Where a ledger figure comes from: reported by the QUAD, planned from its target, or estimated from exports. */
public enum Basis {
	REPORTED, PLANNED, ESTIMATED
}
