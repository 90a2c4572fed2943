package org.quadhub.matching.web;

import org.jspecify.annotations.Nullable;
import org.quadhub.matching.Matching;
import org.quadhub.matching.MatchingWeights;
import org.quadhub.matching.Proposal;
import org.quadhub.matching.ProposalRequest;
import org.quadhub.matching.Proposals;
import org.quadhub.matching.RunRequest;
import org.quadhub.matching.RunView;
import org.quadhub.matching.SlotRequest;
import org.quadhub.quads.PartnerRole;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.Sector;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Suggest partners for one product, start and watch programme runs, accept a run. */
@Controller
class MatchingPages {

	private final Matching matching;
	private final JsonMapper json;

	MatchingPages(Matching matching, JsonMapper json) {
		this.matching = matching;
		this.json = json;
	}

	@GetMapping("/matching")
	String suggest(Actor actor, @RequestParam(required = false) @Nullable Sector productCategory,
			@RequestParam(defaultValue = "") String hsCodes, @RequestParam(defaultValue = "") String capabilities,
			@RequestParam(defaultValue = "") String zonePlace, @RequestParam(defaultValue = "5") int top, Model model) {
		model.addAttribute("sectors", Sector.values());
		model.addAttribute("roles", PartnerRole.values());
		model.addAttribute("productCategory", productCategory);
		model.addAttribute("hsCodes", hsCodes);
		model.addAttribute("capabilities", capabilities);
		model.addAttribute("zonePlace", zonePlace);
		model.addAttribute("top", top);
		if (productCategory != null) {
			try {
				Proposals proposals = matching.propose(actor, new ProposalRequest(productCategory, split(hsCodes),
						split(capabilities), null, zonePlace.isBlank() ? null : zonePlace, top, null));
				model.addAttribute("proposals", proposals);
				List<String> formLinks = new ArrayList<>();
				for (Proposal p : proposals.proposals()) {
					formLinks.add(formLink(productCategory, hsCodes, p));
				}
				model.addAttribute("formLinks", formLinks);
			}
			catch (DomainProblem problem) {
				if (problem.kind() == DomainProblem.Kind.FORBIDDEN) {
					throw problem;
				}
				model.addAttribute("error", problem.detail());
			}
		}
		return "matching/suggest";
	}

	@GetMapping("/matching/runs")
	String runs(Actor actor, Model model) {
		model.addAttribute("runs", matching.recentRuns(actor, 20));
		model.addAttribute("weights", MatchingWeights.DEFAULT);
		model.addAttribute("slotsText", "");
		return "matching/runs";
	}

	@PostMapping("/matching/runs")
	String start(Actor actor, @RequestParam(defaultValue = "") String slots,
			@RequestParam(required = false) @Nullable Integer topProducts,
			@RequestParam(defaultValue = "30") int timeLimitSeconds,
			@RequestParam(required = false) @Nullable Integer fit, @RequestParam(required = false) @Nullable Integer distance,
			@RequestParam(required = false) @Nullable Integer collaboration,
			@RequestParam(required = false) @Nullable Integer trackRecord,
			@RequestParam(required = false) @Nullable Integer spread,
			@RequestParam(required = false) @Nullable Integer strength, Model model) {
		MatchingWeights weights = new MatchingWeights(fit, distance, collaboration, trackRecord, spread, strength);
		try {
			// Slots typed in win; with none, the top products of the opportunity list become the slots.
			List<SlotRequest> typed = slots.isBlank() && topProducts != null ? List.of() : parseSlots(slots);
			RunView run = matching.start(actor, new RunRequest(typed, weights, timeLimitSeconds,
					typed.isEmpty() ? topProducts : null));
			return "redirect:/matching/runs/" + run.id();
		}
		catch (DomainProblem problem) {
			if (problem.kind() == DomainProblem.Kind.FORBIDDEN) {
				throw problem;
			}
			model.addAttribute("runs", matching.recentRuns(actor, 20));
			model.addAttribute("weights", weights.complete());
			model.addAttribute("slotsText", slots);
			model.addAttribute("topProducts", topProducts);
			model.addAttribute("error", problem.errors().isEmpty() ? problem.detail()
					: problem.errors().get(0).field() + ": " + problem.errors().get(0).message());
			return "matching/runs";
		}
	}

	@GetMapping("/matching/runs/{id}")
	String run(Actor actor, @PathVariable long id, Model model) {
		return runPage(model, matching.run(actor, id), "matching/run");
	}

	/** The live part of the run page, polled by htmx while the run is solving. */
	@GetMapping("/matching/runs/{id}/live")
	String live(Actor actor, @PathVariable long id, Model model) {
		return runPage(model, matching.run(actor, id), "matching/run :: live");
	}

	@PostMapping("/matching/runs/{id}/stop")
	String stop(Actor actor, @PathVariable long id) {
		try {
			matching.stop(actor, id);
		}
		catch (DomainProblem problem) {
			if (problem.kind() != DomainProblem.Kind.CONFLICT) {
				throw problem;
			}
		}
		return "redirect:/matching/runs/" + id;
	}

	@PostMapping("/matching/runs/{id}/accept")
	String accept(Actor actor, @PathVariable long id, @RequestParam(required = false) @Nullable Long version,
			Model model) {
		try {
			matching.accept(actor, id, version);
			return "redirect:/matching/runs/" + id + "?accepted";
		}
		catch (DomainProblem problem) {
			if (problem.kind() == DomainProblem.Kind.FORBIDDEN || problem.kind() == DomainProblem.Kind.NOT_FOUND) {
				throw problem;
			}
			model.addAttribute("error", problem.detail());
			return runPage(model, matching.run(actor, id), "matching/run");
		}
	}

	private String runPage(Model model, RunView run, String view) {
		model.addAttribute("run", run);
		model.addAttribute("roles", PartnerRole.values());
		model.addAttribute("history", json.writeValueAsString(run.scoreHistory()));
		return view;
	}

	/**
	 * One slot per line: category | HS codes | required capabilities | zone place | name, fields after the HS codes
	 * optional; codes and capabilities separated by commas.
	 */
	static List<SlotRequest> parseSlots(String text) {
		List<SlotRequest> slots = new ArrayList<>();
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].trim();
			if (line.isEmpty()) {
				continue;
			}
			String[] parts = line.split("\\|", -1);
			Sector sector;
			try {
				sector = Sector.valueOf(parts[0].trim());
			}
			catch (IllegalArgumentException e) {
				throw DomainProblem.invalid("slots[" + slots.size() + "]",
						"line " + (i + 1) + " must start with a category such as ELECTRONICS");
			}
			List<String> codes = parts.length > 1 ? split(parts[1]) : List.of();
			List<String> capabilities = parts.length > 2 ? split(parts[2]) : List.of();
			String place = parts.length > 3 && !parts[3].isBlank() ? parts[3].trim() : null;
			String name = parts.length > 4 && !parts[4].isBlank() ? parts[4].trim() : null;
			slots.add(new SlotRequest(name, sector, null, codes, capabilities, null, place));
		}
		return slots;
	}

	private static List<String> split(String text) {
		return Arrays.stream(text.split("[,;]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	private static String formLink(Sector sector, String hsCodes, Proposal proposal) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/quads/new")
			.queryParam("productCategory", sector.name())
			.queryParam("hsCodes", hsCodes);
		for (Map.Entry<PartnerRole, Proposal.ProposedPartner> e : proposal.partners().entrySet()) {
			link.queryParam("partners[" + e.getKey() + "]", e.getValue().id());
		}
		return link.encode().build().toUriString();
	}
}
