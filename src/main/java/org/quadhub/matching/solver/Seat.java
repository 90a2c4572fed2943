package org.quadhub.matching.solver;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import org.jspecify.annotations.Nullable;
import org.quadhub.quads.PartnerRole;

import java.util.List;

/** One of a slot's four seats; the solver picks its organisation from the candidates of the seat's role. */
@PlanningEntity
public class Seat {

	@PlanningId
	private String id = "";
	private @Nullable QuadSlot slot;
	private PartnerRole role = PartnerRole.CHINESE_INDUSTRY;
	private List<Candidate> candidates = List.of();

	@PlanningVariable(valueRangeProviderRefs = "candidatesForRole")
	private @Nullable Candidate organisation;

	/** For Timefold's cloning. */
	Seat() {
	}

	public Seat(QuadSlot slot, PartnerRole role, List<Candidate> candidates) {
		this.id = slot.index() + "-" + role;
		this.slot = slot;
		this.role = role;
		this.candidates = candidates;
	}

	public Seat(QuadSlot slot, PartnerRole role, List<Candidate> candidates, @Nullable Candidate organisation) {
		this(slot, role, candidates);
		this.organisation = organisation;
	}

	public String getId() {
		return id;
	}

	public QuadSlot getSlot() {
		if (slot == null) {
			throw new IllegalStateException("seat without slot");
		}
		return slot;
	}

	public PartnerRole getRole() {
		return role;
	}

	@ValueRangeProvider(id = "candidatesForRole")
	public List<Candidate> getCandidates() {
		return candidates;
	}

	public @Nullable Candidate getOrganisation() {
		return organisation;
	}

	public void setOrganisation(@Nullable Candidate organisation) {
		this.organisation = organisation;
	}

	/** The organisation, for constraint code that only sees assigned seats. */
	public Candidate organisation() {
		if (organisation == null) {
			throw new IllegalStateException("seat " + id + " is unassigned");
		}
		return organisation;
	}

	public boolean pakistani() {
		return role.country() == org.quadhub.shared.Country.PK;
	}

	@Override
	public String toString() {
		return id + "=" + organisation;
	}
}
