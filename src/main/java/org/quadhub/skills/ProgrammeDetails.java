package org.quadhub.skills;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Sector;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A programme as readers see it; {@code partnerUniversity} is true when the university is one of the QUAD's partners. */
public record ProgrammeDetails(long id, long quadId, long universityId, String universityName,
		boolean partnerUniversity, String name, SkillCategory category, Sector sector, int enrolment,
		List<GraduateYear> graduates, boolean curriculumRevised, @Nullable LocalDate revisedOn, String updatedBy,
		Instant updatedAt, long version) {
}
