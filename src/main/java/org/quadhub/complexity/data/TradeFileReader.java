package org.quadhub.complexity.data;

import org.quadhub.complexity.calc.RowProblem;
import org.quadhub.complexity.calc.TradeMatrix;
import org.quadhub.complexity.calc.TradeTable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a trade file row by row into a {@link TradeTable}: the long layout (one row per year, country, product and
 * value, header names mapped by a {@link ColumnMapping}) or BACI's raw layout ({@code t,i,j,k,v,q}: year, exporter,
 * importer, HS 6-digit product, value in thousand US dollars, quantity) with its country-code file, summed over
 * importers into exports in US dollars. Nothing is kept of a file with a bad row: the whole file is rejected with
 * the first {@value #MAX_PROBLEMS} problems, each naming its row (the header being row 1).
 */
public final class TradeFileReader {

	public static final int MAX_PROBLEMS = 100;

	private final boolean upperCaseCountries;

	/** @param upperCaseCountries store country codes in upper case (ISO 3166 alpha-3 style) */
	public TradeFileReader(boolean upperCaseCountries) {
		this.upperCaseCountries = upperCaseCountries;
	}

	public TradeTable readLong(InputStream in, ColumnMapping columns) {
		return readLong(in, columns, ProgressListener.NONE);
	}

	public TradeTable readLong(InputStream in, ColumnMapping columns, ProgressListener progress) {
		List<RowProblem> problems = new ArrayList<>();
		TradeTable table = new TradeTable(TradeTable.Mode.UNIQUE);
		try (BufferedReader reader = reader(in)) {
			String headerLine = reader.readLine();
			if (headerLine == null) {
				throw fail("The file is empty.", List.of(new RowProblem(1, "header", "no header row")));
			}
			Map<String, Integer> header = header(headerLine);
			int year = header.getOrDefault(columns.year().toLowerCase(Locale.ROOT), -1);
			int country = header.getOrDefault(columns.country().toLowerCase(Locale.ROOT), -1);
			int product = header.getOrDefault(columns.product().toLowerCase(Locale.ROOT), -1);
			int value = header.getOrDefault(columns.value().toLowerCase(Locale.ROOT), -1);
			List<RowProblem> missing = new ArrayList<>();
			if (year < 0 && columns.yearRequired()) {
				missing.add(new RowProblem(1, "year", "no column named '" + columns.year() + "'"));
			}
			if (country < 0) {
				missing.add(new RowProblem(1, "country", "no column named '" + columns.country() + "'"));
			}
			if (product < 0) {
				missing.add(new RowProblem(1, "product", "no column named '" + columns.product() + "'"));
			}
			if (value < 0) {
				missing.add(new RowProblem(1, "value", "no column named '" + columns.value() + "'"));
			}
			if (!missing.isEmpty()) {
				throw fail("The header lacks the mapped columns; found: " + String.join(",", header.keySet()) + ".",
						missing);
			}
			int width = CsvLine.split(headerLine).size(); // every field, also a repeated name
			long row = 1;
			for (String line; (line = reader.readLine()) != null;) {
				row++;
				if (line.isBlank()) {
					continue;
				}
				List<String> f = CsvLine.split(line);
				if (f.size() != width) {
					problems.add(new RowProblem(row, "row", "has " + f.size() + " fields, the header has " + width));
				}
				else {
					int y = year < 0 ? TradeTable.SINGLE_PERIOD : year(f.get(year), row, problems);
					String c = code(f.get(country), "country", row, problems);
					String p = code(f.get(product), "product", row, problems);
					double v = value(f.get(value), "value", row, problems);
					if (y != Integer.MIN_VALUE && c != null && p != null && v >= 0) {
						table.add(y, upperCaseCountries ? c.toUpperCase(Locale.ROOT) : c, p, v, row);
					}
				}
				if (problems.size() >= MAX_PROBLEMS) {
					break;
				}
				if ((row & 0xFFFF) == 0) {
					progress.rowsRead(row - 1);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return finish(table, problems);
	}

	public TradeTable readBaci(InputStream in, InputStream countryCodes) {
		return readBaci(in, countryCodes, ProgressListener.NONE);
	}

	public TradeTable readBaci(InputStream in, InputStream countryCodes, ProgressListener progress) {
		Map<String, String> iso3 = countryCodes(countryCodes);
		List<RowProblem> problems = new ArrayList<>();
		TradeTable table = new TradeTable(TradeTable.Mode.SUM);
		try (BufferedReader reader = reader(in)) {
			String headerLine = reader.readLine();
			if (headerLine == null) {
				throw fail("The file is empty.", List.of(new RowProblem(1, "header", "no header row")));
			}
			Map<String, Integer> header = header(headerLine);
			for (String name : List.of("t", "i", "j", "k", "v")) {
				if (!header.containsKey(name)) {
					throw fail("Not BACI's layout: the header needs t,i,j,k,v(,q); found: "
							+ String.join(",", header.keySet()) + ".",
							List.of(new RowProblem(1, name, "no column named '" + name + "'")));
				}
			}
			int t = header.get("t");
			int i = header.get("i");
			int j = header.get("j");
			int k = header.get("k");
			int v = header.get("v");
			int width = CsvLine.split(headerLine).size(); // every field, also a repeated name
			long row = 1;
			for (String line; (line = reader.readLine()) != null;) {
				row++;
				if (line.isBlank()) {
					continue;
				}
				List<String> f = CsvLine.split(line);
				if (f.size() != width) {
					problems.add(new RowProblem(row, "row", "has " + f.size() + " fields, the header has " + width));
				}
				else {
					int y = year(f.get(t), row, problems);
					String exporter = f.get(i).trim();
					String code = iso3.get(exporter);
					if (code == null) {
						problems.add(new RowProblem(row, "i", "exporter code '" + exporter
								+ "' is not in the country-code file"));
					}
					if (!iso3.containsKey(f.get(j).trim())) {
						problems.add(new RowProblem(row, "j", "importer code '" + f.get(j).trim()
								+ "' is not in the country-code file"));
					}
					String product = code(f.get(k), "k", row, problems);
					if (product != null && product.length() == 5 && product.chars().allMatch(Character::isDigit)) {
						product = "0" + product;
					}
					double value = value(f.get(v), "v", row, problems);
					if (y != Integer.MIN_VALUE && code != null && product != null && value >= 0) {
						table.add(y, code, product, value * 1000.0, row);
					}
				}
				if (problems.size() >= MAX_PROBLEMS) {
					break;
				}
				if ((row & 0xFFFF) == 0) {
					progress.rowsRead(row - 1);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return finish(table, problems);
	}

	/** BACI's country_codes file: country_code and an ISO alpha-3 column (country_iso3 or iso_3digit_alpha). */
	private Map<String, String> countryCodes(InputStream in) {
		Map<String, String> map = new HashMap<>();
		List<RowProblem> problems = new ArrayList<>();
		try (BufferedReader reader = reader(in)) {
			String headerLine = reader.readLine();
			if (headerLine == null) {
				throw fail("The country-code file is empty.", List.of(new RowProblem(1, "countryCodes", "no header")));
			}
			Map<String, Integer> header = header(headerLine);
			Integer code = header.get("country_code");
			Integer iso = header.containsKey("country_iso3") ? header.get("country_iso3") : header.get("iso_3digit_alpha");
			if (code == null || iso == null) {
				throw fail("The country-code file needs columns country_code and country_iso3 (or iso_3digit_alpha).",
						List.of(new RowProblem(1, "countryCodes", "columns country_code and country_iso3 not found")));
			}
			long row = 1;
			for (String line; (line = reader.readLine()) != null;) {
				row++;
				if (line.isBlank()) {
					continue;
				}
				List<String> f = CsvLine.split(line);
				if (f.size() <= Math.max(code, iso) || f.get(code).isBlank() || f.get(iso).isBlank()) {
					problems.add(new RowProblem(row, "countryCodes", "needs a country_code and an ISO alpha-3 code"));
					continue;
				}
				map.put(f.get(code).trim(), f.get(iso).trim().toUpperCase(Locale.ROOT));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (!problems.isEmpty()) {
			throw fail("The country-code file has " + problems.size() + " bad row(s).", problems);
		}
		return map;
	}

	private static TradeTable finish(TradeTable table, List<RowProblem> problems) {
		if (problems.isEmpty()) {
			problems.addAll(table.duplicates(MAX_PROBLEMS));
		}
		if (!problems.isEmpty()) {
			throw fail(problems.size() + (problems.size() >= MAX_PROBLEMS ? " or more" : "")
					+ " bad row(s), the first on row " + problems.get(0).row() + "; nothing was imported.", problems);
		}
		if (table.rowCount() == 0) {
			throw fail("The file has a header but no data rows.", List.of(new RowProblem(2, "row", "no data rows")));
		}
		List<RowProblem> shape = new ArrayList<>();
		for (int year : table.years()) {
			TradeMatrix m = table.period(year);
			int countries = nonZeroRows(m);
			int products = nonZeroColumns(m);
			if (countries < 3 || products < 3) {
				shape.add(new RowProblem(0, "file", (year == TradeTable.SINGLE_PERIOD ? "the file" : "year " + year)
						+ " has " + countries + " countries and " + products
						+ " products with exports; at least 3 of each are needed"));
			}
		}
		if (!shape.isEmpty()) {
			throw fail("Too few countries or products to compute complexity; nothing was imported.", shape);
		}
		return table;
	}

	private static int nonZeroRows(TradeMatrix m) {
		int n = 0;
		for (int c = 0; c < m.countryCount(); c++) {
			for (int p = 0; p < m.productCount(); p++) {
				if (m.value(c, p) > 0) {
					n++;
					break;
				}
			}
		}
		return n;
	}

	private static int nonZeroColumns(TradeMatrix m) {
		int n = 0;
		for (int p = 0; p < m.productCount(); p++) {
			for (int c = 0; c < m.countryCount(); c++) {
				if (m.value(c, p) > 0) {
					n++;
					break;
				}
			}
		}
		return n;
	}

	private static BufferedReader reader(InputStream in) {
		return new BoundedLineReader(new InputStreamReader(in, StandardCharsets.UTF_8));
	}

	private static Map<String, Integer> header(String line) {
		if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
			line = line.substring(1);
		}
		Map<String, Integer> header = new java.util.LinkedHashMap<>();
		List<String> names = CsvLine.split(line);
		for (int i = 0; i < names.size(); i++) {
			header.putIfAbsent(names.get(i).trim().toLowerCase(Locale.ROOT), i);
		}
		return header;
	}

	private static int year(String text, long row, List<RowProblem> problems) {
		String s = text.trim();
		try {
			int y = Integer.parseInt(s);
			if (y < 1900 || y > 2200) {
				problems.add(new RowProblem(row, "year", "year " + s + " is out of range 1900-2200"));
				return Integer.MIN_VALUE;
			}
			return y;
		}
		catch (NumberFormatException e) {
			problems.add(new RowProblem(row, "year", "'" + s + "' is not a year"));
			return Integer.MIN_VALUE;
		}
	}

	private static @org.jspecify.annotations.Nullable String code(String text, String field, long row, List<RowProblem> problems) {
		String s = text.trim();
		if (s.isEmpty()) {
			problems.add(new RowProblem(row, field, "is empty"));
			return null;
		}
		if (s.length() > 20) {
			problems.add(new RowProblem(row, field, "'" + s.substring(0, 20) + "...' is longer than 20 characters"));
			return null;
		}
		return s;
	}

	private static double value(String text, String field, long row, List<RowProblem> problems) {
		String s = text.trim();
		double v;
		try {
			v = Double.parseDouble(s);
		}
		catch (NumberFormatException e) {
			problems.add(new RowProblem(row, field, "'" + s + "' is not a number"));
			return -1;
		}
		if (Double.isNaN(v) || Double.isInfinite(v) || s.chars().anyMatch(Character::isLetter) && !s.matches(
				"[-+]?[0-9.]+[eE][-+]?[0-9]+")) {
			problems.add(new RowProblem(row, field, "'" + s + "' is not a number"));
			return -1;
		}
		if (v < 0) {
			problems.add(new RowProblem(row, field, "export value " + s + " is negative"));
			return -1;
		}
		return v;
	}

	private static TradeFileProblems fail(String message, List<RowProblem> problems) {
		return new TradeFileProblems(message, problems);
	}

	/** Told now and then how many data rows have been read. */
	@FunctionalInterface
	public interface ProgressListener {
		ProgressListener NONE = rows -> {
		};

		void rowsRead(long rows);
	}
}
