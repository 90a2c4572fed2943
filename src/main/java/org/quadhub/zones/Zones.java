package org.quadhub.zones;

import jakarta.validation.Validator;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.QuadSummary;
import org.quadhub.quads.Quads;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Checks;
import org.quadhub.shared.Constraints;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.DomainProblem.FieldProblem;
import org.quadhub.shared.Role;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Designates zones and allocates their area to QUADs. The coordinating authority and zone officers write; every
 * signed-in user reads. The allocated total never exceeds the allocatable area, also under concurrent requests: an
 * allocation or release locks its zone's row first (ADR 0008), and a database CHECK backs that up.
 */
@Service
@Transactional
public class Zones {

	private final ZoneRepository zones;
	private final PlotAllocationRepository allocations;
	private final Quads quads;
	private final Validator validator;
	private final Clock clock;

	Zones(ZoneRepository zones, PlotAllocationRepository allocations, Quads quads, Validator validator, Clock clock) {
		this.zones = zones;
		this.allocations = allocations;
		this.quads = quads;
		this.validator = validator;
		this.clock = clock;
	}

	public ZoneDetails create(Actor actor, ZoneCommand command) {
		requireWriter(actor);
		Checks.valid(validator, command);
		if (zones.existsByNameIgnoringCase(command.name().trim())) {
			throw duplicateName(command.name());
		}
		Zone zone = new Zone(command, clock.instant());
		Constraints.writeOrConflict(() -> zones.saveAndFlush(zone), () -> duplicateName(command.name()));
		return details(zone);
	}

	public ZoneDetails update(Actor actor, long id, ZoneCommand command) {
		requireWriter(actor);
		Checks.valid(validator, command);
		if (command.version() == null) {
			throw DomainProblem.invalid("version", "is required: send the version you read");
		}
		Zone zone = zones.lockById(id).orElseThrow(() -> DomainProblem.notFound("Zone", id));
		if (zone.version() != command.version()) {
			throw DomainProblem.staleVersion("Zone", id);
		}
		if (!zone.name().equalsIgnoreCase(command.name().trim()) && zones.existsByNameIgnoringCase(command.name().trim())) {
			throw duplicateName(command.name());
		}
		zone.apply(command);
		try {
			Constraints.writeOrConflict(() -> zones.saveAndFlush(zone), () -> duplicateName(command.name()));
		}
		catch (ObjectOptimisticLockingFailureException e) {
			throw DomainProblem.staleVersion("Zone", id);
		}
		return details(zone);
	}

	/** Removes a zone designated in error; a zone with active plots cannot go. */
	public void delete(Actor actor, long id) {
		requireWriter(actor);
		Zone zone = zones.lockById(id).orElseThrow(() -> DomainProblem.notFound("Zone", id));
		if (!allocations.findAllByZoneIdOrderByAllocatedOnAscIdAsc(id).isEmpty()) {
			throw new DomainProblem(DomainProblem.Kind.CONFLICT, "zone-has-plots", "Zone has plots",
					"Zone '" + zone.name() + "' has plot allocations on record; it cannot be deleted.");
		}
		zones.delete(zone);
	}

	@Transactional(readOnly = true)
	public ZoneDetails find(Actor actor, long id) {
		requireReader(actor);
		return details(zones.findById(id).orElseThrow(() -> DomainProblem.notFound("Zone", id)));
	}

	@Transactional(readOnly = true)
	public List<ZoneSummary> list(Actor actor) {
		requireReader(actor);
		return zones.findAllByOrderByNameAsc().stream().map(Zone::summary).toList();
	}

	/**
	 * Allocates acres of a zone to a QUAD. Locks the zone row (SELECT ... FOR UPDATE) so that two requests for the
	 * last acres run one after the other: the second sees the first's allocation and gets a 409.
	 */
	public AllocationDetails allocate(Actor actor, long zoneId, AllocatePlot command) {
		requireWriter(actor);
		Checks.valid(validator, command);
		LocalDate today = LocalDate.now(clock);
		LocalDate on = command.allocatedOn() == null ? today : command.allocatedOn();
		if (on.isAfter(today)) {
			throw DomainProblem.invalid("allocatedOn", "cannot be in the future");
		}
		Zone zone = zones.lockById(zoneId).orElseThrow(() -> DomainProblem.notFound("Zone", zoneId));
		QuadDetails quad = existingQuad(command.quadId());
		if (quad.status().isFinal()) {
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "quad-closed", "QUAD is closed",
					"QUAD " + quad.id() + " is " + quad.status() + "; it cannot receive a plot.",
					List.of(new FieldProblem("quadId", "is " + quad.status())));
		}
		zone.take(command.acres());
		PlotAllocation allocation = new PlotAllocation(zoneId, quad.id(), command.acres(), on, actor.username(),
				clock.instant());
		allocations.save(allocation);
		zones.saveAndFlush(zone);
		return allocation.details(zone.name(), quad.name());
	}

	/** Releases a plot: its acres return to the zone's free area. Releasing twice is a 409. */
	public AllocationDetails release(Actor actor, long zoneId, long allocationId) {
		requireWriter(actor);
		Zone zone = zones.lockById(zoneId).orElseThrow(() -> DomainProblem.notFound("Zone", zoneId));
		PlotAllocation allocation = allocations.findById(allocationId)
			.filter(a -> a.zoneId() == zoneId)
			.orElseThrow(() -> DomainProblem.notFound("Allocation", allocationId));
		if (!allocation.active()) {
			throw new DomainProblem(DomainProblem.Kind.CONFLICT, "plot-already-released", "Plot already released",
					"Allocation " + allocationId + " was already released.");
		}
		allocation.release(LocalDate.now(clock), actor.username());
		zone.giveBack(allocation.acres());
		allocations.save(allocation);
		zones.saveAndFlush(zone);
		return allocation.details(zone.name(), quadNames().getOrDefault(allocation.quadId(), ""));
	}

	/** The plots of one QUAD, active and released (for its page); the caller must be allowed to read the QUAD. */
	@Transactional(readOnly = true)
	public List<AllocationDetails> ofQuad(Actor actor, long quadId) {
		QuadDetails quad = quads.find(actor, quadId);
		Map<Long, String> zoneNames = zones.findAllByOrderByNameAsc().stream()
			.collect(Collectors.toMap(Zone::id, Zone::name));
		return allocations.findAllByQuadIdOrderByAllocatedOnAscIdAsc(quadId).stream()
			.map(a -> a.details(zoneNames.getOrDefault(a.zoneId(), ""), quad.name()))
			.toList();
	}

	private ZoneDetails details(Zone zone) {
		Map<Long, String> names = quadNames();
		List<AllocationDetails> plots = allocations.findAllByZoneIdOrderByAllocatedOnAscIdAsc(zone.id()).stream()
			.map(a -> a.details(zone.name(), names.getOrDefault(a.quadId(), "")))
			.toList();
		return zone.details(plots);
	}

	private Map<Long, String> quadNames() {
		return quads.overview().quads().stream().collect(Collectors.toMap(QuadSummary::id, QuadSummary::name));
	}

	private QuadDetails existingQuad(long quadId) {
		try {
			return quads.find(Actor.system(), quadId);
		}
		catch (DomainProblem problem) {
			if (problem.kind() == DomainProblem.Kind.NOT_FOUND) {
				throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "quad-not-found", "Unknown QUAD",
						"QUAD " + quadId + " does not exist.", List.of(new FieldProblem("quadId", "no such QUAD")));
			}
			throw problem;
		}
	}

	/** The coordinating authority and zone officers administer zones. */
	public static boolean mayWrite(Actor actor) {
		return actor.isAuthority() || actor.has(Role.ZONE_OFFICER);
	}

	private static void requireWriter(Actor actor) {
		if (!mayWrite(actor)) {
			throw DomainProblem.forbidden("Only the coordinating authority or a zone officer may change zones and plots.");
		}
	}

	private static void requireReader(Actor actor) {
		if (actor.isAnonymous()) {
			throw DomainProblem.forbidden("Sign in to see zones.");
		}
	}

	private static DomainProblem duplicateName(String name) {
		return new DomainProblem(DomainProblem.Kind.CONFLICT, "duplicate-zone", "Zone name taken",
				"A zone named '" + name.trim() + "' already exists.",
				List.of(new FieldProblem("name", "is already used by another zone")));
	}
}
