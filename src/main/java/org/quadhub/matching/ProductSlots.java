package org.quadhub.matching;

import java.util.List;

/**
 * Supplied by the product-selection module when it is installed: the top products of the opportunity list, as
 * slots a programme run can fill. With no implementation, a run must name its slots.
 */
public interface ProductSlots {

	/** The best {@code count} products, best first. */
	List<SlotRequest> top(int count);
}
