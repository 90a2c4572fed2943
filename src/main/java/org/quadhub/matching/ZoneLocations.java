package org.quadhub.matching;

import java.util.Optional;

/**
 * Supplied by the zones module when it is installed: where a zone lies, as the name of a city or province whose
 * coordinates matching knows (see the places API). Without it, a slot gives its place by name.
 */
public interface ZoneLocations {

	Optional<String> placeOf(long zoneId);
}
