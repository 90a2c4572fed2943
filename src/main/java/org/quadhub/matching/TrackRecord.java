package org.quadhub.matching;

import java.util.Collection;
import java.util.Map;

/**
 * Supplied by the reporting module when it is installed: how well each organisation's existing QUADs have done
 * (reported exports against target), from 0 to 1. Organisations absent from the answer have no reported results
 * and score neutral (0 points), which neither helps nor hurts them against each other.
 */
public interface TrackRecord {

	Map<Long, Double> scores(Collection<Long> organisationIds);

	/** A number that changes whenever the scores may have changed, so matching knows to read them again. */
	default long version() {
		return 0;
	}
}
