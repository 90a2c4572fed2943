/**
 * The public transparency portal: anonymous, read-only pages under /public and the open-data files under
 * /open-data, built only from explicit public projections (records of this package), never from entities or the
 * other modules' internal views, so that no confidential field can appear.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "quads", "partners", "zones", "reporting", "approvals", "committee" })
@org.jspecify.annotations.NullMarked
package org.quadhub.portal;
