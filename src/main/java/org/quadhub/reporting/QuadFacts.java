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
import org.quadhub.shared.Generation;
import org.quadhub.shared.ReadModel;
import org.quadhub.shared.Sector;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
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

	/** QUAD edits that publish no event show after at most this long (the list is refreshed in the background). */
	private static final Duration FRESH_FOR = Duration.ofMinutes(5);

	private final Quads quads;
	private final Clock clock;
	/** Moved by every QUAD event; the read model is rebuilt once per move (or when older than FRESH_FOR). */
	private final Generation events = new Generation();
	private final ReadModel<List<Fact>> facts = new ReadModel<>(FRESH_FOR);

	private final ReportingChanges changes;

	QuadFacts(Quads quads, Clock clock, ReportingChanges changes) {
		this.changes = changes;
		this.quads = quads;
		this.clock = clock;
	}

	/**
	 * Every QUAD's facts. Rebuilt by one reader at a time (66 QUADs read one by one): after a QUAD event the
	 * readers wait for that one rebuild (a performance or dashboard built from the list before the event would be
	 * kept as current); once the list has only aged, it is served while it is refreshed in the background.
	 */
	List<Fact> all() {
		return facts.current(events.get(), this::load);
	}

	private List<Fact> load() {
		List<Fact> loaded = new ArrayList<>();
		for (QuadSummary summary : quads.search(Actor.system(), null, null)) {
			QuadDetails d = quads.find(Actor.system(), summary.id());
			Set<Long> partners = new java.util.HashSet<>();
			d.partners().values().forEach(p -> partners.add(p.id()));
			loaded.add(new Fact(d.id(), d.name(), d.productCategory(), d.status(), d.establishedOn(),
					d.exportTargetUsd(), d.targetYears(), Set.copyOf(partners)));
		}
		return List.copyOf(loaded);
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
		events.moved();
		changes.changed();
	}

	@EventListener
	void on(QuadStatusChanged event) {
		events.moved();
		changes.changed();
	}

	@EventListener
	void on(QuadEstablished event) {
		events.moved();
		changes.changed();
	}
}
