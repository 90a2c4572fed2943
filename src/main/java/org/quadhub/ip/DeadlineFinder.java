package org.quadhub.ip;

import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Collects the deadlines of some QUADs: patents (national phase, annuities), open milestones, agreement ends. */
@Component
class DeadlineFinder {

	private final PatentRepository patents;
	private final MilestoneRepository milestones;
	private final AgreementRepository agreements;
	private final OfficeRules rules;

	DeadlineFinder(PatentRepository patents, MilestoneRepository milestones, AgreementRepository agreements,
			OfficeRules rules) {
		this.patents = patents;
		this.milestones = milestones;
		this.agreements = agreements;
		this.rules = rules;
	}

	/** Deadlines of the given QUADs (id to name) due between {@code from} and {@code to}, soonest first. */
	List<Deadline> between(Map<Long, String> quads, LocalDate from, LocalDate to, LocalDate today) {
		List<Deadline> found = new ArrayList<>();
		if (quads.isEmpty()) {
			return found;
		}
		Map<PatentOffice, OfficeRule> officeRules = rules.all();
		for (Patent patent : patents.findAllByQuadIdIn(quads.keySet())) {
			found.addAll(PatentDeadlines.of(patent, quads.get(patent.quadId()), officeRules, from, to, today));
		}
		for (Milestone m : milestones.findAllByQuadIdIn(quads.keySet())) {
			if (m.status().open() && !m.plannedDate().isBefore(from) && !m.plannedDate().isAfter(to)) {
				found.add(new Deadline("milestone:" + m.id(), m.quadId(), quads.get(m.quadId()), DeadlineKind.MILESTONE,
						m.title(), null, null, m.plannedDate(), ChronoUnit.DAYS.between(today, m.plannedDate()), null,
						m.id(), null));
			}
		}
		for (Agreement a : agreements.findAllByQuadIdIn(quads.keySet())) {
			LocalDate end = a.endDate();
			if (a.status().binding() && end != null && !end.isBefore(from) && !end.isAfter(to)) {
				found.add(new Deadline("agreement-end:" + a.id(), a.quadId(), quads.get(a.quadId()),
						DeadlineKind.AGREEMENT_END, a.title(), null, null, end, ChronoUnit.DAYS.between(today, end), null,
						null, a.id()));
			}
		}
		found.sort(Comparator.comparing(Deadline::dueDate).thenComparing(Deadline::key));
		return found;
	}
}
