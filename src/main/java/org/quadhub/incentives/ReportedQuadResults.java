package org.quadhub.incentives;

import org.quadhub.reporting.Reports;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fiscal ledger's reported figures: accepted exports and direct jobs by calendar year, from reporting. */
@Component
class ReportedQuadResults implements ReportedResults {

	private final Reports reports;

	ReportedQuadResults(Reports reports) {
		this.reports = reports;
	}

	@Override
	public Map<Integer, BigDecimal> exportsByYear(long quadId) {
		return reports.acceptedExportsByYear(quadId);
	}

	@Override
	public Map<Integer, Long> directJobsByYear(long quadId) {
		Map<Integer, Long> jobs = new LinkedHashMap<>();
		reports.directJobsByYear(quadId).forEach((year, count) -> jobs.put(year, count.longValue()));
		return jobs;
	}
}
