package org.quadhub.matching;

import jakarta.validation.Validator;
import org.quadhub.partners.OrganisationDetails;
import org.quadhub.partners.Partners;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Checks;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.DomainProblem.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The facts matching owns, edited by the coordinating authority: capacities, exclusions, incompatible pairs, the
 * collaborations list and places with coordinates. The joint committee reads them.
 */
@Service
@Transactional
public class MatchingFacts {

	static final String INCOMPATIBLE = "matching_incompatible_pair";
	static final String COLLABORATION = "matching_collaboration";

	private final MatchingStore store;
	private final CandidatePool pool;
	private final Partners partners;
	private final Validator validator;
	private final Clock clock;
	private final org.springframework.context.ApplicationEventPublisher events;

	MatchingFacts(MatchingStore store, CandidatePool pool, Partners partners, Validator validator, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.store = store;
		this.pool = pool;
		this.partners = partners;
		this.validator = validator;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public MatchingProfile profile(Actor actor, long organisationId) {
		Matching.requireAnalyst(actor);
		OrganisationDetails organisation = organisation(organisationId, "organisationId");
		MatchingStore.ProfileRow row = store.profile(organisationId).orElse(null);
		Profile known = pool.current().byId().get(organisationId);
		int defaultCapacity = CandidatePool.defaultCapacity(organisation.kind());
		Integer capacity = row == null ? null : row.capacity();
		List<Long> incompatible = store.incompatiblePairs().stream()
			.filter(p -> p.a() == organisationId || p.b() == organisationId)
			.map(p -> p.a() == organisationId ? p.b() : p.a()).toList();
		List<Long> collaborated = store.collaborations().stream()
			.filter(p -> p.a() == organisationId || p.b() == organisationId)
			.map(p -> p.a() == organisationId ? p.b() : p.a()).toList();
		return new MatchingProfile(organisationId, organisation.name(), capacity == null ? defaultCapacity : capacity,
				capacity == null, known == null ? 0 : known.existingQuads(), row == null ? null : row.exclusion(),
				row == null ? null : row.exclusionNote(), incompatible, collaborated, row == null ? null : row.version());
	}

	public MatchingProfile saveProfile(Actor actor, long organisationId, ProfileCommand command) {
		Matching.requireAuthority(actor);
		Checks.valid(validator, command);
		organisation(organisationId, "organisationId");
		boolean saved = store.saveProfile(organisationId, command.capacity(), command.exclusion(),
				command.exclusionNote(), command.version(), actor.username(), clock.instant());
		if (!saved) {
			throw DomainProblem.staleVersion("Matching profile of organisation", organisationId);
		}
		events.publishEvent(new org.quadhub.shared.StateChange("matching_profile", String.valueOf(organisationId), command.version() == null ? "create" : "update", null, java.util.Map.of("profile", String.valueOf(command))));
		pool.invalidate();
		return profile(actor, organisationId);
	}

	@Transactional(readOnly = true)
	public List<Pair> incompatiblePairs(Actor actor) {
		Matching.requireAnalyst(actor);
		return store.incompatiblePairs().stream().map(p -> new Pair(p.a(), p.b(), p.note())).toList();
	}

	@Transactional(readOnly = true)
	public List<Pair> collaborations(Actor actor) {
		Matching.requireAnalyst(actor);
		return store.collaborations().stream().map(p -> new Pair(p.a(), p.b(), p.note())).toList();
	}

	/** Marks two organisations as never to sit in the same QUAD; true if new. */
	public boolean addIncompatiblePair(Actor actor, PairCommand command) {
		return addPair(actor, INCOMPATIBLE, command);
	}

	/** Records that two organisations have worked together; true if new. */
	public boolean addCollaboration(Actor actor, PairCommand command) {
		return addPair(actor, COLLABORATION, command);
	}

	public void removeIncompatiblePair(Actor actor, long a, long b) {
		removePair(actor, INCOMPATIBLE, a, b);
	}

	public void removeCollaboration(Actor actor, long a, long b) {
		removePair(actor, COLLABORATION, a, b);
	}

	@Transactional(readOnly = true)
	public List<Place> places(Actor actor) {
		Matching.requireAnalyst(actor);
		return store.places();
	}

	public Place savePlace(Actor actor, PlaceCommand command) {
		Matching.requireAuthority(actor);
		Checks.valid(validator, command);
		Place place = new Place(command.name().trim(), command.province(), command.latitude(), command.longitude());
		store.savePlace(place);
		events.publishEvent(new org.quadhub.shared.StateChange("matching_place", place.name(), "save", null, java.util.Map.of("place", String.valueOf(place))));
		pool.invalidate();
		return place;
	}

	private boolean addPair(Actor actor, String table, PairCommand command) {
		Matching.requireAuthority(actor);
		Checks.valid(validator, command);
		if (command.organisationA().equals(command.organisationB())) {
			throw DomainProblem.invalid("organisationB", "must be a different organisation from organisationA");
		}
		organisation(command.organisationA(), "organisationA");
		organisation(command.organisationB(), "organisationB");
		boolean added = store.addPair(table, command.organisationA(), command.organisationB(), command.note(),
				actor.username(), clock.instant());
		events.publishEvent(new org.quadhub.shared.StateChange(table, command.organisationA() + "/" + command.organisationB(), "create", null, java.util.Map.of("pair", String.valueOf(command))));
		pool.invalidate();
		return added;
	}

	private void removePair(Actor actor, String table, long a, long b) {
		Matching.requireAuthority(actor);
		if (!store.removePair(table, a, b)) {
			throw DomainProblem.notFound("Pair", a + "/" + b);
		}
		events.publishEvent(new org.quadhub.shared.StateChange(table, Math.min(a, b) + "/" + Math.max(a, b), "delete", java.util.Map.of("a", a, "b", b), null));
		pool.invalidate();
	}

	private OrganisationDetails organisation(long id, String field) {
		Map<Long, OrganisationDetails> found = partners.lookup(List.of(id));
		OrganisationDetails organisation = found.get(id);
		if (organisation == null) {
			throw new DomainProblem(DomainProblem.Kind.NOT_FOUND, "not-found", "Organisation not found",
					"Organisation " + id + " does not exist.", List.of(new FieldProblem(field, "does not exist")));
		}
		return organisation;
	}
}
