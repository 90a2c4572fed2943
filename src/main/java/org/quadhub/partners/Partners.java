package org.quadhub.partners;

import jakarta.persistence.criteria.Predicate;
import jakarta.validation.Validator;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Checks;
import org.quadhub.shared.Constraints;
import org.quadhub.shared.Country;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.PageOf;
import org.quadhub.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The partner registry's front door. Who may do what: the coordinating authority registers and edits any
 * organisation; a partner user reads and edits only its own; every other signed-in role reads all.
 */
@Service
@Transactional
public class Partners {

	public static final int MAX_PAGE_SIZE = 100;

	private final OrganisationRepository organisations;
	private final Validator validator;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final List<OrganisationSeats> seats;

	Partners(OrganisationRepository organisations, Validator validator, ApplicationEventPublisher events, Clock clock,
			List<OrganisationSeats> seats) {
		this.organisations = organisations;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
		this.seats = seats;
	}

	public OrganisationDetails register(Actor actor, OrganisationCommand command) {
		if (!actor.isAuthority()) {
			throw DomainProblem.forbidden("Only the coordinating authority registers organisations.");
		}
		Checks.valid(validator, command);
		rejectDuplicateName(command, null);
		Organisation organisation = new Organisation(command, clock.instant());
		save(organisation, command);
		events.publishEvent(new OrganisationRegistered(organisation.id(), command.name(), actor.username()));
		return organisation.details();
	}

	public OrganisationDetails update(Actor actor, long id, OrganisationCommand command) {
		if (!actor.isAuthority() && !actor.actsFor(id)) {
			throw DomainProblem.forbidden("You may edit only your own organisation.");
		}
		Checks.valid(validator, command);
		if (command.version() == null) {
			throw DomainProblem.invalid("version", "is required: send the version you last read");
		}
		Organisation organisation = load(id);
		if (organisation.version() != command.version()) {
			throw DomainProblem.staleVersion("Organisation", id);
		}
		rejectDuplicateName(command, id);
		if (organisation.country() != command.country() || organisation.kind() != command.kind()) {
			if (!actor.isAuthority()) {
				throw DomainProblem.forbidden("Only the coordinating authority changes an organisation's country or kind.");
			}
			seats.stream()
				.map(s -> s.whyCountryAndKindAreFixed(id))
				.flatMap(Optional::stream)
				.findFirst()
				.ifPresent(reason -> {
					throw new DomainProblem(DomainProblem.Kind.CONFLICT, "organisation-holds-seat",
							"Country and kind are fixed", reason,
							List.of(new DomainProblem.FieldProblem("country", reason)));
				});
		}
		organisation.apply(command, actor.isAuthority(), clock.instant());
		save(organisation, command);
		events.publishEvent(new OrganisationUpdated(id, organisation.version(), actor.username()));
		return organisation.details();
	}

	@Transactional(readOnly = true)
	public OrganisationDetails find(Actor actor, long id) {
		if (!actor.readsEverything() && !actor.actsFor(id)) {
			throw DomainProblem.forbidden("You may read only your own organisation.");
		}
		return load(id).details();
	}

	@Transactional(readOnly = true)
	public PageOf<OrganisationDetails> search(Actor actor, OrganisationFilter filter, int page, int size) {
		if (page < 0) {
			throw DomainProblem.invalid("page", "must be 0 or more");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw DomainProblem.invalid("size", "must be between 1 and " + MAX_PAGE_SIZE);
		}
		Specification<Organisation> spec = matching(filter, restriction(actor));
		Page<Organisation> result = organisations.findAll(spec,
				PageRequest.of(page, size, Sort.by("name").ascending().and(Sort.by("id"))));
		return new PageOf<>(result.getContent().stream().map(Organisation::details).toList(), page, size,
				result.getTotalElements(), result.getTotalPages());
	}

	/** The organisation registered under this name (compared as normalised) in this country, if any. No access check. */
	@Transactional(readOnly = true)
	public Optional<OrganisationDetails> findByName(Country country, String name) {
		return organisations.findByCountryAndNameKey(country, Organisation.normalise(name)).map(Organisation::details);
	}

	/** Every organisation of a country and kind, by name: what a role picker offers. */
	@Transactional(readOnly = true)
	public List<OrganisationDetails> directory(Country country, OrganisationKind kind) {
		return organisations.findAll(matching(new OrganisationFilter(country, kind, null, null, true), null),
				Sort.by("name")).stream().map(Organisation::details).toList();
	}

	/** For other modules: the organisations with these ids (missing ids are simply absent). No access check. */
	@Transactional(readOnly = true)
	public Map<Long, OrganisationDetails> lookup(Collection<Long> ids) {
		return organisations.findAllById(ids).stream()
			.map(Organisation::details)
			.collect(Collectors.toMap(OrganisationDetails::id, Function.identity()));
	}

	private void save(Organisation organisation, OrganisationCommand command) {
		try {
			Constraints.writeOrConflict(() -> organisations.saveAndFlush(organisation), () -> duplicate(command));
		}
		catch (ObjectOptimisticLockingFailureException e) {
			throw DomainProblem.staleVersion("Organisation", organisation.id());
		}
	}

	private Organisation load(long id) {
		return organisations.findById(id).orElseThrow(() -> DomainProblem.notFound("Organisation", id));
	}

	private static Long restriction(Actor actor) {
		if (actor.readsEverything()) {
			return null;
		}
		if (actor.has(Role.PARTNER) && actor.organisationId() != null) {
			return actor.organisationId();
		}
		throw DomainProblem.forbidden("Sign in to read the registry.");
	}

	private void rejectDuplicateName(OrganisationCommand command, Long exceptId) {
		organisations.findByCountryAndNameKey(command.country(), Organisation.normalise(command.name()))
			.filter(existing -> exceptId == null || existing.id() != exceptId)
			.ifPresent(existing -> {
				throw duplicate(command);
			});
	}

	private static DomainProblem duplicate(OrganisationCommand command) {
		return new DomainProblem(DomainProblem.Kind.CONFLICT, "duplicate-organisation", "Organisation already registered",
				"An organisation named '" + command.name() + "' is already registered in " + command.country() + ".",
				List.of(new DomainProblem.FieldProblem("name", "is already registered in " + command.country())));
	}

	private static Specification<Organisation> matching(OrganisationFilter filter, Long onlyId) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (onlyId != null) {
				predicates.add(cb.equal(root.get("id"), onlyId));
			}
			if (filter.country() != null) {
				predicates.add(cb.equal(root.get("country"), filter.country()));
			}
			if (filter.kind() != null) {
				predicates.add(cb.equal(root.get("kind"), filter.kind()));
			}
			if (filter.active() != null) {
				predicates.add(cb.equal(root.get("active"), filter.active()));
			}
			if (filter.sector() != null) {
				predicates.add(cb.isMember(filter.sector(), root.<java.util.Set<org.quadhub.shared.Sector>>get("sectors")));
			}
			if (filter.q() != null && !filter.q().isBlank()) {
				String like = "%" + filter.q().trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
					.replace("_", "\\_") + "%";
				// one precomputed column (names, city, capabilities; V24) instead of five lower()-ed columns and the
				// capability table per row: a search cost several ms of database time per request (ADR 0026)
				predicates.add(cb.like(root.get("searchText"), like, '\\'));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}
}
