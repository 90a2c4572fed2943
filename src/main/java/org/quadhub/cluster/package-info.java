/**
 * Running several instances on one PostgreSQL: scheduled jobs that run once per tick across instances, progress of
 * background jobs kept in the database so any instance can report it (also as server-sent events), the instance
 * name on every response, and the clean-up of expired sessions (ADR 0023).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
@org.jspecify.annotations.NullMarked
package org.quadhub.cluster;
