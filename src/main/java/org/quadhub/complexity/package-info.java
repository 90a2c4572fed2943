/** Trade data and economic complexity: datasets, RCA, ECI, PCI, product space, and QUAD product opportunities. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "matching" })
@org.jspecify.annotations.NullMarked
package org.quadhub.complexity;
