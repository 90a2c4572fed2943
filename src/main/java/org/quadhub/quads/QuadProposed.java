package org.quadhub.quads;

import org.quadhub.shared.Sector;

import java.util.Map;

/** A QUAD was proposed with these four partners. */
public record QuadProposed(long quadId, String name, Sector productCategory, Map<PartnerRole, Long> partners,
		String actor) {
}
