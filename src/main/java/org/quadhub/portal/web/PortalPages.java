package org.quadhub.portal.web;

import java.util.Locale;

import org.quadhub.portal.OpenData;
import org.quadhub.portal.ProgrammeTotals;
import org.quadhub.portal.PublicPortal;
import org.quadhub.portal.PublicQuad;
import org.quadhub.portal.QuadTrajectory;
import org.quadhub.shared.KeptPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import tools.jackson.databind.json.JsonMapper;

/** The public transparency portal: anonymous, read-only, with its own layout and no internal navigation. */
@Controller
@RequestMapping("/public")
class PortalPages {

	/** How many decisions the portal's front page shows. */
	static final int LATEST_DECISIONS = 5;

	private final PublicPortal portal;
	private final JsonMapper json;

	private final java.time.Clock clock;

	PortalPages(PublicPortal portal, JsonMapper json, java.time.Clock clock) {
		this.portal = portal;
		this.clock = clock;
		this.json = json;
	}

	@ModelAttribute
	void common(Model model, Locale locale) {
		String language = locale.getLanguage();
		model.addAttribute("lang", language.isEmpty() ? "en" : language);
		model.addAttribute("rtl", "ur".equals(language));
		model.addAttribute(KeptPage.ATTRIBUTE, true); // every public page is a function of its model (ADR 0027)
	}

	@GetMapping({ "", "/" })
	String index(Model model) {
		ProgrammeTotals programme = portal.programme();
		model.addAttribute("programme", programme);
		model.addAttribute("years", json.writeValueAsString(
				programme.years().stream().map(ProgrammeTotals.Year::year).toList()));
		model.addAttribute("yearsAccepted", json.writeValueAsString(
				programme.years().stream().map(ProgrammeTotals.Year::acceptedUsd).toList()));
		model.addAttribute("yearsTrajectory", json.writeValueAsString(
				programme.years().stream().map(ProgrammeTotals.Year::trajectoryUsd).toList()));
		model.addAttribute("quads", portal.quads());
		model.addAttribute("decisions", portal.decisions().stream().limit(LATEST_DECISIONS).toList());
		model.addAttribute("heads", portal.auditHeads());
		return "portal/index";
	}

	@GetMapping("/quads/{id}")
	String quad(@PathVariable long id, Model model) {
		PublicQuad quad = portal.quad(id);
		QuadTrajectory trajectory = portal.trajectory(id);
		model.addAttribute("quad", quad);
		model.addAttribute("hasTrajectory", !trajectory.months().isEmpty());
		model.addAttribute("months", json.writeValueAsString(
				trajectory.months().stream().map(QuadTrajectory.Month::month).toList()));
		model.addAttribute("expected", json.writeValueAsString(
				trajectory.months().stream().map(QuadTrajectory.Month::expectedUsd).toList()));
		model.addAttribute("accepted", json.writeValueAsString(
				trajectory.months().stream().map(QuadTrajectory.Month::acceptedUsd).toList()));
		model.addAttribute("years", trajectory.years(java.time.LocalDate.now(clock).getYear()));
		model.addAttribute("decisions", portal.decisionsAbout(id));
		return "portal/quad";
	}

	@GetMapping("/agencies")
	String agencies(Model model) {
		model.addAttribute("agencies", portal.agencies());
		return "portal/agencies";
	}

	@GetMapping("/decisions")
	String decisions(Model model) {
		model.addAttribute("decisions", portal.decisions());
		return "portal/decisions";
	}

	@GetMapping("/open-data")
	String openData(Model model) {
		model.addAttribute("fields", OpenData.header());
		model.addAttribute("licenceUrl", OpenData.LICENCE_URL);
		return "portal/open-data";
	}
}
