package org.quadhub.ip;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.Map;

/** Reads and changes the per-office deadline rules (table {@code ip_office_rule}, seeded with defaults). */
@Component
class OfficeRules {

	private final JdbcTemplate jdbc;

	OfficeRules(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Map<PatentOffice, OfficeRule> all() {
		Map<PatentOffice, OfficeRule> rules = new EnumMap<>(PatentOffice.class);
		jdbc.query("select office, national_phase_months, first_annuity_year, last_annuity_year from ip_office_rule",
				rs -> {
					PatentOffice office = PatentOffice.valueOf(rs.getString(1));
					int first = rs.getInt(3);
					rules.put(office, new OfficeRule(office, rs.getInt(2), rs.wasNull() ? null : first, rs.getInt(4)));
				});
		for (PatentOffice office : PatentOffice.values()) {
			rules.putIfAbsent(office, new OfficeRule(office, PatentDeadlines.DEFAULT_NATIONAL_PHASE_MONTHS, null, 20));
		}
		return rules;
	}

	void save(OfficeRule rule) {
		jdbc.update("""
				insert into ip_office_rule (office, national_phase_months, first_annuity_year, last_annuity_year)
				values (?, ?, ?, ?)
				on conflict (office) do update set national_phase_months = excluded.national_phase_months,
				    first_annuity_year = excluded.first_annuity_year, last_annuity_year = excluded.last_annuity_year
				""", rule.office().name(), rule.nationalPhaseMonths(), rule.firstAnnuityYear(), rule.lastAnnuityYear());
	}
}
