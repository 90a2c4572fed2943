/** The projection engine: plain Java, no Spring, no I/O; scenario in, distributions out. */
@org.jspecify.annotations.NullMarked
package org.quadhub.projection.engine;
