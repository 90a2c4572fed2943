package org.quadhub.incentives;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A registered import: CIF value, the duty rate that would have applied, and the duty forgone (same currency). */
public record ImportEntryDetails(long id, String entryId, LocalDate date, String description, BigDecimal cifValue,
		Currency currency, BigDecimal dutyRatePercent, BigDecimal dutyForgone, String recordedBy) {
}
