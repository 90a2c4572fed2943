/** The economic complexity engine: plain Java over arrays, no Spring, no I/O. */
@org.jspecify.annotations.NullMarked
package org.quadhub.complexity.calc;
