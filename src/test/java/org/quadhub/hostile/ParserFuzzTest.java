package org.quadhub.hostile;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quadhub.complexity.data.ColumnMapping;
import org.quadhub.complexity.data.TradeFileProblems;
import org.quadhub.complexity.data.TradeFileReader;
import org.quadhub.projection.engine.ScenarioInvalid;
import org.quadhub.projection.engine.ScenarioReader;
import org.quadhub.reporting.file.CsvRows;
import org.quadhub.reporting.file.MalformedFile;
import org.quadhub.reporting.file.XlsxRows;
import org.quadhub.shared.Sector;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Property tests for every file parser, without the application: whatever bytes arrive, a parser either returns rows
 * or refuses with its own checked problem type naming the row or field. An unchecked exception escaping (which the
 * web layer would turn into a 500) fails the property and prints the seed that reproduces it. Many tries here,
 * fewer at the HTTP level ({@link UploadFuzzApiTest}).
 */
class ParserFuzzTest {

	static final String REPORT_CSV = "period,hs_code,destination,value_usd,quantity,unit\n"
			+ "2025-01,850440,AE,1000.50,10,units\n2025-01,851713,CN,20,1,units\n2025-02,850440,\"DE\",3,,\n";

	static final String TRADE_CSV = "year,country,product,value\n2020,PAK,8541,10\n2020,CHN,8541,20\n2020,IND,8542,5\n"
			+ "2020,PAK,8542,1\n2020,CHN,6109,3\n2020,IND,6109,7.5e3\n";

	@TempDir
	Path dir;

	// ---------------------------------------------------------------- reporting CSV

	@Test
	void reportCsvEitherYieldsRowsOrRefusesWithARowNumber() {
		Fuzz.forAll(Fuzz.tries(1500), f -> {
			byte[] input = switch (f.between(0, 2)) {
				case 0 -> f.bytes(400);
				case 1 -> f.text(60).getBytes(StandardCharsets.UTF_8);
				default -> f.mutate(REPORT_CSV.getBytes(StandardCharsets.UTF_8));
			};
			List<String[]> rows = new ArrayList<>();
			try {
				CsvRows.read(new ByteArrayInputStream(input), (row, cells, bad) -> {
					assertThat(row).isPositive();
					assertThat(cells).doesNotContainNull();
					rows.add(cells);
				});
			}
			catch (MalformedFile e) {
				assertThat(e.getMessage()).startsWith("Row ");
			}
			catch (IOException e) {
				throw new AssertionError("a byte array cannot fail to read", e);
			}
		});
	}

	@Test
	void aReportCsvLineWithoutEndIsRefusedBeforeItFillsMemory() {
		InputStream endless = new InputStream() {
			long served;

			@Override
			public int read() {
				return ++served > (1L << 33) ? -1 : 'x';
			}

			@Override
			public int read(byte[] b, int off, int len) {
				java.util.Arrays.fill(b, off, off + len, (byte) 'x');
				served += len;
				return served > (1L << 33) ? -1 : len;
			}
		};
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(
				() -> CsvRows.read(endless, (row, cells, bad) -> { }))
			.isInstanceOf(MalformedFile.class)
			.hasMessageContaining("Row 1 is longer than"));
	}

	// ---------------------------------------------------------------- reporting XLSX

	@Test
	void reportWorkbookEitherYieldsRowsOrRefusesAsMalformed() throws IOException {
		byte[] base = workbook();
		String sheet = new String(entry(base, "xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
		Fuzz.forAll(Fuzz.tries(120), f -> {
			byte[] xlsx;
			int kind = f.between(0, 3);
			if (kind == 0) {
				xlsx = f.mutate(base);
			}
			else if (kind == 1) {
				xlsx = replace(base, "xl/worksheets/sheet1.xml", f.mutate(sheet.getBytes(StandardCharsets.UTF_8)));
			}
			else {
				xlsx = replace(base, "xl/worksheets/sheet1.xml", hostileSheet(f).getBytes(StandardCharsets.UTF_8));
			}
			readWorkbook(xlsx);
		});
	}

	@Test
	void aCellReferenceFarToTheRightIsRefusedWithoutFillingMemory() {
		String sheet = sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>period</t></is></c>"
				+ "<c r=\"ZZZZZZ1\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
		byte[] xlsx = replace(workbookUnchecked(), "xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_8));
		assertTimeoutPreemptively(Duration.ofSeconds(20),
				() -> assertThatThrownBy(() -> read(xlsx)).isInstanceOf(MalformedFile.class));
	}

	@Test
	void aZipBombWorkbookIsRefusedWithoutInflatingIt() throws IOException {
		// 4 MB of blanks inside the sheet compress to about 4 kB: a ratio POI's ZipSecureFile refuses
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] base = workbook();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(base));
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipEntry e; (e = in.getNextEntry()) != null;) {
				out.putNextEntry(new ZipEntry(e.getName()));
				if (e.getName().equals("xl/worksheets/sheet1.xml")) {
					String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
					int cut = xml.indexOf("<sheetData>");
					out.write(xml.substring(0, cut).getBytes(StandardCharsets.UTF_8));
					byte[] blanks = new byte[1 << 20];
					java.util.Arrays.fill(blanks, (byte) ' ');
					for (int i = 0; i < 4; i++) {
						out.write(blanks);
					}
					out.write(xml.substring(cut).getBytes(StandardCharsets.UTF_8));
				}
				else {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		byte[] bomb = bytes.toByteArray();
		assertThat(bomb.length).isLessThan(2 << 20);
		assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThatThrownBy(() -> read(bomb))
			.isInstanceOf(MalformedFile.class)
			.hasMessageContaining("far more than its own size"));
	}

	private void readWorkbook(byte[] xlsx) {
		try {
			read(xlsx);
		}
		catch (MalformedFile | IOException e) {
			// refused cleanly: the upload answers 400 with this message
		}
	}

	private void read(byte[] xlsx) throws IOException {
		Path file = Files.write(dir.resolve("fuzz.xlsx"), xlsx);
		XlsxRows.read(file.toFile(), (index, name) -> new XlsxRows.SheetSinks.Target((row, cells, bad) -> {
			assertThat(cells).doesNotContainNull();
		}, Set.of(0)));
	}

	private static String hostileSheet(Fuzz f) {
		StringBuilder rows = new StringBuilder();
		int n = f.between(1, 6);
		for (int r = 0; r < n; r++) {
			String rowRef = f.pick(List.of(String.valueOf(r + 1), "0", "-3", "x", "99999999999999999999", "1.5", ""));
			rows.append("<row").append(f.chance(0.8) ? " r=\"" + rowRef + "\"" : "").append('>');
			int cells = f.between(0, 5);
			for (int c = 0; c < cells; c++) {
				String ref = f.pick(List.of("A" + (r + 1), "B1", "AA7", "XFD1", "XFE1", "ZZZZZZZ1", "1A", "", "a1",
						"\u00C41", "A"));
				String type = f.pick(List.of("", "s", "n", "b", "e", "str", "inlineStr", "d", "zz"));
				String value = f.pick(List.of("0", "1", "-1", "44927", "1e308", "2147483648", "abc", "", "NaN",
						"<x/>".replace("<", "&lt;"), "&amp;", f.text(5).replaceAll("[<&\\p{Cntrl}\\uD800-\\uDFFF]", "")));
				rows.append("<c").append(ref.isEmpty() ? "" : " r=\"" + ref + "\"")
					.append(type.isEmpty() ? "" : " t=\"" + type + "\"").append('>');
				if (type.equals("inlineStr")) {
					rows.append("<is><t>").append(value).append("</t></is>");
				}
				else {
					rows.append("<v>").append(value).append("</v>");
				}
				rows.append("</c>");
			}
			rows.append("</row>");
		}
		return sheetXml(rows.toString());
	}

	private static String sheetXml(String rows) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows
				+ "</sheetData></worksheet>";
	}

	static byte[] workbook() throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = wb.createSheet("monthly_exports");
			String[][] rows = { { "period", "hs_code", "destination", "value_usd", "quantity", "unit" },
					{ "2025-01", "850440", "AE", "1000", "10", "units" } };
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			wb.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] workbookUnchecked() {
		try {
			return workbook();
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	static byte[] entry(byte[] zip, String name) throws IOException {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e; (e = in.getNextEntry()) != null;) {
				if (e.getName().equals(name)) {
					return in.readAllBytes();
				}
			}
		}
		throw new IllegalArgumentException(name);
	}

	static byte[] replace(byte[] zip, String name, byte[] content) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipEntry e; (e = in.getNextEntry()) != null;) {
				out.putNextEntry(new ZipEntry(e.getName()));
				if (e.getName().equals(name)) {
					out.write(content);
				}
				else {
					in.transferTo((OutputStream) out);
				}
				out.closeEntry();
			}
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	// ---------------------------------------------------------------- complexity trade files

	@Test
	void tradeFilesEitherYieldATableOrListTheirBadRows() {
		Fuzz.forAll(Fuzz.tries(600), f -> {
			byte[] input = switch (f.between(0, 2)) {
				case 0 -> f.bytes(300);
				case 1 -> ("year,country,product,value\n" + f.text(80)).getBytes(StandardCharsets.UTF_8);
				default -> f.mutate(TRADE_CSV.getBytes(StandardCharsets.UTF_8));
			};
			try {
				new TradeFileReader(true).readLong(new ByteArrayInputStream(input), ColumnMapping.DEFAULT);
			}
			catch (TradeFileProblems e) {
				assertThat(e.problems()).isNotEmpty();
			}
		});
	}

	@Test
	void baciFilesEitherYieldATableOrListTheirBadRows() {
		String codes = "country_code,country_iso3\n586,PAK\n156,CHN\n356,IND\n";
		String baci = "t,i,j,k,v,q\n2020,586,156,854140,10.5,1\n2020,156,586,854140,20,2\n2020,356,586,610910,3,\n"
				+ "2020,586,356,610910,4,1\n2020,156,356,854231,5,1\n2020,356,156,854231,6,1\n";
		Fuzz.forAll(Fuzz.tries(300), f -> {
			byte[] data = f.chance(0.7) ? f.mutate(baci.getBytes(StandardCharsets.UTF_8)) : f.bytes(200);
			byte[] countries = f.chance(0.7) ? codes.getBytes(StandardCharsets.UTF_8)
					: f.mutate(codes.getBytes(StandardCharsets.UTF_8));
			try {
				new TradeFileReader(true).readBaci(new ByteArrayInputStream(data), new ByteArrayInputStream(countries));
			}
			catch (TradeFileProblems e) {
				assertThat(e.problems()).isNotEmpty();
			}
		});
	}

	@Test
	void aTradeFileLineWithoutEndIsRefusedBeforeItFillsMemory() {
		InputStream endless = new InputStream() {
			long served;

			@Override
			public int read() {
				return ++served > (1L << 33) ? -1 : '7';
			}

			@Override
			public int read(byte[] b, int off, int len) {
				java.util.Arrays.fill(b, off, off + len, (byte) '7');
				served += len;
				return served > (1L << 33) ? -1 : len;
			}
		};
		InputStream file = new java.io.SequenceInputStream(
				new ByteArrayInputStream("year,country,product,value\n".getBytes(StandardCharsets.UTF_8)), endless);
		assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThatThrownBy(
				() -> new TradeFileReader(true).readLong(file, ColumnMapping.DEFAULT))
			.isInstanceOf(TradeFileProblems.class)
			.hasMessageContaining("longer than"));
	}

	// ---------------------------------------------------------------- projection scenarios

	@Test
	void scenariosEitherReadOrNameTheWrongField() {
		Fuzz.forAll(Fuzz.tries(3000), f -> {
			Object json = f.chance(0.1) ? value(f, 2) : scenario(f);
			try {
				assertThat(ScenarioReader.read(json)).isNotNull();
			}
			catch (ScenarioInvalid e) {
				assertThat(e.errors()).isNotEmpty();
			}
		});
	}

	private static Map<String, Object> scenario(Fuzz f) {
		List<String> keys = List.of("schemaVersion", "name", "horizonYears", "trials", "seed", "sectors", "quads",
				"programme", "baseline", "target", "fiscal", "correlation", "unknown");
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("schemaVersion", f.chance(0.8) ? 1 : value(f, 1));
		int n = f.between(0, 6);
		for (int i = 0; i < n; i++) {
			String key = f.pick(keys);
			Object v = value(f, 3);
			if (key.equals("sectors") && f.chance(0.7)) {
				Map<String, Object> sectors = new LinkedHashMap<>();
				sectors.put(f.chance(0.8) ? f.pick(List.of(Sector.values())).name() : f.text(3), sectorBody(f));
				v = sectors;
			}
			if (key.equals("trials") || key.equals("horizonYears")) {
				v = f.pick(List.of(1, 2, 0, -1, 51, 10_000_001, 1.5, "10", Long.MAX_VALUE));
				if (key.equals("trials") && v instanceof Integer t && t > 20_000) {
					v = 20;
				}
			}
			root.put(key, v);
		}
		return root;
	}

	private static Map<String, Object> sectorBody(Fuzz f) {
		Map<String, Object> body = new LinkedHashMap<>();
		for (String key : List.of("peakExportsUsd", "successProbability", "yearsToPeak", "rampShape", "xyz")) {
			if (f.chance(0.5)) {
				Map<String, Object> dist = new LinkedHashMap<>();
				dist.put("distribution", f.pick(List.of("normal", "lognormal", "beta", "bernoulli", "fixed", "x", "")));
				for (String p : List.of("mean", "sd", "median", "sigma", "alpha", "beta", "p", "value")) {
					if (f.chance(0.4)) {
						dist.put(p, value(f, 0));
					}
				}
				body.put(key, f.chance(0.8) ? dist : value(f, 1));
			}
		}
		return body;
	}

	private static Object value(Fuzz f, int depth) {
		int kind = f.between(0, depth > 0 ? 9 : 7);
		return switch (kind) {
			case 0 -> null;
			case 1 -> f.text(4);
			case 2 -> f.random().nextInt();
			case 3 -> f.pick(List.of(0.0, -0.0, 1e308, -1e308, 4.9e-324, 0.5, 1.0, -1.0, 2.0, 1e15));
			case 4 -> f.random().nextBoolean();
			case 5 -> f.random().nextLong();
			case 6 -> new java.math.BigDecimal("1e400");
			case 7 -> java.math.BigInteger.TEN.pow(40);
			case 8 -> {
				List<Object> list = new ArrayList<>();
				for (int i = f.between(0, 3); i > 0; i--) {
					list.add(value(f, depth - 1));
				}
				yield list;
			}
			default -> {
				Map<String, Object> map = new LinkedHashMap<>();
				for (int i = f.between(0, 3); i > 0; i--) {
					map.put(f.text(2), value(f, depth - 1));
				}
				yield map;
			}
		};
	}
}
