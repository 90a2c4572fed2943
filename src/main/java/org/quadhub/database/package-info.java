/**
 * Where the data lives: an embedded PostgreSQL under {@code ./data/pg} by default, or the external server named by
 * {@code QUADHUB_DB_URL}. Nothing depends on this module; Flyway owns the schema.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package org.quadhub.database;
