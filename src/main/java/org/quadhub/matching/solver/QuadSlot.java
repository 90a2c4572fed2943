package org.quadhub.matching.solver;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import org.quadhub.shared.Sector;

import java.util.List;
import java.util.Map;

/**
 * One QUAD to fill: the product it is for, and the per-candidate points (0 to 1000) precomputed for it, so that
 * the constraints only look numbers up. Immutable problem fact.
 */
public final class QuadSlot {

	private final int index;
	private final String label;
	private final Sector sector;
	private final List<String> hsCodes;
	private final Map<Long, Integer> fitPoints;
	private final Map<Long, Integer> distancePoints;
	private final Map<Long, Integer> strengthPoints;

	public QuadSlot(int index, String label, Sector sector, List<String> hsCodes, Map<Long, Integer> fitPoints,
			Map<Long, Integer> distancePoints, Map<Long, Integer> strengthPoints) {
		this.index = index;
		this.label = label;
		this.sector = sector;
		this.hsCodes = List.copyOf(hsCodes);
		this.fitPoints = Map.copyOf(fitPoints);
		this.distancePoints = Map.copyOf(distancePoints);
		this.strengthPoints = Map.copyOf(strengthPoints);
	}

	@PlanningId
	public Integer getIndex() {
		return index;
	}

	public int index() {
		return index;
	}

	public String label() {
		return label;
	}

	public Sector sector() {
		return sector;
	}

	public List<String> hsCodes() {
		return hsCodes;
	}

	public int fitPoints(Candidate candidate) {
		return fitPoints.getOrDefault(candidate.id(), 0);
	}

	public int distancePoints(Candidate candidate) {
		return distancePoints.getOrDefault(candidate.id(), 0);
	}

	public int strengthPoints(Candidate candidate) {
		return strengthPoints.getOrDefault(candidate.id(), 0);
	}

	@Override
	public String toString() {
		return "slot " + index + " " + label;
	}
}
