package org.quadhub.projection;

import org.quadhub.reporting.Reports;
import org.quadhub.reporting.Targets;
import org.quadhub.shared.Actor;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Accepted exports from the reporting module for projections from the programme as it is: the total of every
 * accepted period and the trailing twelve months the traffic lights use. Only accepted reports count.
 */
@Component
class ReportedActuals implements ProgrammeActuals {

	private final Reports reports;
	private final Targets targets;

	ReportedActuals(Reports reports, Targets targets) {
		this.reports = reports;
		this.targets = targets;
	}

	@Override
	public Map<Long, AcceptedExports> acceptedExports(Collection<Long> quadIds) {
		Map<Long, AcceptedExports> found = new LinkedHashMap<>();
		for (long id : quadIds) {
			BigDecimal toDate = reports.acceptedExportsByYear(id).values().stream().reduce(BigDecimal.ZERO,
					BigDecimal::add);
			if (toDate.signum() > 0) {
				BigDecimal latestYear = targets.performance(Actor.system(), id).trailingActualUsd();
				found.put(id, new AcceptedExports(toDate, latestYear));
			}
		}
		return found;
	}
}
