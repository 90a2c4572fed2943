/**
 * Results reporting: QUAD reports by API, file and form with all-or-nothing validation, review and revisions,
 * target trajectories, status and forecasts, the programme dashboard and the quarterly programme report.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "quads", "approvals", "matching", "cluster" })
@org.jspecify.annotations.NullMarked
package org.quadhub.reporting;
