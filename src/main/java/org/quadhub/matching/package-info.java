/**
 * Partner matching: proposes the best four partners for one product, and assigns partners to many QUAD slots at
 * once as a planning problem (the Timefold model lives in the internal solver package).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "partners", "quads" })
@org.jspecify.annotations.NullMarked
package org.quadhub.matching;
