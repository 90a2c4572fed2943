/**
 * Tamper-evident audit trail: every state change of every module, recorded in the same transaction as the change,
 * linked into a SHA-256 hash chain, verifiable, browsable by the coordinating authority, with daily published heads.
 * Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "cluster" })
@org.jspecify.annotations.NullMarked
package org.quadhub.audit;
