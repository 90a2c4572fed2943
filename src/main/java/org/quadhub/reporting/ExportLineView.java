package org.quadhub.reporting;

import java.math.BigDecimal;

/** One stored export line of a report. */
public record ExportLineView(String period, String hsCode, String destination, BigDecimal valueUsd,
		BigDecimal quantity, String unit) {
}
