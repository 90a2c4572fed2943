package org.quadhub.matching;

import org.quadhub.shared.Sector;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Supplied by the complexity module when it is installed: the partner country's (China's) strength in a product,
 * from 0 to 1, for example from its revealed comparative advantage in the product's HS codes in the latest trade
 * dataset. Empty means unknown: neutral, 0 points. Matching turns it into each Chinese company's strength: a company
 * active in the product's sector carries all of it, one outside the sector a quarter (see Scoring).
 */
public interface ProductStrength {

	OptionalDouble strength(Sector sector, List<String> hsCodes);
}
