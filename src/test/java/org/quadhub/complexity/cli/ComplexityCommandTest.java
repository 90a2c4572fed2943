package org.quadhub.complexity.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quadhub.shared.CommandLineTool;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The complexity command as a user runs it: registered by name, files in, three CSV files out. */
class ComplexityCommandTest {

	static final Path STATA = Path.of("../shared/data/complexity/py-ecomplexity-fixture");

	@TempDir
	Path dir;

	ByteArrayOutputStream out = new ByteArrayOutputStream();
	ByteArrayOutputStream err = new ByteArrayOutputStream();

	int run(String... args) {
		CommandLineTool tool = CommandLineTool.named("complexity").orElseThrow();
		return tool.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@Test
	void writesCountryProductAndCellFilesThatMatchTheGeneratedFixture() throws IOException {
		Path input = dir.resolve("trade.csv");
		try (InputStream in = getClass().getResourceAsStream("/complexity/generated-trade.csv")) {
			Files.copy(in, input);
		}
		int code = run("--input", input.toString(), "--columns", "year=year,country=exporter,product=code,value=usd",
				"--out", dir.resolve("out").toString());
		assertThat(code).as(err.toString()).isZero();
		List<String> country = Files.readAllLines(dir.resolve("out/country.csv"));
		List<String> product = Files.readAllLines(dir.resolve("out/product.csv"));
		List<String> cell = Files.readAllLines(dir.resolve("out/cell.csv"));
		assertThat(country.get(0)).isEqualTo("year,country,diversity,eci,coi");
		assertThat(product.get(0)).isEqualTo("year,product,ubiquity,pci");
		assertThat(cell.get(0)).isEqualTo("year,country,product,rca,m,density,cog");
		assertThat(err.toString()).contains("dropped products with no exports: [1259]").contains("[c05]");
		Map<String, String[]> cells = new HashMap<>();
		for (String line : cell.subList(1, cell.size())) {
			String[] f = line.split(",");
			cells.put(f[0] + "/" + f[1] + "/" + f[2], f);
		}
		String expected;
		try (InputStream in = getClass().getResourceAsStream("/complexity/generated-expected.csv")) {
			expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String[] lines = expected.split("\n");
		assertThat(cells).hasSize(lines.length - 1);
		for (int i = 1; i < lines.length; i++) {
			String[] e = lines[i].split(",");
			String[] a = cells.get(e[0] + "/" + e[1] + "/" + e[2]);
			assertThat(a).as(lines[i]).isNotNull();
			assertThat(a[4]).isEqualTo(e[4]);
			assertThat(Double.parseDouble(a[3])).isCloseTo(Double.parseDouble(e[3]), org.assertj.core.data.Percentage.withPercentage(1e-7));
			assertThat(Double.parseDouble(a[5])).isCloseTo(Double.parseDouble(e[9]), org.assertj.core.data.Offset.offset(1e-9));
			assertThat(Double.parseDouble(a[6])).isCloseTo(Double.parseDouble(e[11]), org.assertj.core.data.Offset.offset(1e-9));
		}
	}

	@Test
	void reproducesTheStataCountryFileWhenTheSharedFixtureIsPresent() throws IOException {
		assumeTrue(Files.isDirectory(STATA), "shared Stata fixture absent");
		int code = run("--input", STATA.resolve("trade_data_sample.csv").toString(), "--columns",
				"year=year,country=origin,product=hs92,value=export_val", "--out", dir.toString());
		assertThat(code).as(err.toString()).isZero();
		Map<String, String[]> ours = new HashMap<>();
		for (String line : Files.readAllLines(dir.resolve("country.csv")).subList(1, 21)) {
			String[] f = line.split(",");
			ours.put(f[0] + "/" + f[1], f);
		}
		List<String> truth = Files.readAllLines(STATA.resolve("stata_truth_country.csv"));
		for (String line : truth.subList(1, truth.size())) {
			String[] t = line.split(",");
			String[] o = ours.get(t[0] + "/" + t[1]);
			assertThat(Double.parseDouble(o[3])).isCloseTo(Double.parseDouble(t[2]),
					org.assertj.core.data.Offset.offset(1e-5 * Math.abs(Double.parseDouble(t[2]))));
			assertThat(Integer.parseInt(o[2])).isEqualTo((int) Double.parseDouble(t[4]));
		}
	}

	@Test
	void aFileWithoutAYearColumnIsOnePeriodWithAnEmptyYear() throws IOException {
		Path input = dir.resolve("one.csv");
		StringBuilder csv = new StringBuilder("\"country\",\"product\",\"value\"\n");
		String[] cs = { "aaa", "bbb", "ccc", "ddd" };
		for (int c = 0; c < cs.length; c++) {
			for (int p = 0; p < 5; p++) {
				csv.append('"').append(cs[c]).append("\",\"000").append(p).append("\",").append(1 + (c * 7 + p * 3) % 11).append('\n');
			}
		}
		Files.writeString(input, csv);
		assertThat(run("--input", input.toString(), "--out", dir.toString())).as(err.toString()).isZero();
		List<String> country = Files.readAllLines(dir.resolve("country.csv"));
		assertThat(country).hasSize(5);
		assertThat(country.get(1)).startsWith(",aaa,");
	}

	@Test
	void badRowsAreListedAndTheExitCodeIsOne() throws IOException {
		Path input = dir.resolve("bad.csv");
		Files.writeString(input, "year,country,product,value\n2020,a,1,1\n2020,b,1,-1\n2020,c,1,x\n");
		assertThat(run("--input", input.toString(), "--out", dir.toString())).isEqualTo(1);
		assertThat(err.toString()).contains("row 3 (value): export value -1 is negative")
			.contains("row 4 (value): 'x' is not a number");
		assertThat(Files.exists(dir.resolve("cell.csv"))).isFalse();
		assertThat(run("--out", dir.toString())).isEqualTo(2);
	}
}
