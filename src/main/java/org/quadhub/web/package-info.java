/** Cross-cutting web concerns only: security, problem details, the page layout and sign-in. No business logic. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "users" })
@org.jspecify.annotations.NullMarked
package org.quadhub.web;
