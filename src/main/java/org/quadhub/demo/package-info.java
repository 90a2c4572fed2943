/** Demo data (organisations, QUADs, one user per role), loaded only when {@code quadhub.demo=true}; idempotent. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "approvals", "committee", "complexity", "incentives", "ip", "matching", "partners", "quads", "reporting", "shared", "skills", "users", "zones" })
@org.jspecify.annotations.NullMarked
package org.quadhub.demo;
