package org.quadhub.reporting;

/** A stored report, and whether this answer replays an earlier request with the same idempotency key. */
public record Submitted(ReportDetails report, boolean replayed) {
}
