package org.quadhub.incentives;

import java.math.BigDecimal;
import java.time.LocalDate;

/** PKR per one unit of a foreign currency on a day, with its source. */
public record ExchangeRate(long id, Currency currency, LocalDate date, BigDecimal pkrPerUnit, String source,
		String recordedBy) {
}
