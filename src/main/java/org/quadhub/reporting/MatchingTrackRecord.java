package org.quadhub.reporting;

import org.quadhub.matching.TrackRecord;
import org.quadhub.shared.Actor;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Partner matching's track record: for each organisation, the mean trailing-twelve-month ratio (accepted exports
 * against the trajectory's expected exports) of the established QUADs it belongs to that have accepted results,
 * capped at 1 (on or above target is the full score). Organisations without such QUADs are left out (neutral).
 */
@Component
class MatchingTrackRecord implements TrackRecord {

	private final Targets targets;
	private final QuadFacts facts;
	private final ReportingChanges changes;
	private final ReportStore store;

	MatchingTrackRecord(Targets targets, QuadFacts facts, ReportingChanges changes, ReportStore store) {
		this.targets = targets;
		this.facts = facts;
		this.changes = changes;
		this.store = store;
	}

	@Override
	public Map<Long, Double> scores(Collection<Long> organisationIds) {
		Set<Long> wanted = new HashSet<>(organisationIds);
		Map<Long, List<Double>> ratios = new HashMap<>();
		for (QuadFacts.Fact fact : facts.established()) {
			if (fact.partnerIds().stream().noneMatch(wanted::contains)) {
				continue;
			}
			if (store.monthly(fact.id()).isEmpty()) {
				continue; // nothing accepted yet: no track record, rather than a record of zero
			}
			Double ratio = targets.performance(Actor.system(), fact.id()).trailingRatio();
			if (ratio == null || ratio.isNaN() || ratio.isInfinite()) {
				continue;
			}
			for (Long id : fact.partnerIds()) {
				if (wanted.contains(id)) {
					ratios.computeIfAbsent(id, k -> new ArrayList<>()).add(ratio);
				}
			}
		}
		Map<Long, Double> scores = new HashMap<>();
		ratios.forEach((id, list) -> scores.put(id,
				Math.max(0, Math.min(1, list.stream().mapToDouble(Double::doubleValue).average().orElse(0)))));
		return scores;
	}

	@Override
	public long version() {
		return changes.generation();
	}
}
