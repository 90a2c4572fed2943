package org.quadhub.ip;

/** What falls due: PCT national-phase entry, a yearly annuity, a transfer milestone, or an agreement's end. */
public enum DeadlineKind {
	NATIONAL_PHASE, ANNUITY, MILESTONE, AGREEMENT_END
}
