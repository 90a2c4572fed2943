package org.quadhub.reporting;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One revision of a QUAD's report for a period, with its review state and every section but the export lines. */
public record ReportDetails(long id, long quadId, String period, PeriodKind periodKind, int revision,
		ReportStatus status, Channel channel, String submittedBy, Instant submittedAt, @Nullable String reviewedBy,
		@Nullable Instant reviewedAt, @Nullable String reviewNote, long lineCount, BigDecimal exportsUsd,
		@Nullable BigDecimal productionValueUsd, @Nullable BigDecimal localContentShare,
		@Nullable BigDecimal investmentUsd, List<SubmitReport.Jobs> employment, List<SubmitReport.Training> training,
		@Nullable Integer curriculaUpdated, List<SubmitReport.Patent> patents, @Nullable Integer publications,
		@Nullable Integer prototypes, long version) {

	/** The same revision with these sections (read in one query per section for a whole list). */
	ReportDetails withSections(List<SubmitReport.Jobs> employment, List<SubmitReport.Training> training,
			List<SubmitReport.Patent> patents) {
		return new ReportDetails(id, quadId, period, periodKind, revision, status, channel, submittedBy, submittedAt,
				reviewedBy, reviewedAt, reviewNote, lineCount, exportsUsd, productionValueUsd, localContentShare,
				investmentUsd, List.copyOf(employment), List.copyOf(training), curriculaUpdated, List.copyOf(patents),
				publications, prototypes, version);
	}

	/** Direct jobs over all categories. */
	public int directJobs() {
		return employment.stream().mapToInt(j -> j.jobs() == null ? 0 : j.jobs()).sum();
	}
}
