package org.quadhub.quads;

import org.jspecify.annotations.Nullable;

import java.util.EnumSet;
import java.util.Set;

/**
 * Lifecycle of a QUAD. The main line runs PROPOSED → UNDER_REVIEW → APPROVED → AGREEMENT_SIGNED → ESTABLISHED →
 * PRODUCING → EXPORTING; a QUAD can be REJECTED while it is being decided, SUSPENDED once approved (and resumed to
 * the status it was suspended from), and DISSOLVED at any point after proposal. REJECTED and DISSOLVED are final.
 */
public enum QuadStatus {
	PROPOSED, UNDER_REVIEW, APPROVED, AGREEMENT_SIGNED, ESTABLISHED, PRODUCING, EXPORTING, REJECTED, SUSPENDED,
	DISSOLVED;

	/** Where this status may go next; {@code suspendedFrom} matters only for SUSPENDED. */
	public Set<QuadStatus> next(@Nullable QuadStatus suspendedFrom) {
		switch (this) {
			case PROPOSED:
				return EnumSet.of(UNDER_REVIEW, REJECTED, DISSOLVED);
			case UNDER_REVIEW:
				return EnumSet.of(APPROVED, REJECTED, DISSOLVED);
			case APPROVED:
				return EnumSet.of(AGREEMENT_SIGNED, SUSPENDED, DISSOLVED);
			case AGREEMENT_SIGNED:
				return EnumSet.of(ESTABLISHED, SUSPENDED, DISSOLVED);
			case ESTABLISHED:
				return EnumSet.of(PRODUCING, SUSPENDED, DISSOLVED);
			case PRODUCING:
				return EnumSet.of(EXPORTING, SUSPENDED, DISSOLVED);
			case EXPORTING:
				return EnumSet.of(SUSPENDED, DISSOLVED);
			case SUSPENDED:
				return suspendedFrom == null ? EnumSet.of(DISSOLVED) : EnumSet.of(suspendedFrom, DISSOLVED);
			default:
				return EnumSet.noneOf(QuadStatus.class);
		}
	}

	public boolean isFinal() {
		return this == REJECTED || this == DISSOLVED;
	}

	/** A stopping transition must say why. */
	public boolean needsReason() {
		return this == REJECTED || this == SUSPENDED || this == DISSOLVED;
	}
}
