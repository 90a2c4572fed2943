/** Demo data (organisations, QUADs, one user per role), loaded only when {@code quadhub.demo=true}; idempotent. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "approvals", "committee", "complexity", "incentives", "matching", "partners", "quads", "reporting", "shared", "users", "zones" })
@org.jspecify.annotations.NullMarked
package org.quadhub.demo;
