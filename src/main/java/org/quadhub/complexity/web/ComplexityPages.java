package org.quadhub.complexity.web;

import org.jspecify.annotations.Nullable;
import org.quadhub.complexity.Classification;
import org.quadhub.complexity.ComplexityAnalysis;
import org.quadhub.complexity.ImportTradeDataset;
import org.quadhub.complexity.OpportunityWeights;
import org.quadhub.complexity.TradeDataset;
import org.quadhub.complexity.TradeDatasets;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.Sector;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

/** Trade datasets and their import form, the ECI ranking, the product space, opportunities and product pages. */
@Controller
class ComplexityPages {

	private final TradeDatasets datasets;
	private final ComplexityAnalysis analysis;
	private final JsonMapper json;

	ComplexityPages(TradeDatasets datasets, ComplexityAnalysis analysis, JsonMapper json) {
		this.datasets = datasets;
		this.analysis = analysis;
		this.json = json;
	}

	@GetMapping("/complexity")
	String datasets(Actor actor, Model model) {
		return datasetsPage(actor, model, Map.of(), null);
	}

	@PostMapping("/complexity/datasets")
	String importDataset(Actor actor, @RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable MultipartFile countryCodes, @RequestParam String name,
			@RequestParam String source, @RequestParam String licence,
			@RequestParam(defaultValue = "HS") Classification classification,
			@RequestParam(required = false) @Nullable String columns, Model model) throws IOException {
		ImportTradeDataset command = new ImportTradeDataset(name, source, licence, classification,
				columns == null || columns.isBlank() ? null : columns);
		if (file == null || file.isEmpty()) {
			return datasetsPage(actor, model, Map.of("file", "complexity.import.noFile"), command);
		}
		try (InputStream data = file.getInputStream()) {
			TradeDataset created;
			if (countryCodes != null && !countryCodes.isEmpty()) {
				try (InputStream codes = countryCodes.getInputStream()) {
					created = datasets.importBaci(actor, command, data, codes);
				}
			}
			else {
				created = datasets.importLong(actor, command, data);
			}
			return "redirect:/complexity?imported=" + created.id();
		}
		catch (DomainProblem problem) {
			if (problem.kind() == DomainProblem.Kind.FORBIDDEN) {
				throw problem;
			}
			model.addAttribute("problem", problem);
			return datasetsPage(actor, model, Map.of(), command);
		}
	}

	private String datasetsPage(Actor actor, Model model, Map<String, String> errors,
			@Nullable ImportTradeDataset form) {
		model.addAttribute("datasets", datasets.list(actor));
		model.addAttribute("classifications", Classification.values());
		model.addAttribute("errors", errors);
		model.addAttribute("form", form == null ? new ImportTradeDataset("", "", "", Classification.HS, null) : form);
		return "complexity/datasets";
	}

	@GetMapping("/complexity/{id}")
	String countries(Actor actor, @PathVariable long id, @RequestParam(required = false) @Nullable Integer year,
			@RequestParam(defaultValue = ComplexityAnalysis.HOME) String country,
			@RequestParam(defaultValue = ComplexityAnalysis.PARTNER) String partner, Model model) {
		model.addAttribute("dataset", datasets.find(actor, id));
		var ranking = analysis.countries(actor, id, year);
		model.addAttribute("ranking", ranking);
		String home = country.trim().toUpperCase(Locale.ROOT);
		model.addAttribute("homeRow", ranking.countries().stream().filter(c -> c.country().equals(home)).findFirst()
			.orElse(null));
		context(model, id, year, country, partner);
		return "complexity/countries";
	}

	@GetMapping("/complexity/{id}/product-space")
	String productSpace(Actor actor, @PathVariable long id, @RequestParam(required = false) @Nullable Integer year,
			@RequestParam(defaultValue = ComplexityAnalysis.HOME) String country,
			@RequestParam(defaultValue = ComplexityAnalysis.PARTNER) String partner, Model model) {
		model.addAttribute("dataset", datasets.find(actor, id));
		var space = analysis.productSpace(actor, id, year, country);
		model.addAttribute("space", space);
		model.addAttribute("spaceJson", json.writeValueAsString(space));
		model.addAttribute("held", space.nodes().stream().filter(n -> n.held()).count());
		context(model, id, year, country, partner);
		return "complexity/space";
	}

	@GetMapping("/complexity/{id}/opportunities")
	String opportunities(Actor actor, @PathVariable long id, @RequestParam(required = false) @Nullable Integer year,
			@RequestParam(defaultValue = ComplexityAnalysis.HOME) String country,
			@RequestParam(defaultValue = ComplexityAnalysis.PARTNER) String partner,
			@RequestParam(required = false) @Nullable Double feasibility,
			@RequestParam(required = false) @Nullable Double complexity,
			@RequestParam(required = false) @Nullable Double strategic,
			@RequestParam(required = false) @Nullable Double market,
			@RequestParam(required = false) @Nullable Double partnerWeight,
			@RequestParam(required = false) @Nullable Sector sector,
			@RequestParam(required = false) @Nullable String chapter,
			@RequestParam(required = false) @Nullable Boolean highTech,
			@RequestParam(defaultValue = "false") boolean anyPartner, Model model) {
		OpportunityWeights d = OpportunityWeights.DEFAULT;
		String spec = String.format(Locale.ROOT, "feasibility:%s,complexity:%s,strategic:%s,market:%s,partner:%s",
				or(feasibility, d.feasibility()), or(complexity, d.complexity()), or(strategic, d.strategic()),
				or(market, d.market()), or(partnerWeight, d.partner()));
		OpportunityWeights weights = OpportunityWeights.parse(spec);
		model.addAttribute("dataset", datasets.find(actor, id));
		model.addAttribute("result", analysis.opportunities(actor, id, year, country, partner, weights,
				new ComplexityAnalysis.OpportunityFilter(sector, chapter, highTech, !anyPartner,
						ComplexityAnalysis.DEFAULT_LIMIT)));
		model.addAttribute("weights", weights);
		model.addAttribute("sectors", Sector.values());
		model.addAttribute("sector", sector);
		model.addAttribute("chapter", chapter);
		model.addAttribute("highTech", highTech);
		model.addAttribute("anyPartner", anyPartner);
		context(model, id, year, country, partner);
		return "complexity/opportunities";
	}

	@GetMapping("/complexity/{id}/products/{product}")
	String product(Actor actor, @PathVariable long id, @PathVariable String product,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(defaultValue = ComplexityAnalysis.HOME) String country,
			@RequestParam(defaultValue = ComplexityAnalysis.PARTNER) String partner, Model model) {
		model.addAttribute("dataset", datasets.find(actor, id));
		model.addAttribute("product", analysis.product(actor, id, product, year, country, partner));
		context(model, id, year, country, partner);
		return "complexity/product";
	}

	private static void context(Model model, long id, @Nullable Integer year, String country, String partner) {
		model.addAttribute("datasetId", id);
		model.addAttribute("year", year);
		model.addAttribute("home", country.trim().toUpperCase(Locale.ROOT));
		model.addAttribute("partner", partner.trim().toUpperCase(Locale.ROOT));
	}

	private static double or(@Nullable Double value, double fallback) {
		return value == null ? fallback : value;
	}
}
