package org.quadhub.reporting;

import org.jspecify.annotations.Nullable;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.QuadEstablished;
import org.quadhub.quads.QuadProposed;
import org.quadhub.quads.QuadStatus;
import org.quadhub.quads.QuadStatusChanged;
import org.quadhub.quads.QuadSummary;
import org.quadhub.quads.Quads;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Sector;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the dashboard needs of every QUAD (name, sector, status, establishment, target, horizon), read from the
 * quads API and kept for a short while: the dashboard is read far more often than QUADs change. Any QUAD event
 * drops the copy at once; the time limit covers changes that publish none.
 */
@Component
class QuadFacts {

	/** One QUAD as reporting sees it. */
	record Fact(long id, String name, Sector sector, QuadStatus status, @Nullable LocalDate establishedOn,
			BigDecimal exportTargetUsd, int targetYears, Set<Long> partnerIds) {
	}

	private static final Duration FRESH_FOR = Duration.ofSeconds(30);

	private final Quads quads;
	private final Clock clock;
	private volatile @Nullable List<Fact> cached;
	private volatile Instant loadedAt = Instant.EPOCH;

	private final ReportingChanges changes;

	QuadFacts(Quads quads, Clock clock, ReportingChanges changes) {
		this.changes = changes;
		this.quads = quads;
		this.clock = clock;
	}

	List<Fact> all() {
		List<Fact> facts = cached;
		Instant now = Instant.now();
		if (facts == null || now.isAfter(loadedAt.plus(FRESH_FOR))) {
			List<Fact> loaded = new ArrayList<>();
			for (QuadSummary summary : quads.search(Actor.system(), null, null)) {
				QuadDetails d = quads.find(Actor.system(), summary.id());
				Set<Long> partners = new java.util.HashSet<>();
				d.partners().values().forEach(p -> partners.add(p.id()));
				loaded.add(new Fact(d.id(), d.name(), d.productCategory(), d.status(), d.establishedOn(),
						d.exportTargetUsd(), d.targetYears(), Set.copyOf(partners)));
			}
			facts = List.copyOf(loaded);
			cached = facts;
			loadedAt = now;
		}
		return facts;
	}

	/** Established QUADs (established on or before today) that are not dissolved. */
	List<Fact> established() {
		LocalDate today = LocalDate.now(clock);
		return all().stream()
			.filter(f -> f.establishedOn() != null && !f.establishedOn().isAfter(today)
					&& f.status() != QuadStatus.DISSOLVED)
			.toList();
	}

	@EventListener
	void on(QuadProposed event) {
		cached = null;
		changes.changed();
	}

	@EventListener
	void on(QuadStatusChanged event) {
		cached = null;
		changes.changed();
	}

	@EventListener
	void on(QuadEstablished event) {
		cached = null;
		changes.changed();
	}
}
