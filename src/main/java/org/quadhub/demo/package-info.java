/** Demo data (organisations, QUADs, one user per role), loaded only when {@code quadhub.demo=true}; idempotent. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "partners", "quads", "users", "reporting" })
@org.jspecify.annotations.NullMarked
package org.quadhub.demo;
