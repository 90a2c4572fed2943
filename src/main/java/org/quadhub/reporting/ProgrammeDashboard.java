package org.quadhub.reporting;

import org.jspecify.annotations.Nullable;
import org.quadhub.quads.QuadStatus;
import org.quadhub.reporting.model.Standing;
import org.quadhub.shared.Sector;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The programme at a glance, from accepted figures only: every established QUAD's light and exports against its
 * trajectory by year, the programme total against the USD 200 bn line, sectors, destinations, regions, jobs,
 * R&amp;D and training.
 *
 * @param asOf the trailing twelve months end before this month
 * @param year the calendar year of the destination, region and sector breakdowns
 * @param approvalsOverdue approval steps past their deadline, by agency (read from the approvals module)
 */
public record ProgrammeDashboard(String asOf, int year, List<QuadStanding> quads, Map<Standing, Long> lights,
		List<YearTotal> programme, BigDecimal programmeTargetUsd, int programmeTargetYear,
		Map<Sector, BigDecimal> bySector, List<Amount> topDestinations, List<Amount> regions, List<Jobs> jobs,
		Outputs outputs, long awaitingReview, ApprovalsOverdue approvalsOverdue) {

	/** The same dashboard with the current approvals-overdue panel. */
	/** The same dashboard with the current count of revisions awaiting review. */
	public ProgrammeDashboard withAwaitingReview(long waiting) {
		return new ProgrammeDashboard(asOf, year, quads, lights, programme, programmeTargetUsd, programmeTargetYear,
				bySector, topDestinations, regions, jobs, outputs, waiting, approvalsOverdue);
	}

	public ProgrammeDashboard withApprovalsOverdue(ApprovalsOverdue overdue) {
		return new ProgrammeDashboard(asOf, year, quads, lights, programme, programmeTargetUsd, programmeTargetYear,
				bySector, topDestinations, regions, jobs, outputs, awaitingReview, overdue);
	}

	/** One QUAD's light, trailing figures and exports by calendar year against its trajectory. */
	public record QuadStanding(long quadId, String name, Sector sector, QuadStatus status, Standing standing,
			@Nullable Double ratio, BigDecimal trailingActualUsd, double trailingExpectedUsd, List<YearValue> years) {
	}

	public record YearValue(int year, BigDecimal actualUsd, double expectedUsd) {
	}

	/** Programme exports of one calendar year, the sum of the QUAD trajectories, and the programme year (1 = first). */
	public record YearTotal(int year, int programmeYear, BigDecimal actualUsd, double trajectoryUsd) {
	}

	public record Amount(String name, BigDecimal usd) {
	}

	/** Direct jobs in one category over all QUADs, from each QUAD's latest accepted employment report. */
	public record Jobs(JobCategory category, long jobs, long women) {
	}

	/** R&amp;D and training outputs over all accepted reports. */
	public record Outputs(long patentsFiled, long patentsGranted, long publications, long prototypes,
			long peopleTrained, long womenTrained, long curriculaUpdated) {
	}
}
