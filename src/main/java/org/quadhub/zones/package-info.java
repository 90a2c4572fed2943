/** Special economic zones and plots: zone designation, and allocation of a zone's area to QUADs that can never exceed it. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "quads", "matching" })
@org.jspecify.annotations.NullMarked
package org.quadhub.zones;
