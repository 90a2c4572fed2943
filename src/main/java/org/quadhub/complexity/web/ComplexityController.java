package org.quadhub.complexity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.quadhub.complexity.Classification;
import org.quadhub.complexity.ComplexityAnalysis;
import org.quadhub.complexity.CountryRanking;
import org.quadhub.complexity.ImportTradeDataset;
import org.quadhub.complexity.Opportunities;
import org.quadhub.complexity.OpportunityWeights;
import org.quadhub.complexity.ProductProfile;
import org.quadhub.complexity.ProductRanking;
import org.quadhub.complexity.ProductSpace;
import org.quadhub.complexity.TradeDataset;
import org.quadhub.complexity.TradeDatasets;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.Sector;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Complexity", description = "Trade datasets, economic complexity and QUAD product opportunities")
class ComplexityController {

	private static final String NOT_STATED = "not stated";

	private final TradeDatasets datasets;
	private final ComplexityAnalysis analysis;
	private final Clock clock;

	ComplexityController(TradeDatasets datasets, ComplexityAnalysis analysis, Clock clock) {
		this.datasets = datasets;
		this.analysis = analysis;
		this.clock = clock;
	}

	@PostMapping(path = "/trade-datasets", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import a trade dataset (AUTHORITY)", description = """
			Multipart: part file (long CSV with year,country,product,value, or other headers named in columns such as \
			year=year,country=origin,product=hs92,value=export_val; without a year column the file is one period), or \
			file plus countryCodes for BACI's raw layout (t,i,j,k,v,q). The file is checked while you wait: a bad row \
			gives 422 with every bad row named and stores nothing. Then 202 with the dataset, whose rows are stored in \
			the background: poll GET /api/v1/trade-datasets/{id} until status is READY.""")
	ResponseEntity<TradeDataset> upload(@Parameter(hidden = true) Actor actor, @RequestPart("file") MultipartFile file,
			@RequestPart(name = "countryCodes", required = false) @Nullable MultipartFile countryCodes,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(defaultValue = NOT_STATED) String source,
			@RequestParam(defaultValue = NOT_STATED) String licence,
			@RequestParam(defaultValue = "HS") Classification classification,
			@RequestParam(required = false) @Nullable String columns) {
		ImportTradeDataset command = new ImportTradeDataset(name(name, file.getOriginalFilename()), source, licence,
				classification, columns);
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
			return accepted(created);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@PostMapping(path = "/trade-datasets", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE,
			MediaType.APPLICATION_OCTET_STREAM_VALUE })
	@Operation(summary = "Import a long-format trade dataset from the request body (AUTHORITY)",
			description = "The body is the CSV itself, streamed; parameters as for the multipart upload.")
	ResponseEntity<TradeDataset> uploadBody(@Parameter(hidden = true) Actor actor, HttpServletRequest request,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(defaultValue = NOT_STATED) String source,
			@RequestParam(defaultValue = NOT_STATED) String licence,
			@RequestParam(defaultValue = "HS") Classification classification,
			@RequestParam(required = false) @Nullable String columns) throws IOException {
		return accepted(datasets.importLong(actor,
				new ImportTradeDataset(name(name, null), source, licence, classification, columns),
				request.getInputStream()));
	}

	/** The given name, or the file name and the time of the upload, so that an unnamed upload is still unique. */
	private String name(@Nullable String given, @Nullable String fileName) {
		if (given != null && !given.isBlank()) {
			return given;
		}
		String base = fileName == null || fileName.isBlank() ? "Trade data" : fileName.replaceAll("\\.csv$", "");
		return base + " (" + clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS) + ")";
	}

	private static ResponseEntity<TradeDataset> accepted(TradeDataset created) {
		return ResponseEntity.accepted()
			.location(ServletUriComponentsBuilder.fromCurrentContextPath()
				.path("/api/v1/trade-datasets/{id}")
				.buildAndExpand(created.id())
				.toUri())
			.body(created);
	}

	@GetMapping("/trade-datasets")
	@Operation(summary = "List trade datasets with source, licence note, years and import status")
	List<TradeDataset> list(@Parameter(hidden = true) Actor actor) {
		return datasets.list(actor);
	}

	@GetMapping("/trade-datasets/{id}")
	@Operation(summary = "One trade dataset; progress runs from 0 to 1 while its rows are stored")
	TradeDataset find(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return datasets.find(actor, id);
	}

	@GetMapping("/complexity/{datasetId}/countries")
	@Operation(summary = "Countries by ECI (with diversity and COI) for one year (default: the latest)")
	CountryRanking countries(@Parameter(hidden = true) Actor actor, @PathVariable long datasetId,
			@RequestParam(required = false) @Nullable Integer year) {
		return analysis.countries(actor, datasetId, year);
	}

	@GetMapping("/complexity/{datasetId}/products")
	@Operation(summary = "Products by PCI (with ubiquity, world exports, section and programme sector)")
	ProductRanking products(@Parameter(hidden = true) Actor actor, @PathVariable long datasetId,
			@RequestParam(required = false) @Nullable Integer year) {
		return analysis.products(actor, datasetId, year);
	}

	@GetMapping("/complexity/{datasetId}/products/{product}")
	@Operation(summary = "One product: PCI, its leading exporters, and the home and partner countries' positions")
	ProductProfile product(@Parameter(hidden = true) Actor actor, @PathVariable long datasetId,
			@PathVariable String product, @RequestParam(required = false) @Nullable Integer year,
			@RequestParam(defaultValue = ComplexityAnalysis.HOME) String country,
			@RequestParam(defaultValue = ComplexityAnalysis.PARTNER) String partner) {
		return analysis.product(actor, datasetId, product, year, country, partner);
	}

	@GetMapping("/complexity/{datasetId}/product-space")
	@Operation(summary = "The product space as nodes and edges, with the home country's products marked")
	ProductSpace productSpace(@Parameter(hidden = true) Actor actor, @PathVariable long datasetId,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(defaultValue = ComplexityAnalysis.HOME) String country) {
		return analysis.productSpace(actor, datasetId, year, country);
	}

	@GetMapping("/complexity/{datasetId}/opportunities")
	@Operation(summary = "Ranked QUAD product candidates for a home country with a partner country", description = """
			Products the home country exports with RCA below 1, scored by the weighted mean of percentile ranks of \
			density (feasibility), PCI (complexity), COG (strategic value), world exports (market) and the partner's \
			RCA and world share (partner). weights=feasibility:0.3,complexity:0.2,strategic:0.2,market:0.1,partner:0.2 \
			by default. partnerMustLead=true (default) keeps products the partner exports with RCA above 1.""")
	Opportunities opportunities(@Parameter(hidden = true) Actor actor, @PathVariable long datasetId,
			@RequestParam(defaultValue = ComplexityAnalysis.HOME) String country,
			@RequestParam(defaultValue = ComplexityAnalysis.PARTNER) String partner,
			@RequestParam(required = false) @Nullable String weights,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Sector sector,
			@RequestParam(required = false) @Nullable String chapter,
			@RequestParam(required = false) @Nullable Boolean highTech,
			@RequestParam(defaultValue = "true") boolean partnerMustLead,
			@RequestParam(defaultValue = "" + ComplexityAnalysis.DEFAULT_LIMIT) int limit) {
		if (limit < 1 || limit > 1000) {
			throw DomainProblem.invalid("limit", "must be between 1 and 1000");
		}
		return analysis.opportunities(actor, datasetId, year, country, partner, OpportunityWeights.parse(weights),
				new ComplexityAnalysis.OpportunityFilter(sector, chapter, highTech, partnerMustLead, limit));
	}
}
