package org.quadhub.reporting;

import java.math.BigDecimal;
import java.util.List;

/** What a valid file created: one new revision per month it covers. */
public record UploadResult(long submissionId, long lines, BigDecimal exportsUsd, List<ReportDetails> reports) {
}
