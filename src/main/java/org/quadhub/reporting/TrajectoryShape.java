package org.quadhub.reporting;

import org.jspecify.annotations.Nullable;

/**
 * The shape of a QUAD's target S-curve: steepness per year and inflection point as a fraction of the horizon.
 * {@code custom} is false while the programme defaults apply; {@code version} guards concurrent edits.
 */
public record TrajectoryShape(double steepness, double midpointFraction, boolean custom, @Nullable Long version) {
}
