package org.quadhub.complexity.cli;

import org.jspecify.annotations.Nullable;
import org.quadhub.complexity.calc.ComplexityResult;
import org.quadhub.complexity.calc.DegenerateInput;
import org.quadhub.complexity.calc.EconomicComplexity;
import org.quadhub.complexity.calc.RowProblem;
import org.quadhub.complexity.calc.TradeTable;
import org.quadhub.complexity.data.ColumnMapping;
import org.quadhub.complexity.data.TradeFileProblems;
import org.quadhub.complexity.data.TradeFileReader;
import org.quadhub.shared.CommandLineTool;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar quadhub.jar complexity --input FILE [--columns year=..,country=..,product=..,value=..] --out DIR}
 * (or {@code --baci FILE --country-codes FILE} for BACI's raw layout) writes {@code country.csv}
 * (year,country,diversity,eci,coi), {@code product.csv} (year,product,ubiquity,pci) and {@code cell.csv}
 * (year,country,product,rca,m,density,cog). A file without a year column is one period: its year field is empty.
 */
public class ComplexityCommand implements CommandLineTool {

	static final String USAGE = """
			Usage: java -jar quadhub.jar complexity --input FILE [--columns year=COL,country=COL,product=COL,value=COL] --out DIR
			       java -jar quadhub.jar complexity --baci FILE --country-codes FILE --out DIR
			Computes RCA, M, diversity, ubiquity, ECI, PCI, density, COI and COG per year (Stata ecomplexity conventions)
			and writes DIR/country.csv, DIR/product.csv and DIR/cell.csv. Without a year column the file is one period.""";

	@Override
	public String name() {
		return "complexity";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if (a.equals("--help") || a.equals("-h")) {
				out.println(USAGE);
				return 0;
			}
			if (!a.startsWith("--") || i + 1 >= args.size()) {
				err.println("Unexpected argument: " + a);
				err.println(USAGE);
				return 2;
			}
			options.put(a.substring(2), args.get(++i));
		}
		String input = options.remove("input");
		String baci = options.remove("baci");
		String codes = options.remove("country-codes");
		String columns = options.remove("columns");
		String outDir = options.remove("out");
		if (!options.isEmpty() || outDir == null || (input == null) == (baci == null) || (baci != null) != (codes != null)
				|| (baci != null && columns != null)) {
			err.println(options.isEmpty() ? "Missing or conflicting options." : "Unknown option(s): " + options.keySet());
			err.println(USAGE);
			return 2;
		}
		try {
			long start = System.nanoTime();
			TradeTable table = read(input, columns, baci, codes);
			long read = System.nanoTime();
			Path dir = Path.of(outDir);
			Files.createDirectories(dir);
			int periods = 0;
			try (Writer country = writer(dir.resolve("country.csv")); Writer product = writer(dir.resolve("product.csv"));
					Writer cell = writer(dir.resolve("cell.csv"))) {
				country.write("year,country,diversity,eci,coi\n");
				product.write("year,product,ubiquity,pci\n");
				cell.write("year,country,product,rca,m,density,cog\n");
				for (int year : table.years()) {
					ComplexityResult r = EconomicComplexity.compute(table.period(year));
					String y = year == TradeTable.SINGLE_PERIOD ? "" : Integer.toString(year);
					report(err, y, r);
					write(r, y, country, product, cell);
					periods++;
				}
			}
			long done = System.nanoTime();
			out.printf("%d rows, %d period(s) -> %s (read %.2f s, computed and written %.2f s)%n", table.rowCount(),
					periods, dir.toAbsolutePath(), (read - start) / 1e9, (done - read) / 1e9);
			return 0;
		}
		catch (TradeFileProblems problems) {
			err.println(problems.getMessage());
			for (RowProblem p : problems.problems()) {
				err.println("  row " + p.row() + " (" + p.field() + "): " + p.message());
			}
			return 1;
		}
		catch (DegenerateInput | IllegalArgumentException e) {
			err.println(e.getMessage());
			return 1;
		}
		catch (IOException e) {
			err.println("Cannot read or write a file: " + e.getMessage());
			return 1;
		}
	}

	private static TradeTable read(@Nullable String input, @Nullable String columns, @Nullable String baci,
			@Nullable String codes) throws IOException {
		TradeFileReader reader = new TradeFileReader(false);
		if (baci != null && codes != null) {
			try (InputStream data = Files.newInputStream(Path.of(baci)); InputStream cc = Files.newInputStream(Path.of(codes))) {
				return reader.readBaci(data, cc);
			}
		}
		try (InputStream data = Files.newInputStream(Path.of(String.valueOf(input)))) {
			return reader.readLong(data, ColumnMapping.parse(columns));
		}
	}

	private static void report(PrintStream err, String year, ComplexityResult r) {
		if (!r.droppedCountries().isEmpty()) {
			err.println((year.isEmpty() ? "" : year + ": ") + "dropped countries with no exports: " + r.droppedCountries());
		}
		if (!r.droppedProducts().isEmpty()) {
			err.println((year.isEmpty() ? "" : year + ": ") + "dropped products with no exports: " + r.droppedProducts());
		}
	}

	private static void write(ComplexityResult r, String y, Writer country, Writer product, Writer cell)
			throws IOException {
		StringBuilder b = new StringBuilder(256);
		for (int c = 0; c < r.countryCount(); c++) {
			b.setLength(0);
			b.append(y).append(',').append(csv(r.country(c))).append(',').append(r.diversity(c)).append(',')
				.append(r.eci(c)).append(',').append(r.coi(c)).append('\n');
			country.write(b.toString());
		}
		for (int p = 0; p < r.productCount(); p++) {
			b.setLength(0);
			b.append(y).append(',').append(csv(r.product(p))).append(',').append(r.ubiquity(p)).append(',')
				.append(r.pci(p)).append('\n');
			product.write(b.toString());
		}
		for (int c = 0; c < r.countryCount(); c++) {
			String cc = csv(r.country(c));
			for (int p = 0; p < r.productCount(); p++) {
				b.setLength(0);
				b.append(y).append(',').append(cc).append(',').append(csv(r.product(p))).append(',')
					.append(r.rca(c, p)).append(',').append(r.m(c, p) ? 1 : 0).append(',').append(r.density(c, p))
					.append(',').append(r.cog(c, p)).append('\n');
				cell.write(b.toString());
			}
		}
	}

	private static String csv(String s) {
		return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 ? '"' + s.replace("\"", "\"\"") + '"' : s;
	}

	private static Writer writer(Path path) throws IOException {
		return new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), 1 << 16);
	}
}
