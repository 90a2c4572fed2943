/** User accounts: who can sign in, with which roles, and for which organisation. Managed by the coordinating authority. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "partners" })
@org.jspecify.annotations.NullMarked
package org.quadhub.users;
