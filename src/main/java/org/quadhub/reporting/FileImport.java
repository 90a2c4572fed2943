package org.quadhub.reporting;

import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyManager;
import org.quadhub.reporting.file.RowSink;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * One file being imported: validates every row as it streams past and, while no row has failed, writes the export
 * lines straight into {@code report_export_line} through PostgreSQL's COPY on the transaction's connection. The
 * first bad row stops the writing (validation goes on, to list every bad row); the caller then cancels the COPY
 * and rolls the transaction back, so a rejected file leaves nothing behind. Plain export lines are checked from
 * their bytes ({@link ExportLineBytes}), the rest through {@link LineRules}; repeated lines are found after the last
 * row ({@link #endOfFile()}). ADR 0028.
 */
final class FileImport {

	static final List<String> EXPORT_COLUMNS = List.of("period", "hs_code", "destination", "value_usd", "quantity",
			"unit");
	static final Map<String, List<String>> SECTION_COLUMNS = Map.of(
			"employment", List.of("period", "category", "jobs", "women"),
			"training", List.of("period", "programme", "people_trained", "women"),
			"patents", List.of("period", "stage", "office", "number", "title"),
			"summary", List.of("period", "production_value_usd", "local_content_share", "investment_usd",
					"curricula_updated", "publications", "prototypes"));
	static final String EXPORT_SHEET = "export_lines";

	private final LineRules rules;
	private final int maxListedErrors;
	private final AtomicLong progress;
	private final List<RowError> errors = new ArrayList<>();
	private long errorCount;
	/** The QUAD's first reportable month as a month index ({@link ExportLineBytes#monthIndex}). */
	private final int firstMonth;
	/** Lines by month, indexed from {@link #firstMonth}. */
	private final long[] monthLines;
	/** Export totals by month and destination: slot by key (month index, destination), amounts by slot. */
	private final LongLongMap rollupSlots = new LongLongMap(1 << 10);
	private long[] rollupKeys = new long[64];
	/** Cents by slot, with whatever no longer fits a long carried in {@link #rollupOverflow}. */
	private long[] rollupCents = new long[64];
	private BigDecimal @Nullable [] rollupOverflow;
	private int rollupSize;
	private final Map<YearMonth, Sections> sections = new TreeMap<>();
	private long lines;
	private final ExportLineCopy copy;
	private boolean sawExportSheet;

	FileImport(LineRules rules, long submissionId, int maxListedErrors, CopyManager copyManager, AtomicLong progress) {
		this.rules = rules;
		this.firstMonth = ExportLineBytes.monthIndex(rules.first().getYear(), rules.first().getMonthValue());
		int months = Math.max(0, ExportLineBytes.monthIndex(rules.last().getYear(), rules.last().getMonthValue())
				- firstMonth + 1);
		this.monthLines = new long[months];
		this.copy = new ExportLineCopy(copyManager, submissionId, rules.first(), months);
		this.maxListedErrors = maxListedErrors;
		this.progress = progress;
	}

	/** The sink for the export lines (the CSV file, or the first sheet of a workbook). */
	RowSink exportLines() {
		sawExportSheet = true;
		return new HeaderedSink(EXPORT_SHEET, EXPORT_COLUMNS, this::exportRow, true);
	}

	/** The sink for an extra workbook sheet, or null when the sheet is not a report section (e.g. instructions). */
	@Nullable
	RowSink section(String sheetName) {
		String name = sheetName.trim().toLowerCase(Locale.ROOT);
		List<String> columns = SECTION_COLUMNS.get(name);
		if (columns == null) {
			return null;
		}
		Function<Row, Boolean> handler;
		switch (name) {
			case "employment":
				handler = this::employmentRow;
				break;
			case "training":
				handler = this::trainingRow;
				break;
			case "patents":
				handler = this::patentRow;
				break;
			default:
				handler = this::summaryRow;
		}
		return new HeaderedSink(name, columns, handler, false);
	}

	/** A data row: its cells, and where each expected column sits. */
	record Row(String sheet, long number, String[] cells, Map<String, Integer> positions, LineRules.Problems problems) {

		String get(String column) {
			Integer p = positions.get(column);
			return p == null || p >= cells.length ? "" : cells[p];
		}
	}

	private final class HeaderedSink implements RowSink {

		private final String sheet;
		private final List<String> expected;
		private final Function<Row, Boolean> handler;
		private final boolean exportLines;
		private @Nullable Map<String, Integer> positions;
		private boolean headerBroken;
		private int width;
		/** The shortcut for plain export lines, once the header is known. */
		private @Nullable ExportLineBytes plain;

		HeaderedSink(String sheet, List<String> expected, Function<Row, Boolean> handler, boolean exportLines) {
			this.sheet = sheet;
			this.expected = expected;
			this.handler = handler;
			this.exportLines = exportLines;
		}

		@Override
		public boolean plainLine(long row, byte[] line, int start, int end) {
			if (plain == null || !plain.read(row, line, start, end)) {
				return false;
			}
			progress.incrementAndGet();
			exportLine(plain, line);
			return true;
		}

		@Override
		public void row(long row, String[] cells, boolean badEncoding) {
			progress.incrementAndGet();
			if (badEncoding) {
				error(sheet, row, "*", "is not valid UTF-8 text; save the file as CSV UTF-8");
				return;
			}
			if (positions == null && !headerBroken) {
				header(row, cells);
				return;
			}
			if (headerBroken) {
				return;
			}
			for (int i = width; i < cells.length; i++) {
				if (!cells[i].isEmpty()) {
					error(sheet, row, "*", "has more cells than the header has columns");
					return;
				}
			}
			handler.apply(new Row(sheet, row, cells, positions, (column, reason) -> error(sheet, row, column, reason)));
		}

		private void header(long row, String[] cells) {
			Map<String, Integer> found = new HashMap<>();
			for (int i = 0; i < cells.length; i++) {
				String name = cells[i].trim().toLowerCase(Locale.ROOT);
				if (name.isEmpty()) {
					continue;
				}
				if (!expected.contains(name)) {
					error(sheet, row, name, "is not a column of this sheet; expected " + String.join(",", expected));
					headerBroken = true;
				}
				else if (found.putIfAbsent(name, i) != null) {
					error(sheet, row, name, "appears twice in the header");
					headerBroken = true;
				}
			}
			for (String column : expected) {
				if (!found.containsKey(column) && !("title".equals(column) || "women".equals(column))) {
					error(sheet, row, column, "column is missing from the header; expected " + String.join(",", expected));
					headerBroken = true;
				}
			}
			width = cells.length;
			positions = found;
			if (exportLines && !headerBroken) {
				plain = new ExportLineBytes(rules, found, width);
			}
		}
	}

	private boolean exportRow(Row row) {
		YearMonth month = rules.month(row.get("period"), "period", row.problems());
		LineRules.Line line = rules.check(month, row.get("hs_code"), row.get("destination"), row.get("value_usd"),
				row.get("quantity"), row.get("unit"), LineRules.Names.FILE, row.number(), row.problems());
		if (line == null) {
			return false;
		}
		int m = ExportLineBytes.monthIndex(line.month().getYear(), line.month().getMonthValue());
		String d = line.destination();
		BigDecimal value = line.valueUsd();
		count(m, (d.charAt(0) - 'A') * 26 + d.charAt(1) - 'A', value.precision() - value.scale() < 17
				? value.unscaledValue().longValue() : -1, value);
		if (errorCount == 0) {
			copy.add(m - firstMonth, line.hsCode(), d, value, line.quantity(), line.unit());
		}
		return true;
	}

	/** A line read by the shortcut: counted and written from its bytes. */
	private void exportLine(ExportLineBytes l, byte[] bytes) {
		count(l.month, l.destination, l.valueCents, null);
		if (errorCount == 0) {
			copy.add(l.month - firstMonth, bytes, l.hsStart, l.hsEnd, l.destination, l.valueCents,
					l.quantityThousandths, l.unitStart, l.unitEnd);
		}
	}

	/**
	 * Counts a valid line in its month and adds its value to the month's total for its destination.
	 *
	 * @param cents the value in cents, or −1 when it does not fit a long (then {@code value} holds it)
	 */
	private void count(int month, int destination, long cents, @Nullable BigDecimal value) {
		lines++;
		monthLines[month - firstMonth]++;
		long key = ((long) month << 10) | destination;
		long present = rollupSlots.putIfAbsent(key, rollupSize);
		int slot = (int) present;
		if (present == LongLongMap.MISSING) {
			slot = rollupSize++;
			if (slot == rollupKeys.length) {
				rollupKeys = java.util.Arrays.copyOf(rollupKeys, slot * 2);
				rollupCents = java.util.Arrays.copyOf(rollupCents, slot * 2);
				if (rollupOverflow != null) {
					rollupOverflow = java.util.Arrays.copyOf(rollupOverflow, slot * 2);
				}
			}
			rollupKeys[slot] = key;
		}
		long sum = rollupCents[slot] + cents;
		if (cents < 0 || ((rollupCents[slot] ^ sum) & (cents ^ sum)) < 0) {
			if (rollupOverflow == null) {
				rollupOverflow = new BigDecimal[rollupKeys.length];
			}
			BigDecimal carried = rollupOverflow[slot] == null ? BigDecimal.ZERO.setScale(2) : rollupOverflow[slot];
			rollupOverflow[slot] = carried.add(cents < 0 ? value : BigDecimal.valueOf(cents, 2));
		}
		else {
			rollupCents[slot] = sum;
		}
	}

	private boolean employmentRow(Row row) {
		YearMonth month = rules.month(row.get("period"), "period", row.problems());
		JobCategory category = enumValue(JobCategory.class, row.get("category"), "category", row.problems());
		Integer jobs = integer(row.get("jobs"), "jobs", row.problems());
		Integer women = row.get("women").isEmpty() ? Integer.valueOf(0) : integer(row.get("women"), "women", row.problems());
		if (month == null || category == null || jobs == null || women == null) {
			return false;
		}
		Sections s = sections.computeIfAbsent(month, m -> new Sections());
		SubmitReport.Jobs entry = new SubmitReport.Jobs(category, jobs, women);
		if (Sections.jobs(entry, "", s.employment, row.problems())) {
			s.employment.add(entry);
			return true;
		}
		return false;
	}

	private boolean trainingRow(Row row) {
		YearMonth month = rules.month(row.get("period"), "period", row.problems());
		Integer people = integer(row.get("people_trained"), "people_trained", row.problems());
		Integer women = row.get("women").isEmpty() ? Integer.valueOf(0) : integer(row.get("women"), "women", row.problems());
		if (month == null || people == null || women == null) {
			return false;
		}
		Sections s = sections.computeIfAbsent(month, m -> new Sections());
		SubmitReport.Training entry = new SubmitReport.Training(row.get("programme"), people, women);
		if (Sections.training(entry, "", s.training, snake(row.problems()))) {
			s.training.add(entry);
			return true;
		}
		return false;
	}

	private boolean patentRow(Row row) {
		YearMonth month = rules.month(row.get("period"), "period", row.problems());
		PatentStage stage = enumValue(PatentStage.class, row.get("stage"), "stage", row.problems());
		if (month == null || stage == null) {
			return false;
		}
		Sections s = sections.computeIfAbsent(month, m -> new Sections());
		String title = row.get("title");
		SubmitReport.Patent entry = new SubmitReport.Patent(stage, row.get("office"), row.get("number"),
				title.isEmpty() ? null : title);
		if (Sections.patent(entry, "", s.patents, row.problems())) {
			s.patents.add(entry);
			return true;
		}
		return false;
	}

	private boolean summaryRow(Row row) {
		LineRules.Problems problems = row.problems();
		YearMonth month = rules.month(row.get("period"), "period", problems);
		if (month == null) {
			return false;
		}
		Sections s = sections.computeIfAbsent(month, m -> new Sections());
		if (s.productionValueUsd != null || s.investmentUsd != null || s.localContentShare != null) {
			problems.add("period", month + " has a second summary row");
			return false;
		}
		s.productionValueUsd = optionalAmount(row.get("production_value_usd"), "production_value_usd", problems);
		s.investmentUsd = optionalAmount(row.get("investment_usd"), "investment_usd", problems);
		String share = row.get("local_content_share");
		if (!share.isEmpty()) {
			try {
				s.localContentShare = Sections.share(new BigDecimal(share), "local_content_share", problems);
			}
			catch (NumberFormatException e) {
				problems.add("local_content_share", "'" + LineRules.clip(share) + "' is not a number");
			}
		}
		s.curriculaUpdated = optionalCount(row.get("curricula_updated"), "curricula_updated", problems);
		s.publications = optionalCount(row.get("publications"), "publications", problems);
		s.prototypes = optionalCount(row.get("prototypes"), "prototypes", problems);
		return true;
	}

	private static LineRules.Problems snake(LineRules.Problems problems) {
		return (column, reason) -> problems.add("peopleTrained".equals(column) ? "people_trained" : column, reason);
	}

	private static @Nullable BigDecimal optionalAmount(String text, String column, LineRules.Problems problems) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			return LineRules.amount(new BigDecimal(text), column, 2, problems);
		}
		catch (NumberFormatException e) {
			problems.add(column, "'" + LineRules.clip(text) + "' is not a number");
			return null;
		}
	}

	private static @Nullable Integer optionalCount(String text, String column, LineRules.Problems problems) {
		return text.isEmpty() ? null : integer(text, column, problems);
	}

	private static @Nullable Integer integer(String text, String column, LineRules.Problems problems) {
		if (text.isEmpty()) {
			problems.add(column, "is required");
			return null;
		}
		try {
			BigDecimal value = new BigDecimal(text);
			int n = value.intValueExact();
			if (n < 0) {
				problems.add(column, "must not be negative");
				return null;
			}
			return n;
		}
		catch (NumberFormatException | ArithmeticException e) {
			problems.add(column, "'" + LineRules.clip(text) + "' is not a whole number");
			return null;
		}
	}

	private static <E extends Enum<E>> @Nullable E enumValue(Class<E> type, String text, String column,
			LineRules.Problems problems) {
		try {
			return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
		}
		catch (IllegalArgumentException e) {
			problems.add(column, "'" + LineRules.clip(text) + "' is not one of "
					+ java.util.Arrays.toString(type.getEnumConstants()));
			return null;
		}
	}

	private void error(String sheet, long row, String column, String reason) {
		if (errorCount == 0) {
			cancel();
		}
		errorCount++;
		if (errors.size() < maxListedErrors) {
			errors.add(new RowError(sheet, row, column, reason));
		}
	}

	/** Stops writing: a bad row means nothing of this file is kept. Safe to call more than once. */
	void cancel() {
		copy.cancel();
	}

	/** Ends the COPY; call only when no row failed. */
	void finish() {
		if (errorCount == 0) {
			copy.finish();
		}
	}

	/**
	 * After the last row: lists the lines that repeat an earlier line, in row order with the other problems of the
	 * export sheet.
	 */
	void endOfFile() {
		List<KeyLog.Duplicate> duplicates = rules.duplicates();
		if (duplicates.isEmpty()) {
			return;
		}
		if (errorCount == 0) {
			cancel();
		}
		errorCount += duplicates.size();
		for (KeyLog.Duplicate d : duplicates.subList(0, Math.min(duplicates.size(), maxListedErrors))) {
			errors.add(new RowError(EXPORT_SHEET, d.row(), "row", "duplicates row " + d.earlierRow()
					+ " (same period, hs_code, destination and unit)"));
		}
		errors.sort(java.util.Comparator.comparing((RowError e) -> !EXPORT_SHEET.equals(e.sheet()))
			.thenComparingLong(e -> EXPORT_SHEET.equals(e.sheet()) ? e.row() : 0));
		while (errors.size() > maxListedErrors) {
			errors.remove(errors.size() - 1);
		}
	}

	void noData() {
		error(EXPORT_SHEET, 1, "*", "the file holds no report rows");
	}

	boolean sawExportSheet() {
		return sawExportSheet;
	}

	long errorCount() {
		return errorCount;
	}

	List<RowError> errors() {
		return errors;
	}

	long lines() {
		return lines;
	}

	/** Every month the file reports, export lines or sections. */
	java.util.SortedSet<YearMonth> months() {
		java.util.TreeSet<YearMonth> months = new java.util.TreeSet<>(sections.keySet());
		for (int m = 0; m < monthLines.length; m++) {
			if (monthLines[m] > 0) {
				months.add(rules.first().plusMonths(m));
			}
		}
		return months;
	}

	long lines(YearMonth month) {
		int m = ExportLineBytes.monthIndex(month.getYear(), month.getMonthValue()) - firstMonth;
		return m < 0 || m >= monthLines.length ? 0 : monthLines[m];
	}

	BigDecimal sum(YearMonth month) {
		rollup();
		return monthSums.getOrDefault(month, BigDecimal.ZERO.setScale(2));
	}

	/** Exports of one month to one destination, summed over the file's lines. */
	record Rollup(YearMonth month, String destination, BigDecimal exportsUsd) {
	}

	private @Nullable List<Rollup> rollup;
	private final Map<YearMonth, BigDecimal> monthSums = new HashMap<>();

	/** The file's export totals by month and destination (a few rows per month). */
	List<Rollup> rollup() {
		if (rollup == null) {
			List<Rollup> rows = new ArrayList<>(rollupSize);
			for (int i = 0; i < rollupSize; i++) {
				long key = rollupKeys[i];
				int monthIndex = (int) (key >>> 10);
				int d = (int) (key & 1023);
				BigDecimal sum = BigDecimal.valueOf(rollupCents[i], 2);
				if (rollupOverflow != null && rollupOverflow[i] != null) {
					sum = sum.add(rollupOverflow[i]);
				}
				Rollup row = new Rollup(YearMonth.of(monthIndex / 12, monthIndex % 12 + 1),
						new String(new char[] { (char) ('A' + d / 26), (char) ('A' + d % 26) }), sum);
				rows.add(row);
				monthSums.merge(row.month(), row.exportsUsd(), BigDecimal::add);
			}
			rollup = rows;
		}
		return rollup;
	}

	Sections sections(YearMonth month) {
		return sections.getOrDefault(month, new Sections());
	}
}
