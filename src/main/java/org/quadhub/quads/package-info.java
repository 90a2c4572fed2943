/** QUAD formation and lifecycle: four partners by role, one product, an export target, and every status change kept. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "partners", "approvals" })
@org.jspecify.annotations.NullMarked
package org.quadhub.quads;
