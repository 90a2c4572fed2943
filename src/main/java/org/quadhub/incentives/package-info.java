/**
 * Incentive policy versions, per-QUAD incentive packages with their duty-free import register, financing
 * instruments with disbursements, and the fiscal ledger: what each QUAD costs the treasury and what it brings.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "quads", "reporting" })
@org.jspecify.annotations.NullMarked
package org.quadhub.incentives;
