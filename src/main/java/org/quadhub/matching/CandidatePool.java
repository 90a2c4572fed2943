package org.quadhub.matching;

import org.jspecify.annotations.Nullable;
import org.quadhub.matching.solver.Candidate;
import org.quadhub.partners.OrganisationDetails;
import org.quadhub.partners.OrganisationKind;
import org.quadhub.partners.OrganisationRegistered;
import org.quadhub.partners.OrganisationUpdated;
import org.quadhub.partners.Partners;
import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.QuadProposed;
import org.quadhub.quads.QuadStatus;
import org.quadhub.quads.QuadStatusChanged;
import org.quadhub.quads.QuadSummary;
import org.quadhub.quads.Quads;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Country;
import org.quadhub.shared.Generation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The registry as matching sees it, kept as one snapshot so that a proposal over thousands of organisations
 * answers in milliseconds. Any change to organisations, QUADs or matching facts invalidates it (again after the
 * changing transaction completes, so a rebuild never keeps data from before the commit).
 */
@Component
class CandidatePool {

	/** Programme defaults: a company can carry two QUADs at once, a university or institute three. */
	static final int DEFAULT_INDUSTRY_CAPACITY = 2;
	static final int DEFAULT_ACADEMIA_CAPACITY = 3;

	private final Partners partners;
	private final Quads quads;
	private final MatchingStore store;
	private final ObjectProvider<TrackRecord> trackRecord;
	private final Generation generation = new Generation();
	private volatile @Nullable Pool snapshot;
	private volatile long snapshotGeneration = -1;
	private volatile long snapshotTrackVersion = -1;

	CandidatePool(Partners partners, Quads quads, MatchingStore store, ObjectProvider<TrackRecord> trackRecord) {
		this.partners = partners;
		this.quads = quads;
		this.store = store;
		this.trackRecord = trackRecord;
	}

	static int defaultCapacity(OrganisationKind kind) {
		return kind == OrganisationKind.INDUSTRY ? DEFAULT_INDUSTRY_CAPACITY : DEFAULT_ACADEMIA_CAPACITY;
	}

	Pool current() {
		long wanted = generation.get();
		long track = trackVersion();
		Pool pool = snapshot;
		if (pool != null && snapshotGeneration == wanted && snapshotTrackVersion == track) {
			return pool;
		}
		synchronized (this) {
			wanted = generation.get();
			track = trackVersion();
			if (snapshot == null || snapshotGeneration != wanted || snapshotTrackVersion != track) {
				snapshot = build();
				snapshotGeneration = wanted;
				snapshotTrackVersion = track;
			}
			return java.util.Objects.requireNonNull(snapshot);
		}
	}

	void invalidate() {
		generation.moved();
	}

	@EventListener
	void on(OrganisationRegistered event) {
		invalidate();
	}

	@EventListener
	void on(OrganisationUpdated event) {
		invalidate();
	}

	@EventListener
	void on(QuadProposed event) {
		invalidate();
	}

	@EventListener
	void on(QuadStatusChanged event) {
		invalidate();
	}

	private Pool build() {
		List<OrganisationDetails> organisations = new ArrayList<>();
		for (PartnerRole role : PartnerRole.values()) {
			organisations.addAll(partners.directory(role.country(), role.kind()));
		}
		Map<Long, Integer> load = new HashMap<>();
		Map<Long, Set<Long>> collaborated = new HashMap<>();
		for (QuadSummary summary : quads.overview().quads()) {
			if (summary.status() == QuadStatus.REJECTED) {
				continue;
			}
			QuadDetails quad = quads.find(Actor.system(), summary.id());
			List<Long> members = quad.partners().values().stream().map(QuadDetails.Partner::id).toList();
			for (Long member : members) {
				if (!summary.status().isFinal()) {
					load.merge(member, 1, Integer::sum);
				}
				for (Long other : members) {
					if (!other.equals(member)) {
						collaborated.computeIfAbsent(member, k -> new HashSet<>()).add(other);
					}
				}
			}
		}
		for (MatchingStore.PairRow pair : store.collaborations()) {
			collaborated.computeIfAbsent(pair.a(), k -> new HashSet<>()).add(pair.b());
			collaborated.computeIfAbsent(pair.b(), k -> new HashSet<>()).add(pair.a());
		}
		Map<Long, Set<Long>> incompatible = new HashMap<>();
		for (MatchingStore.PairRow pair : store.incompatiblePairs()) {
			incompatible.computeIfAbsent(pair.a(), k -> new HashSet<>()).add(pair.b());
			incompatible.computeIfAbsent(pair.b(), k -> new HashSet<>()).add(pair.a());
		}
		Map<Long, MatchingStore.ProfileRow> rows = store.profiles().stream()
			.collect(Collectors.toMap(MatchingStore.ProfileRow::organisationId, r -> r));
		Map<String, Place> places = new LinkedHashMap<>();
		store.places().forEach(p -> places.put(Place.key(p.name()), p));
		Map<Long, Double> track = trackScores(organisations.stream().map(OrganisationDetails::id).toList());

		Map<Long, Profile> byId = new LinkedHashMap<>();
		Map<PartnerRole, List<Profile>> byRole = new EnumMap<>(PartnerRole.class);
		for (OrganisationDetails o : organisations) {
			MatchingStore.ProfileRow row = rows.get(o.id());
			int capacity = row != null && row.capacity() != null ? row.capacity() : defaultCapacity(o.kind());
			String exclusion = row != null && row.exclusion() != null ? row.exclusion().name() : null;
			int existing = load.getOrDefault(o.id(), 0);
			int trackPoints = (int) Math.round(1000 * Math.max(0, Math.min(1, track.getOrDefault(o.id(), 0.0))));
			Set<String> keys = o.capabilities().stream().map(Scoring::key).collect(Collectors.toCollection(TreeSet::new));
			Place place = placeOf(o, places);
			Candidate candidate = new Candidate(o.id(), o.name(), o.country(), o.kind(), capacity, existing, exclusion,
					incompatible.getOrDefault(o.id(), Set.of()), collaborated.getOrDefault(o.id(), Set.of()),
					trackPoints);
			Profile profile = new Profile(o, keys, capacity, existing, exclusion, place, candidate);
			byId.put(o.id(), profile);
			profile.role().ifPresent(role -> byRole.computeIfAbsent(role, r -> new ArrayList<>()).add(profile));
		}
		return new Pool(byId, byRole, places);
	}

	private long trackVersion() {
		TrackRecord source = trackRecord.getIfAvailable();
		return source == null ? 0 : source.version();
	}

	private Map<Long, Double> trackScores(Collection<Long> ids) {
		TrackRecord source = trackRecord.getIfAvailable();
		return source == null ? Map.of() : source.scores(ids);
	}

	private static @Nullable Place placeOf(OrganisationDetails o, Map<String, Place> places) {
		if (o.country() != Country.PK) {
			return null;
		}
		Place place = o.city() == null ? null : places.get(Place.key(o.city()));
		if (place == null && o.province() != null) {
			place = places.get(Place.key(o.province()));
		}
		return place;
	}
}
