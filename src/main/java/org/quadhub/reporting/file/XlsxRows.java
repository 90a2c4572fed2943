package org.quadhub.reporting.file;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import javax.xml.parsers.ParserConfigurationException;

/**
 * Streams the sheets of an XLSX workbook row by row with POI's event API (SAX over the sheet XML), so a workbook
 * of a million rows never becomes an object model in memory. Cells come back as their raw text: shared and inline
 * strings as written, numbers as stored (no display rounding); a numeric cell in a column the caller marks as a
 * date (Excel serial date) becomes {@code YYYY-MM-DD}.
 */
public final class XlsxRows {

	private XlsxRows() {
	}

	/**
	 * Reads every sheet in workbook order; {@code sinkFor} gets the sheet's position (0 = first) and name and
	 * returns where its rows go, or null to skip the sheet.
	 */
	public static void read(File file, SheetSinks sinkFor) throws IOException {
		try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			int index = 0;
			while (sheets.hasNext()) {
				try (InputStream sheet = sheets.next()) {
					SheetSinks.Target target = sinkFor.forSheet(index++, sheets.getSheetName());
					if (target == null) {
						continue;
					}
					XMLReader parser = XMLHelper.newXMLReader();
					parser.setContentHandler(new SheetHandler(strings::getItemAt, target));
					parser.parse(new InputSource(sheet));
				}
			}
			if (index == 0) {
				throw new MalformedFile("The workbook has no sheet.");
			}
		}
		catch (InvalidFormatException | org.apache.poi.openxml4j.exceptions.InvalidOperationException
				| org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
			throw new MalformedFile("The file is not a readable XLSX workbook.", e);
		}
		catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
			throw new MalformedFile("The workbook could not be read: " + e.getMessage(), e);
		}
		catch (org.apache.poi.ooxml.POIXMLException | org.apache.poi.util.RecordFormatException e) {
			throw new MalformedFile("The workbook is damaged or not an XLSX file.", e);
		}
		catch (IOException e) {
			if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
				// POI's ZipSecureFile stops inflating a part that expands more than 100-fold
				throw new MalformedFile("The workbook expands to far more than its own size and was refused.", e);
			}
			throw e;
		}
	}

	/** Chooses the sink of each sheet. */
	public interface SheetSinks {

		/** Where one sheet's rows go, and which columns (0-based) hold dates. */
		record Target(RowSink sink, java.util.Set<Integer> dateColumns) {
		}

		Target forSheet(int index, String name);
	}

	/** Excel's own limits (column XFD, row 1,048,576): a reference beyond them is a hostile or broken file. */
	static final int MAX_COLUMNS = 16_384;
	static final long MAX_ROWS = 1_048_576;

	private static final class SheetHandler extends DefaultHandler {

		private final Function<Integer, org.apache.poi.ss.usermodel.RichTextString> sharedStrings;
		private final SheetSinks.Target target;
		private final List<String> cells = new ArrayList<>();
		private final StringBuilder text = new StringBuilder();
		private long row;
		private int column;
		private String type = "n";
		private boolean inValue;
		private boolean inRow;

		SheetHandler(Function<Integer, org.apache.poi.ss.usermodel.RichTextString> sharedStrings,
				SheetSinks.Target target) {
			this.sharedStrings = sharedStrings;
			this.target = target;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			String name = localName.isEmpty() ? qName : localName;
			if ("row".equals(name)) {
				String r = attributes.getValue("r");
				row = r == null ? row + 1 : rowNumber(r, row + 1);
				cells.clear();
				column = 0;
				inRow = true;
			}
			else if ("c".equals(name) && inRow) {
				String ref = attributes.getValue("r");
				column = ref == null ? cells.size() : columnOf(ref);
				if (column < 0 || column >= MAX_COLUMNS) {
					throw new MalformedFile("Row " + row + " has a cell outside columns A to XFD (" + clip(String.valueOf(ref)) + ").");
				}
				String t = attributes.getValue("t");
				type = t == null ? "n" : t;
				text.setLength(0);
			}
			else if ("v".equals(name) || ("t".equals(name) && "inlineStr".equals(type))) {
				inValue = true;
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (inValue) {
				text.append(ch, start, length);
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			String name = localName.isEmpty() ? qName : localName;
			if ("v".equals(name) || "t".equals(name)) {
				inValue = false;
			}
			else if ("c".equals(name) && inRow) {
				while (cells.size() < column) {
					cells.add("");
				}
				String value = value(text.toString());
				if (cells.size() == column) {
					cells.add(value);
				}
				else {
					cells.set(column, value);
				}
			}
			else if ("row".equals(name)) {
				inRow = false;
				boolean blank = cells.stream().allMatch(String::isEmpty);
				if (!blank) {
					target.sink().row(row, cells.toArray(new String[0]), false);
				}
			}
		}

		private String value(String raw) {
			switch (type) {
				case "s":
					try {
						return sharedStrings.apply(Integer.parseInt(raw.trim())).getString().trim();
					}
					catch (RuntimeException e) {
						throw new MalformedFile("Row " + row + " refers to a missing shared string.");
					}
				case "b":
					return "1".equals(raw) ? "TRUE" : "FALSE";
				case "n":
					if (!raw.isEmpty() && target.dateColumns().contains(column)) {
						try {
							double serial = Double.parseDouble(raw);
							LocalDate date = DateUtil.getLocalDateTime(serial).toLocalDate();
							return date.toString();
						}
						catch (RuntimeException e) {
							return raw;
						}
					}
					return plain(raw);
				default:
					return raw.trim();
			}
		}

		private static String plain(String raw) {
			if (raw.indexOf('E') < 0 && raw.indexOf('e') < 0) {
				return raw.trim();
			}
			try {
				return new BigDecimal(raw.trim()).toPlainString();
			}
			catch (NumberFormatException e) {
				return raw.trim();
			}
		}

		/** The 0-based column of a cell reference such as {@code AB12}; -1 when it has no letters or is too wide. */
		static int columnOf(String ref) {
			int col = 0;
			for (int i = 0; i < ref.length(); i++) {
				char c = Character.toUpperCase(ref.charAt(i));
				if (c < 'A' || c > 'Z') {
					break;
				}
				col = col * 26 + (c - 'A' + 1);
				if (col > MAX_COLUMNS) {
					return -1;
				}
			}
			return col - 1;
		}

		private static long rowNumber(String r, long next) {
			try {
				long n = Long.parseLong(r.trim());
				if (n < 1 || n > MAX_ROWS) {
					throw new MalformedFile("Row " + next + " has a row number outside 1 to " + MAX_ROWS + " ("
							+ clip(r) + ").");
				}
				return n;
			}
			catch (NumberFormatException e) {
				throw new MalformedFile("Row " + next + " has a row number that is not a number (" + clip(r) + ").");
			}
		}

		private static String clip(String s) {
			return s.length() > 20 ? s.substring(0, 20) + "..." : s;
		}
	}

	static String lower(String s) {
		return s.toLowerCase(Locale.ROOT);
	}
}
