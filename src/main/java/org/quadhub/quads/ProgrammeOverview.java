package org.quadhub.quads;

import org.quadhub.shared.Sector;

import java.util.List;
import java.util.Map;

/** The whole programme at a glance: public, aggregate, no partner details. */
public record ProgrammeOverview(long total, Map<QuadStatus, Long> byStatus, Map<Sector, Long> bySector,
		List<QuadSummary> quads) {
}
