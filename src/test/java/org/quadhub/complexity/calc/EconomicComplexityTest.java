package org.quadhub.complexity.calc;

import org.junit.jupiter.api.Test;
import org.quadhub.complexity.data.ColumnMapping;
import org.quadhub.complexity.data.TradeFileReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Golden values: the Stata ground truth (when ../shared is present), our generated fixture, and brute force. */
class EconomicComplexityTest {

	static final Path STATA = Path.of("../shared/data/complexity/py-ecomplexity-fixture");
	static final ColumnMapping FIXTURE_COLUMNS = ColumnMapping.parse("year=year,country=origin,product=hs92,value=export_val");

	/** The fixture authors' tolerances: M and diversity exact; RCA, ECI, PCI 1e-5; density, COI, COG 1e-4. */
	static final double TIGHT = 1e-5;
	static final double LOOSE = 1e-4;

	@Test
	void reproducesTheStataGroundTruthForCountries() throws IOException {
		Map<Integer, ComplexityResult> results = stataResults();
		List<Map<String, String>> truth = csv(STATA.resolve("stata_truth_country.csv"));
		assertThat(truth).hasSizeGreaterThan(10);
		for (Map<String, String> row : truth) {
			ComplexityResult r = results.get(Integer.parseInt(row.get("year")));
			int c = r.countryIndex(row.get("origin"));
			assertThat(c).as(row.toString()).isNotNegative();
			assertThat(r.diversity(c)).as(row.toString()).isEqualTo((int) Double.parseDouble(row.get("diversity")));
			assertClose(r.eci(c), row.get("eci"), TIGHT, row);
			assertClose(r.coi(c), row.get("coi"), LOOSE, row);
		}
	}

	@Test
	void reproducesTheStataGroundTruthForProductsAndCells() throws IOException {
		Map<Integer, ComplexityResult> results = stataResults();
		for (Map<String, String> row : csv(STATA.resolve("stata_truth_product.csv"))) {
			ComplexityResult r = results.get(Integer.parseInt(row.get("year")));
			int p = r.productIndex(row.get("hs92"));
			assertThat(r.ubiquity(p)).as(row.toString()).isEqualTo((int) Double.parseDouble(row.get("ubiquity")));
			assertClose(r.pci(p), row.get("pci"), TIGHT, row);
		}
		List<Map<String, String>> cells = csv(STATA.resolve("stata_truth_cell.csv"));
		assertThat(cells).hasSizeGreaterThan(300);
		for (Map<String, String> row : cells) {
			ComplexityResult r = results.get(Integer.parseInt(row.get("year")));
			int c = r.countryIndex(row.get("origin"));
			int p = r.productIndex(row.get("hs92"));
			assertThat(r.m(c, p) ? 1 : 0).as(row.toString()).isEqualTo((int) Double.parseDouble(row.get("mcp")));
			assertClose(r.rca(c, p), row.get("rca"), TIGHT, row);
			assertClose(r.density(c, p), row.get("density"), LOOSE, row);
			assertClose(r.cog(c, p), row.get("cog"), LOOSE, row);
		}
	}

	@Test
	void matchesTheFullStataVariantInBothYears() throws IOException {
		assertMatchesExpected(stataResults(), csv(STATA.resolve("expected_stata_variant_full.csv")), "hs92", 600);
	}

	@Test
	void reproducesTheShippedGeneratedFixtureAndReportsDroppedRows() throws IOException {
		TradeTable table;
		try (InputStream in = resource("/complexity/generated-trade.csv")) {
			table = new TradeFileReader(false).readLong(in,
					ColumnMapping.parse("year=year,country=exporter,product=code,value=usd"));
		}
		Map<Integer, ComplexityResult> results = new HashMap<>();
		for (int year : table.years()) {
			results.put(year, EconomicComplexity.compute(table.period(year)));
		}
		assertThat(results.get(2001).droppedProducts()).containsExactly("1259");
		assertThat(results.get(2001).droppedCountries()).isEmpty();
		assertThat(results.get(2002).droppedCountries()).containsExactly("c05");
		List<Map<String, String>> expected;
		try (InputStream in = resource("/complexity/generated-expected.csv")) {
			expected = csv(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		assertMatchesExpected(results, expected, "product", 500);
	}

	@Test
	void densityAndCogAgreeWithTheTextbookFormulasOnRandomInputs() {
		Random random = new Random(7);
		for (int trial = 0; trial < 20; trial++) {
			int nc = 3 + random.nextInt(70);
			int np = 3 + random.nextInt(150);
			double[] x = new double[nc * np];
			for (int i = 0; i < x.length; i++) {
				x[i] = random.nextDouble() < 0.3 ? 0 : Math.exp(random.nextGaussian() * 2);
			}
			String[] cs = new String[nc];
			String[] ps = new String[np];
			for (int i = 0; i < nc; i++) {
				cs[i] = "c" + i;
				x[i * np] += 1;
			}
			for (int j = 0; j < np; j++) {
				ps[j] = "p" + j;
				x[j] += 1;
			}
			ComplexityResult r = EconomicComplexity.compute(new TradeMatrix(cs, ps, x));
			bruteForceAgrees(r);
		}
	}

	/** Density, COI and COG straight from their definitions, with the products x products proximity matrix. */
	private static void bruteForceAgrees(ComplexityResult r) {
		int nc = r.countryCount();
		int np = r.productCount();
		ProximityMatrix phi = r.proximity();
		double[] rowSum = new double[np];
		for (int p = 0; p < np; p++) {
			for (int q = 0; q < np; q++) {
				int co = 0;
				for (int c = 0; c < nc; c++) {
					co += r.m(c, p) && r.m(c, q) ? 1 : 0;
				}
				int max = Math.max(r.ubiquity(p), r.ubiquity(q));
				double expected = p == q || max == 0 ? 0 : (double) co / max;
				assertThat(phi.get(p, q)).isEqualTo(expected);
				rowSum[p] += expected;
			}
		}
		double sd = 0;
		double mean = 0;
		for (int c = 0; c < nc; c++) {
			mean += r.rawEci(c) / nc;
		}
		for (int c = 0; c < nc; c++) {
			sd += (r.rawEci(c) - mean) * (r.rawEci(c) - mean) * np / ((double) nc * np - 1);
		}
		sd = Math.sqrt(sd);
		for (int c = 0; c < nc; c++) {
			for (int p = 0; p < np; p++) {
				double num = 0;
				double cog = 0;
				for (int q = 0; q < np; q++) {
					num += (r.m(c, q) ? 1 : 0) * phi.get(p, q);
					double den = rowSum[q] > 0 ? rowSum[q] : 1;
					cog += (r.m(c, q) ? 0 : 1) * phi.get(q, p) * r.rawPci(q) / den;
				}
				double density = num / (rowSum[p] > 0 ? rowSum[p] : 1);
				assertThat(r.density(c, p)).isCloseTo(density, org.assertj.core.data.Offset.offset(1e-12));
				assertThat(r.cog(c, p)).isCloseTo(r.m(c, p) ? 0 : cog / sd,
						org.assertj.core.data.Offset.offset(1e-9 * (1 + Math.abs(cog / sd))));
			}
		}
	}

	@Test
	void eciIsOrderedLikeDiversityOnANestedMatrix() {
		int n = 8;
		String[] cs = new String[n];
		String[] ps = new String[n];
		double[] x = new double[n * n];
		for (int c = 0; c < n; c++) {
			cs[c] = "c" + c;
			ps[c] = "p" + c;
			for (int p = 0; p < n; p++) {
				x[c * n + p] = p <= c ? 100 : 1;
			}
		}
		ComplexityResult r = EconomicComplexity.compute(new TradeMatrix(cs, ps, x));
		for (int c = 1; c < n; c++) {
			assertThat(r.eci(c)).isGreaterThanOrEqualTo(r.eci(c - 1));
		}
	}

	@Test
	void rejectsTooFewCountriesAndNegativeValues() {
		assertThatThrownBy(() -> EconomicComplexity.compute(new TradeMatrix(new String[] { "a", "b", "z" },
				new String[] { "1", "2", "3" }, new double[] { 1, 2, 3, 4, 5, 6, 0, 0, 0 })))
			.isInstanceOf(DegenerateInput.class)
			.hasMessageContaining("2 countries");
		assertThatThrownBy(() -> new TradeMatrix(new String[] { "a" }, new String[] { "1", "2" }, new double[] { 1, -2 }))
			.isInstanceOf(DegenerateInput.class)
			.hasMessageContaining("negative");
	}

	private static void assertMatchesExpected(Map<Integer, ComplexityResult> results, List<Map<String, String>> expected,
			String productColumn, int atLeast) {
		assertThat(expected).hasSizeGreaterThanOrEqualTo(atLeast);
		for (Map<String, String> row : expected) {
			ComplexityResult r = results.get(Integer.parseInt(row.get("year")));
			int c = r.countryIndex(row.get("origin"));
			int p = r.productIndex(row.get(productColumn));
			assertThat(c).as(row.toString()).isNotNegative();
			assertThat(p).as(row.toString()).isNotNegative();
			assertThat(r.m(c, p) ? 1 : 0).as(row.toString()).isEqualTo(Integer.parseInt(row.get("mcp")));
			assertThat(r.diversity(c)).as(row.toString()).isEqualTo(Integer.parseInt(row.get("diversity")));
			assertThat(r.ubiquity(p)).as(row.toString()).isEqualTo(Integer.parseInt(row.get("ubiquity")));
			assertClose(r.rca(c, p), row.get("rca"), TIGHT, row);
			assertClose(r.eci(c), row.get("eci"), TIGHT, row);
			assertClose(r.pci(p), row.get("pci"), TIGHT, row);
			assertClose(r.density(c, p), row.get("density"), LOOSE, row);
			assertClose(r.coi(c), row.get("coi"), LOOSE, row);
			assertClose(r.cog(c, p), row.get("cog"), LOOSE, row);
		}
	}

	private static Map<Integer, ComplexityResult> stataResults() throws IOException {
		assumeTrue(Files.isDirectory(STATA), "the shared Stata fixture is not present at " + STATA.toAbsolutePath());
		TradeTable table;
		try (InputStream in = Files.newInputStream(STATA.resolve("trade_data_sample.csv"))) {
			table = new TradeFileReader(false).readLong(in, FIXTURE_COLUMNS);
		}
		Map<Integer, ComplexityResult> results = new HashMap<>();
		for (int year : table.years()) {
			results.put(year, EconomicComplexity.compute(table.period(year)));
		}
		assertThat(results).containsOnlyKeys(1995, 1996);
		return results;
	}

	static void assertClose(double actual, String expected, double relative, Object context) {
		double e = Double.parseDouble(expected);
		assertThat(Math.abs(actual - e)).as("%s: %s vs %s", context, actual, expected)
			.isLessThanOrEqualTo(relative * Math.abs(e) + 1e-12);
	}

	private static InputStream resource(String name) {
		InputStream in = EconomicComplexityTest.class.getResourceAsStream(name);
		assertThat(in).as(name).isNotNull();
		return in;
	}

	static List<Map<String, String>> csv(Path file) throws IOException {
		return csv(Files.readString(file));
	}

	static List<Map<String, String>> csv(String text) {
		String[] lines = text.split("\r?\n");
		String[] header = lines[0].replace("\"", "").split(",");
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 1; i < lines.length; i++) {
			String[] f = lines[i].replace("\"", "").split(",", -1);
			Map<String, String> row = new HashMap<>();
			for (int k = 0; k < header.length; k++) {
				row.put(header[k], f[k]);
			}
			rows.add(row);
		}
		return rows;
	}
}
