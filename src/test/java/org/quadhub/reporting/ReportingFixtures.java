package org.quadhub.reporting;

import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.QuadStatus;
import org.quadhub.quads.Quads;
import org.quadhub.quads.TransitionQuad;
import org.quadhub.shared.Actor;
import org.quadhub.support.Fixtures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Established QUADs and reports for the reporting tests, built through the modules' own APIs (a plain helper). */
public class ReportingFixtures {

	private final Fixtures fixtures;
	private final Quads quads;
	private final Reports reports;

	public ReportingFixtures(Fixtures fixtures, Quads quads, Reports reports) {
		this.fixtures = fixtures;
		this.quads = quads;
		this.reports = reports;
	}

	/** A fresh QUAD established on the given day, with its four partners. */
	public QuadDetails established(LocalDate on) {
		Map<PartnerRole, Long> seats = fixtures.quartet();
		QuadDetails quad = fixtures.quad(seats);
		return fixtures.establish(quad.id(), on);
	}

	/** A one-line monthly report submitted by the system and, if asked, accepted. */
	public ReportDetails report(long quadId, String month, String valueUsd, boolean accept) {
		SubmitReport body = new SubmitReport(month, List.of(new SubmitReport.Line(null, "851713", "AE",
				new BigDecimal(valueUsd), BigDecimal.TEN, "units")), null, null, null, null, null, null, null, null, null);
		ReportDetails report = reports.submit(Actor.system(), quadId, body, null).report();
		if (accept) {
			report = reports.review(Actor.system(), report.id(),
					new ReviewDecision(ReviewDecision.Verdict.ACCEPT, null, null));
		}
		return report;
	}
}
