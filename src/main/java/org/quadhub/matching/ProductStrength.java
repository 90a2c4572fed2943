package org.quadhub.matching;

import org.quadhub.shared.Sector;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Supplied by the complexity module when it is installed: a Chinese company's strength in a product, from 0 to 1
 * (for example from China's revealed comparative advantage in the product's HS codes). Empty means unknown:
 * neutral, 0 points.
 */
public interface ProductStrength {

	OptionalDouble strength(long organisationId, Sector sector, List<String> hsCodes);
}
