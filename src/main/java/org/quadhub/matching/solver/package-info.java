/** The Timefold model: candidates, QUAD slots, seats to fill, and one constraint method per rule. */
@org.jspecify.annotations.NullMarked
package org.quadhub.matching.solver;
