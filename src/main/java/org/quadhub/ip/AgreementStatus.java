package org.quadhub.ip;

import java.util.EnumSet;
import java.util.Set;

/** An agreement is drafted, signed, comes into force, and ends by termination or expiry (both final). */
public enum AgreementStatus {
	DRAFT, SIGNED, IN_FORCE, TERMINATED, EXPIRED;

	/** The statuses this one may move to (staying put is always allowed). */
	public Set<AgreementStatus> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(SIGNED, TERMINATED);
			case SIGNED -> EnumSet.of(IN_FORCE, TERMINATED);
			case IN_FORCE -> EnumSet.of(TERMINATED, EXPIRED);
			case TERMINATED, EXPIRED -> EnumSet.noneOf(AgreementStatus.class);
		};
	}

	/** True while the agreement binds its parties (deadlines of its end date matter). */
	public boolean binding() {
		return this == SIGNED || this == IN_FORCE;
	}
}
