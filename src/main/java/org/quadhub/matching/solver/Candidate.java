package org.quadhub.matching.solver;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import org.jspecify.annotations.Nullable;
import org.quadhub.partners.OrganisationKind;
import org.quadhub.quads.PartnerRole;
import org.quadhub.shared.Country;

import java.util.Set;

/**
 * An organisation as the solver sees it: what it is, how many QUADs it may still join, and the facts that make a
 * pairing better or impossible. Immutable problem fact.
 */
public final class Candidate {

	private final long id;
	private final String name;
	private final Country country;
	private final OrganisationKind kind;
	private final int capacity;
	private final int existingQuads;
	private final @Nullable String exclusion;
	private final Set<Long> incompatibleWith;
	private final Set<Long> collaboratedWith;
	private final int trackRecordPoints;

	public Candidate(long id, String name, Country country, OrganisationKind kind, int capacity, int existingQuads,
			@Nullable String exclusion, Set<Long> incompatibleWith, Set<Long> collaboratedWith, int trackRecordPoints) {
		this.id = id;
		this.name = name;
		this.country = country;
		this.kind = kind;
		this.capacity = capacity;
		this.existingQuads = existingQuads;
		this.exclusion = exclusion;
		this.incompatibleWith = Set.copyOf(incompatibleWith);
		this.collaboratedWith = Set.copyOf(collaboratedWith);
		this.trackRecordPoints = trackRecordPoints;
	}

	@PlanningId
	public Long getId() {
		return id;
	}

	public long id() {
		return id;
	}

	public String name() {
		return name;
	}

	public Country country() {
		return country;
	}

	public OrganisationKind kind() {
		return kind;
	}

	public int capacity() {
		return capacity;
	}

	/** Live QUADs (neither rejected nor dissolved) the organisation already belongs to. */
	public int existingQuads() {
		return existingQuads;
	}

	/** Why the organisation must never be proposed (inactive, sanctioned, in conflict), or null. */
	public @Nullable String exclusion() {
		return exclusion;
	}

	public boolean excluded() {
		return exclusion != null;
	}

	public boolean fits(PartnerRole role) {
		return role.admits(country, kind);
	}

	public boolean incompatibleWith(Candidate other) {
		return incompatibleWith.contains(other.id) || other.incompatibleWith.contains(id);
	}

	public boolean collaboratedWith(Candidate other) {
		return collaboratedWith.contains(other.id) || other.collaboratedWith.contains(id);
	}

	/** Reported results of its existing QUADs, 0 to 1000; 0 when nothing has been reported. */
	public int trackRecordPoints() {
		return trackRecordPoints;
	}

	@Override
	public String toString() {
		return name + " (" + id + ")";
	}
}
