package org.quadhub.matching.solver;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import org.quadhub.quads.PartnerRole;

/**
 * The matching rules. Hard: a broken one makes an assignment unacceptable. Soft: match weights are points (0 to
 * 1000 per component, see {@link QuadSlot}); the run's weights multiply them (constraint weight overrides).
 */
public class MatchingConstraints implements ConstraintProvider {

	public static final String ROLE_FIT = "Role fits country and kind";
	public static final String DISTINCT = "Four distinct organisations";
	public static final String CAPACITY = "Capacity including existing QUADs";
	public static final String EXCLUDED = "Excluded organisations never proposed";
	public static final String INCOMPATIBLE = "Incompatible pairs never together";
	public static final String FIT = "Capability and sector fit";
	public static final String DISTANCE = "Pakistani partners near the zone";
	public static final String COLLABORATION = "Prior collaboration";
	public static final String TRACK_RECORD = "Track record";
	public static final String SPREAD = "Spread";
	public static final String STRENGTH = "Chinese partner's strength in the product";

	/** Points for one pair of partners who have worked together before. */
	public static final int COLLABORATION_POINTS = 1000;
	/** Spread points are this times the growth of the squared load, so every extra QUAD costs more than the last. */
	public static final int SPREAD_POINTS = 100;

	@Override
	public Constraint[] defineConstraints(ConstraintFactory factory) {
		return new Constraint[] { roleFit(factory), distinctOrganisations(factory), capacity(factory),
				excluded(factory), incompatiblePairs(factory), capabilityAndSectorFit(factory),
				distanceToZone(factory), priorCollaboration(factory), trackRecord(factory), spread(factory),
				productStrength(factory) };
	}

	/** A seat takes only an organisation of the country and kind its role needs. */
	Constraint roleFit(ConstraintFactory factory) {
		return factory.forEach(Seat.class)
			.filter(seat -> !seat.organisation().fits(seat.getRole()))
			.penalize(HardSoftLongScore.ONE_HARD)
			.asConstraint(ROLE_FIT);
	}

	/** No organisation takes two seats of the same QUAD. */
	Constraint distinctOrganisations(ConstraintFactory factory) {
		return factory.forEachUniquePair(Seat.class, Joiners.equal(Seat::getSlot), Joiners.equal(Seat::getOrganisation))
			.penalize(HardSoftLongScore.ONE_HARD)
			.asConstraint(DISTINCT);
	}

	/** An organisation's live QUADs, existing plus proposed here, never exceed its capacity; one point per QUAD over. */
	Constraint capacity(ConstraintFactory factory) {
		return factory.forEach(Seat.class)
			.groupBy(Seat::getOrganisation, ConstraintCollectors.count())
			.filter((candidate, count) -> candidate.existingQuads() + count > candidate.capacity())
			.penalizeLong(HardSoftLongScore.ONE_HARD,
					(candidate, count) -> candidate.existingQuads() + count - candidate.capacity())
			.asConstraint(CAPACITY);
	}

	/** An organisation flagged inactive, sanctioned or in conflict is never proposed. */
	Constraint excluded(ConstraintFactory factory) {
		return factory.forEach(Seat.class)
			.filter(seat -> seat.organisation().excluded())
			.penalize(HardSoftLongScore.ONE_HARD)
			.asConstraint(EXCLUDED);
	}

	/** Two organisations marked incompatible never sit in the same QUAD. */
	Constraint incompatiblePairs(ConstraintFactory factory) {
		return factory.forEachUniquePair(Seat.class, Joiners.equal(Seat::getSlot))
			.filter((a, b) -> a.organisation().incompatibleWith(b.organisation()))
			.penalize(HardSoftLongScore.ONE_HARD)
			.asConstraint(INCOMPATIBLE);
	}

	/** Reward the overlap of an organisation's capabilities and sectors with the product's, rare tags weighing more. */
	Constraint capabilityAndSectorFit(ConstraintFactory factory) {
		return factory.forEach(Seat.class)
			.rewardLong(HardSoftLongScore.ONE_SOFT, seat -> seat.getSlot().fitPoints(seat.organisation()))
			.asConstraint(FIT);
	}

	/** Penalise the Pakistani partners' distance from the QUAD's zone. */
	Constraint distanceToZone(ConstraintFactory factory) {
		return factory.forEach(Seat.class)
			.filter(Seat::pakistani)
			.penalizeLong(HardSoftLongScore.ONE_SOFT, seat -> seat.getSlot().distancePoints(seat.organisation()))
			.asConstraint(DISTANCE);
	}

	/** Reward each pair of partners in a QUAD that has worked together before. */
	Constraint priorCollaboration(ConstraintFactory factory) {
		return factory.forEachUniquePair(Seat.class, Joiners.equal(Seat::getSlot))
			.filter((a, b) -> a.organisation().collaboratedWith(b.organisation()))
			.reward(HardSoftLongScore.ONE_SOFT, (a, b) -> COLLABORATION_POINTS)
			.asConstraint(COLLABORATION);
	}

	/** Reward organisations whose existing QUADs report results. */
	Constraint trackRecord(ConstraintFactory factory) {
		return factory.forEach(Seat.class)
			.rewardLong(HardSoftLongScore.ONE_SOFT, seat -> seat.organisation().trackRecordPoints())
			.asConstraint(TRACK_RECORD);
	}

	/** Penalise concentrating many QUADs on one organisation: the cost grows with the square of its load. */
	Constraint spread(ConstraintFactory factory) {
		return factory.forEach(Seat.class)
			.groupBy(Seat::getOrganisation, ConstraintCollectors.count())
			.penalizeLong(HardSoftLongScore.ONE_SOFT, (candidate, count) -> spreadPoints(candidate.existingQuads(), count))
			.asConstraint(SPREAD);
	}

	/** Reward the Chinese company's strength in the QUAD's product. */
	Constraint productStrength(ConstraintFactory factory) {
		return factory.forEach(Seat.class)
			.filter(seat -> seat.getRole() == PartnerRole.CHINESE_INDUSTRY)
			.rewardLong(HardSoftLongScore.ONE_SOFT, seat -> seat.getSlot().strengthPoints(seat.organisation()))
			.asConstraint(STRENGTH);
	}

	/** What {@code added} new QUADs cost an organisation already in {@code existing}: growth of the squared load. */
	public static long spreadPoints(int existing, int added) {
		long after = existing + added;
		return SPREAD_POINTS * (after * after - (long) existing * existing);
	}
}
