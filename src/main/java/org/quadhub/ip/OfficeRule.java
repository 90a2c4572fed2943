package org.quadhub.ip;

import org.jspecify.annotations.Nullable;

/**
 * An office's deadline rule (table {@code ip_office_rule}): months from priority for PCT national-phase entry, and
 * the patent years for which yearly annuities fall due (none when {@code firstAnnuityYear} is null).
 */
public record OfficeRule(PatentOffice office, int nationalPhaseMonths, @Nullable Integer firstAnnuityYear,
		int lastAnnuityYear) {
}
