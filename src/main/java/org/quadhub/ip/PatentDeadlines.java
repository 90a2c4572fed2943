package org.quadhub.ip;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The deadline arithmetic. National-phase entry is {@code priority.plusMonths(months)}: a day that does not exist
 * in the target month becomes that month's last day (31 Aug 2024 plus 30 months is 28 Feb 2027; 31 Aug 2025 plus
 * 30 months is 29 Feb 2028). The annuity for patent year n falls due on the (n-1)th anniversary of filing
 * ({@code filing.plusYears(n - 1)}, so 29 Feb becomes 28 Feb in common years).
 */
final class PatentDeadlines {

	/** Months from priority for national-phase entry where an office's rule says nothing else. */
	static final int DEFAULT_NATIONAL_PHASE_MONTHS = 30;

	private PatentDeadlines() {
	}

	static LocalDate nationalPhaseEntry(LocalDate priority, int months) {
		return priority.plusMonths(months);
	}

	static LocalDate annuityDue(LocalDate filing, int patentYear) {
		return filing.plusYears(patentYear - 1L);
	}

	/** Every deadline of one application falling due between {@code from} and {@code to} (both inclusive). */
	static List<Deadline> of(Patent patent, String quadName, Map<PatentOffice, OfficeRule> rules, LocalDate from,
			LocalDate to, LocalDate today) {
		List<Deadline> deadlines = new ArrayList<>();
		if (!patent.status().alive()) {
			return deadlines;
		}
		String subject = patent.title() + " (" + patent.office() + " " + patent.applicationNumber() + ")";
		if (patent.office() == PatentOffice.WIPO_PCT && patent.status() != PatentStatus.GRANTED) {
			LocalDate base = patent.priorityDate() != null ? patent.priorityDate() : patent.filingDate();
			if (patent.designatedOffices().isEmpty()) {
				int months = rules.get(PatentOffice.WIPO_PCT).nationalPhaseMonths();
				add(deadlines, "pct:" + patent.id() + ":ANY", patent, quadName, DeadlineKind.NATIONAL_PHASE, subject,
						null, null, nationalPhaseEntry(base, months), from, to, today);
			}
			for (PatentOffice office : patent.designatedOffices()) {
				int months = rules.get(office).nationalPhaseMonths();
				add(deadlines, "pct:" + patent.id() + ":" + office, patent, quadName, DeadlineKind.NATIONAL_PHASE,
						subject, office, null, nationalPhaseEntry(base, months), from, to, today);
			}
		}
		OfficeRule rule = rules.get(patent.office());
		if (rule != null && rule.firstAnnuityYear() != null) {
			for (int year = rule.firstAnnuityYear(); year <= rule.lastAnnuityYear(); year++) {
				LocalDate due = annuityDue(patent.filingDate(), year);
				if (due.isAfter(to)) {
					break;
				}
				add(deadlines, "annuity:" + patent.id() + ":" + year, patent, quadName, DeadlineKind.ANNUITY, subject,
						patent.office(), year, due, from, to, today);
			}
		}
		return deadlines;
	}

	private static void add(List<Deadline> deadlines, String key, Patent patent, String quadName, DeadlineKind kind,
			String subject, @Nullable PatentOffice office, @Nullable Integer year, LocalDate due, LocalDate from,
			LocalDate to, LocalDate today) {
		if (!due.isBefore(from) && !due.isAfter(to)) {
			deadlines.add(new Deadline(key, patent.quadId(), quadName, kind, subject, office, year, due,
					ChronoUnit.DAYS.between(today, due), patent.id(), null, null));
		}
	}
}
