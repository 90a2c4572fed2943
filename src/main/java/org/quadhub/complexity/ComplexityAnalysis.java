package org.quadhub.complexity;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import org.quadhub.complexity.calc.ComplexityResult;
import org.quadhub.complexity.calc.DegenerateInput;
import org.quadhub.complexity.calc.EconomicComplexity;
import org.quadhub.complexity.calc.ProximityMatrix;
import org.quadhub.complexity.calc.TradeMatrix;
import org.quadhub.complexity.calc.TradeTable;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.HsCatalogue;
import org.quadhub.shared.Sector;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Economic complexity of a stored dataset, computed on demand per period (and kept for the few most recent
 * periods), and the product opportunities for a QUAD: the products a home country does not yet export
 * competitively, scored on feasibility, complexity, strategic value, market size and the partner country's
 * strength. Every signed-in user may read.
 */
@Service
public class ComplexityAnalysis {

	/** Home and partner countries of the programme. */
	public static final String HOME = "PAK";
	public static final String PARTNER = "CHN";
	public static final int DEFAULT_LIMIT = 50;

	private static final int CACHE = 6;

	private final TradeDatasetStore store;
	private final ProductCatalogue catalogue = ProductCatalogue.standard();
	private final Map<String, Analysis> cache = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Analysis> eldest) {
			return size() > CACHE;
		}
	};

	private final MeterRegistry registry;

	ComplexityAnalysis(TradeDatasetStore store, MeterRegistry registry) {
		this.store = store;
		this.registry = registry;
	}

	/** Filters of the opportunity table; null means no filter. */
	public record OpportunityFilter(@Nullable Sector sector, @Nullable String chapter, @Nullable Boolean highTech,
			boolean partnerMustLead, int limit) {

		public static final OpportunityFilter NONE = new OpportunityFilter(null, null, null, true, DEFAULT_LIMIT);
	}

	public CountryRanking countries(Actor actor, long datasetId, @Nullable Integer year) {
		Analysis a = analysis(actor, datasetId, year);
		ComplexityResult r = a.result;
		Integer[] order = byDescending(r.countryCount(), r::eci);
		List<CountryComplexity> rows = new ArrayList<>();
		for (int k = 0; k < order.length; k++) {
			int c = order[k];
			rows.add(new CountryComplexity(k + 1, r.country(c), catalogue.countryName(r.country(c)), r.diversity(c),
					r.eci(c), r.coi(c)));
		}
		return new CountryRanking(datasetId, a.dataset.name(), TradeDatasets.yearOrNull(a.year), a.dataset.years(),
				rows, r.droppedCountries(), r.droppedProducts());
	}

	public ProductRanking products(Actor actor, long datasetId, @Nullable Integer year) {
		Analysis a = analysis(actor, datasetId, year);
		ComplexityResult r = a.result;
		Integer[] order = byDescending(r.productCount(), r::pci);
		List<ProductComplexity> rows = new ArrayList<>();
		for (int k = 0; k < order.length; k++) {
			int p = order[k];
			String code = r.product(p);
			Sector sector = catalogue.sector(a.classification(), code);
			String section = catalogue.section(a.classification(), code);
			rows.add(new ProductComplexity(k + 1, code, catalogue.productName(a.classification(), code), section,
					catalogue.sectionName(a.classification(), section), sector, sector != null, r.ubiquity(p), r.pci(p),
					r.worldExports(p)));
		}
		return new ProductRanking(datasetId, a.dataset.name(), TradeDatasets.yearOrNull(a.year), rows,
				r.droppedProducts());
	}

	public Opportunities opportunities(Actor actor, long datasetId, @Nullable Integer year, @Nullable String country,
			@Nullable String partner, OpportunityWeights weights, OpportunityFilter filter) {
		Analysis a = analysis(actor, datasetId, year);
		ComplexityResult r = a.result;
		String homeCode = code(country, HOME);
		String partnerCode = code(partner, PARTNER);
		int h = a.country(homeCode, "country");
		int k = a.country(partnerCode, "partner");
		if (h == k) {
			throw DomainProblem.invalid("partner", "the partner country must differ from the home country");
		}
		List<Integer> candidates = new ArrayList<>();
		for (int p = 0; p < r.productCount(); p++) {
			if (r.rca(h, p) < 1) {
				candidates.add(p);
			}
		}
		int n = candidates.size();
		double[] density = new double[n];
		double[] pci = new double[n];
		double[] cog = new double[n];
		double[] market = new double[n];
		double[] partnerRca = new double[n];
		double[] partnerShare = new double[n];
		for (int i = 0; i < n; i++) {
			int p = candidates.get(i);
			density[i] = r.density(h, p);
			pci[i] = r.pci(p);
			cog[i] = r.cog(h, p);
			market[i] = r.worldExports(p);
			partnerRca[i] = r.rca(k, p);
			partnerShare[i] = a.exports(k, p) / r.worldExports(p);
		}
		double[] fRank = percentiles(density);
		double[] cRank = percentiles(pci);
		double[] sRank = percentiles(cog);
		double[] mRank = percentiles(market);
		double[] prRank = percentiles(partnerRca);
		double[] psRank = percentiles(partnerShare);
		List<Opportunity> all = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			int p = candidates.get(i);
			String product = r.product(p);
			Sector sector = catalogue.sector(a.classification(), product);
			Opportunity.Components components = new Opportunity.Components(fRank[i], cRank[i], sRank[i], mRank[i],
					(prRank[i] + psRank[i]) / 2);
			double score = (weights.feasibility() * components.feasibility()
					+ weights.complexity() * components.complexity() + weights.strategic() * components.strategic()
					+ weights.market() * components.market() + weights.partner() * components.partner()) / weights.sum();
			String name = catalogue.productName(a.classification(), product);
			all.add(new Opportunity(0, product, name,
					catalogue.sectionName(a.classification(), catalogue.section(a.classification(), product)), sector,
					sector != null, r.rca(h, p), density[i], 1 - density[i], pci[i], cog[i], market[i], partnerRca[i],
					partnerShare[i], r.m(k, p), components, score, formQuadUrl(a.classification(), product, name, sector)));
		}
		all.sort(Comparator.comparingDouble(Opportunity::score).reversed().thenComparing(Opportunity::product));
		List<Opportunity> rows = new ArrayList<>();
		for (Opportunity o : all) {
			if (rows.size() >= filter.limit()) {
				break;
			}
			if ((filter.partnerMustLead() && !o.partnerLeads()) || (filter.sector() != null && filter.sector() != o.sector())
					|| (filter.highTech() != null && filter.highTech() != o.highTech())
					|| (filter.chapter() != null && !filter.chapter().isBlank() && !o.product().startsWith(filter.chapter().trim()))) {
				continue;
			}
			rows.add(new Opportunity(rows.size() + 1, o.product(), o.name(), o.sectionName(), o.sector(), o.highTech(),
					o.rca(), o.density(), o.distance(), o.pci(), o.cog(), o.worldExports(), o.partnerRca(),
					o.partnerShare(), o.partnerLeads(), o.components(), o.score(), o.formQuadUrl()));
		}
		return new Opportunities(datasetId, a.dataset.name(), TradeDatasets.yearOrNull(a.year), r.country(h),
				catalogue.countryName(r.country(h)), r.country(k), catalogue.countryName(r.country(k)), weights.text(),
				n, filter.partnerMustLead(), rows);
	}

	public ProductProfile product(Actor actor, long datasetId, String product, @Nullable Integer year,
			@Nullable String country, @Nullable String partner) {
		Analysis a = analysis(actor, datasetId, year);
		ComplexityResult r = a.result;
		int p = r.productIndex(product);
		if (p < 0) {
			throw DomainProblem.notFound("Product", product + " in dataset " + datasetId);
		}
		String homeCode = code(country, HOME);
		String partnerCode = code(partner, PARTNER);
		Integer[] order = byDescending(r.countryCount(), c -> a.exports(c, p));
		List<ExporterPosition> exporters = new ArrayList<>();
		ExporterPosition home = null;
		ExporterPosition partnerPosition = null;
		for (int k = 0; k < order.length; k++) {
			int c = order[k];
			ExporterPosition position = new ExporterPosition(k + 1, r.country(c), catalogue.countryName(r.country(c)),
					a.exports(c, p), a.exports(c, p) / r.worldExports(p), r.rca(c, p), r.m(c, p));
			if (k < 15 && position.exports() > 0) {
				exporters.add(position);
			}
			if (r.country(c).equalsIgnoreCase(homeCode)) {
				home = position;
			}
			if (r.country(c).equalsIgnoreCase(partnerCode)) {
				partnerPosition = position;
			}
		}
		int h = home == null ? -1 : r.countryIndex(home.country());
		String name = catalogue.productName(a.classification(), product);
		Sector sector = catalogue.sector(a.classification(), product);
		return new ProductProfile(datasetId, a.dataset.name(), TradeDatasets.yearOrNull(a.year), product, name,
				catalogue.sectionName(a.classification(), catalogue.section(a.classification(), product)), sector,
				sector != null, r.pci(p), r.ubiquity(p), r.worldExports(p), home, partnerPosition,
				h < 0 ? 0 : r.density(h, p), h < 0 ? 0 : r.cog(h, p), exporters,
				formQuadUrl(a.classification(), product, name, sector));
	}

	public ProductSpace productSpace(Actor actor, long datasetId, @Nullable Integer year, @Nullable String country) {
		Analysis a = analysis(actor, datasetId, year);
		ComplexityResult r = a.result;
		int h = a.country(code(country, HOME), "country");
		Map<String, Integer> sectionIndex = new LinkedHashMap<>();
		List<ProductSpace.Section> sections = new ArrayList<>();
		catalogue.sections(a.classification()).entrySet().stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach(e -> {
				sectionIndex.put(e.getKey(), sections.size());
				sections.add(new ProductSpace.Section(e.getKey(), e.getValue()));
			});
		List<ProductSpace.Node> nodes = new ArrayList<>();
		for (int p = 0; p < r.productCount(); p++) {
			String code = r.product(p);
			String section = catalogue.section(a.classification(), code);
			Integer s = sectionIndex.get(section);
			if (s == null) {
				s = sections.size();
				sectionIndex.put(section, s);
				sections.add(new ProductSpace.Section(section, catalogue.sectionName(a.classification(), section)));
			}
			nodes.add(new ProductSpace.Node(code, catalogue.productName(a.classification(), code), s, r.worldExports(p),
					r.m(h, p), r.pci(p)));
		}
		return new ProductSpace(datasetId, TradeDatasets.yearOrNull(a.year), r.country(h), nodes,
				ProductSpaceLinks.strongest(a.proximity()), sections);
	}

	/** The ISO alpha-3 codes of the home and partner defaults, or the given code in upper case. */
	private static String code(@Nullable String given, String fallback) {
		return given == null || given.isBlank() ? fallback : given.trim().toUpperCase(Locale.ROOT);
	}

	private String formQuadUrl(Classification classification, String product, String name, @Nullable Sector sector) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/quads/new")
			.queryParam("name", "QUAD: " + name)
			.queryParam("productDescription", name + " (" + classification + " " + product + ")");
		if (sector != null) {
			url.queryParam("productCategory", sector.name());
		}
		if (classification == Classification.HS && HsCatalogue.standard().contains(product)) {
			url.queryParam("hsCodes", product);
		}
		return url.encode().build().toUriString();
	}

	/** Percentile rank of each value among all of them: 0 for the lowest, 1 for the highest, ties share the mean. */
	static double[] percentiles(double[] values) {
		int n = values.length;
		double[] out = new double[n];
		if (n == 1) {
			out[0] = 1;
			return out;
		}
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
		int i = 0;
		while (i < n) {
			int j = i;
			while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
				j++;
			}
			double rank = (i + j) / 2.0 / (n - 1);
			for (int k = i; k <= j; k++) {
				out[order[k]] = rank;
			}
			i = j + 1;
		}
		return out;
	}

	private static Integer[] byDescending(int n, java.util.function.IntToDoubleFunction key) {
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (x, y) -> Double.compare(key.applyAsDouble(y), key.applyAsDouble(x)));
		return order;
	}

	private Analysis analysis(Actor actor, long datasetId, @Nullable Integer year) {
		TradeDatasets.checkCanRead(actor);
		TradeDataset dataset = store.find(datasetId).orElseThrow(() -> DomainProblem.notFound("Trade dataset", datasetId));
		if (dataset.status() != DatasetStatus.READY) {
			throw new DomainProblem(DomainProblem.Kind.CONFLICT, "dataset-not-ready", "Dataset not ready",
					"Trade dataset " + datasetId + " is " + dataset.status() + (dataset.status() == DatasetStatus.STORING
							? String.format(Locale.ROOT, " (%.0f%% stored); try again shortly.", dataset.progress() * 100)
							: ": " + dataset.failure()));
		}
		int period;
		if (dataset.years().isEmpty()) {
			period = TradeTable.SINGLE_PERIOD;
		}
		else if (year == null) {
			period = dataset.years().get(dataset.years().size() - 1);
		}
		else if (dataset.years().contains(year)) {
			period = year;
		}
		else {
			throw DomainProblem.invalid("year", "dataset " + datasetId + " has the years " + dataset.years());
		}
		String key = datasetId + "/" + period;
		synchronized (cache) {
			Analysis cached = cache.get(key);
			if (cached != null) {
				return cached;
			}
		}
		TradeMatrix matrix = store.period(datasetId, period);
		ComplexityResult result;
		Timer.Sample sample = Timer.start(registry);
		String outcome = "degenerate";
		try {
			result = EconomicComplexity.compute(matrix);
			outcome = "computed";
		}
		catch (DegenerateInput e) {
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "degenerate-trade-data",
					"Too little data for complexity", e.getMessage());
		}
		finally {
			sample.stop(Timer.builder("quadhub.complexity.compute")
				.description("Economic complexity computations of one dataset period (cache misses only)")
				.tag("outcome", outcome)
				.register(registry));
		}
		Analysis analysis = new Analysis(dataset, period, matrix, result);
		synchronized (cache) {
			cache.put(key, analysis);
		}
		return analysis;
	}

	/** One computed period with the raw exports behind it. */
	private static final class Analysis {

		final TradeDataset dataset;
		final int year;
		final TradeMatrix matrix;
		final ComplexityResult result;
		final int[] matrixCountry;
		final int[] matrixProduct;
		private @Nullable ProximityMatrix proximity;

		Analysis(TradeDataset dataset, int year, TradeMatrix matrix, ComplexityResult result) {
			this.dataset = dataset;
			this.year = year;
			this.matrix = matrix;
			this.result = result;
			Map<String, Integer> cs = new HashMap<>();
			for (int c = 0; c < matrix.countryCount(); c++) {
				cs.put(matrix.country(c), c);
			}
			Map<String, Integer> ps = new HashMap<>();
			for (int p = 0; p < matrix.productCount(); p++) {
				ps.put(matrix.product(p), p);
			}
			matrixCountry = new int[result.countryCount()];
			matrixProduct = new int[result.productCount()];
			for (int c = 0; c < matrixCountry.length; c++) {
				matrixCountry[c] = cs.get(result.country(c));
			}
			for (int p = 0; p < matrixProduct.length; p++) {
				matrixProduct[p] = ps.get(result.product(p));
			}
		}

		Classification classification() {
			return dataset.classification();
		}

		double exports(int c, int p) {
			return matrix.value(matrixCountry[c], matrixProduct[p]);
		}

		int country(String code, String field) {
			int c = result.countryIndex(code);
			if (c < 0) {
				boolean dropped = result.droppedCountries().contains(code);
				throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "country-not-in-dataset",
						"Country not in dataset", field + ": " + code + (dropped ? " has no exports in this period."
								: " is not in this dataset; use the ISO alpha-3 codes it lists."),
						List.of(new DomainProblem.FieldProblem(field, code + " is not in the dataset")));
			}
			return c;
		}

		synchronized ProximityMatrix proximity() {
			if (proximity == null) {
				proximity = result.proximity();
			}
			return proximity;
		}
	}
}
