package org.quadhub.skills;

import org.quadhub.shared.Sector;

import java.util.List;

/** Everything of a QUAD's skills pipeline: its plan's demand, the programmes, and the gap per year and category. */
public record SkillsView(long quadId, String quadName, Sector sector, List<DemandRow> demand,
		List<ProgrammeDetails> programmes, List<GapRow> gap, boolean mayEdit) {
}
