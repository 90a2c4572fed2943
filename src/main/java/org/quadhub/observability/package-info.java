/**
 * Operation of QuadHub: the request id in every log line (MDC key requestId, header X-Request-Id), the switch to
 * structured JSON logs, and the conventions for metrics (docs/operations/observability.md). Modules record their own
 * meters through Micrometer's MeterRegistry; nothing here depends on them and nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
@org.jspecify.annotations.NullMarked
package org.quadhub.observability;
