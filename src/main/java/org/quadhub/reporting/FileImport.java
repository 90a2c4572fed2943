package org.quadhub.reporting;

import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.quadhub.reporting.file.RowSink;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
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
 * and rolls the transaction back, so a rejected file leaves nothing behind.
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

	private static final int FLUSH_CHARS = 1 << 18;

	private final LineRules rules;
	private final long submissionId;
	private final int maxListedErrors;
	private final AtomicLong progress;
	private final List<RowError> errors = new ArrayList<>();
	private long errorCount;
	private final Map<YearMonth, long[]> lineCounts = new HashMap<>();
	/** Export totals by month and destination: slot by key (month index, destination), amounts by slot. */
	private final LongLongMap rollupSlots = new LongLongMap(1 << 10);
	private final List<Long> rollupKeys = new ArrayList<>();
	private final List<BigDecimal> rollupSums = new ArrayList<>();
	private final Map<YearMonth, Sections> sections = new TreeMap<>();
	private long lines;
	private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 1024);
	/** Every COPY line starts with the submission id; every month's text is built once. */
	private final String linePrefix;
	private final Map<YearMonth, String> monthTexts = new HashMap<>();
	private final CopyManager copyManager;
	private @Nullable CopyIn copy;
	private boolean sawExportSheet;

	FileImport(LineRules rules, long submissionId, int maxListedErrors, CopyManager copyManager, AtomicLong progress) {
		this.rules = rules;
		this.submissionId = submissionId;
		this.linePrefix = submissionId + "\t";
		this.maxListedErrors = maxListedErrors;
		this.copyManager = copyManager;
		this.progress = progress;
	}

	/** The sink for the export lines (the CSV file, or the first sheet of a workbook). */
	RowSink exportLines() {
		sawExportSheet = true;
		return new HeaderedSink(EXPORT_SHEET, EXPORT_COLUMNS, this::exportRow);
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
		return new HeaderedSink(name, columns, handler);
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
		private @Nullable Map<String, Integer> positions;
		private boolean headerBroken;
		private int width;

		HeaderedSink(String sheet, List<String> expected, Function<Row, Boolean> handler) {
			this.sheet = sheet;
			this.expected = expected;
			this.handler = handler;
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
		}
	}

	private boolean exportRow(Row row) {
		YearMonth month = rules.month(row.get("period"), "period", row.problems());
		LineRules.Line line = rules.check(month, row.get("hs_code"), row.get("destination"), row.get("value_usd"),
				row.get("quantity"), row.get("unit"), LineRules.Names.FILE, row.number(), row.problems());
		if (line == null) {
			return false;
		}
		lines++;
		lineCounts.computeIfAbsent(line.month(), m -> new long[1])[0]++;
		long key = rollupKey(line.month(), line.destination());
		long slot = rollupSlots.putIfAbsent(key, rollupSums.size());
		if (slot == LongLongMap.MISSING) {
			rollupKeys.add(key);
			rollupSums.add(line.valueUsd());
		}
		else {
			rollupSums.set((int) slot, rollupSums.get((int) slot).add(line.valueUsd()));
		}
		if (errorCount == 0) {
			write(line);
		}
		return true;
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

	private void write(LineRules.Line line) {
		buffer.append(linePrefix).append(monthTexts.computeIfAbsent(line.month(), m -> m + "-01\t")).append(line.hsCode())
			.append('\t').append(line.destination()).append('\t').append(line.valueUsd().toPlainString()).append('\t')
			.append(line.quantity().toPlainString()).append('\t').append(line.unit()).append('\n');
		if (buffer.length() >= FLUSH_CHARS) {
			flush();
		}
	}

	private void flush() {
		if (buffer.length() == 0) {
			return;
		}
		try {
			if (copy == null) {
				copy = copyManager.copyIn("COPY report_export_line (submission_id, period, hs_code, destination, "
						+ "value_usd, quantity, unit) FROM STDIN");
			}
			byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
			copy.writeToCopy(bytes, 0, bytes.length);
			buffer.setLength(0);
		}
		catch (SQLException e) {
			throw new IllegalStateException("COPY into report_export_line failed", e);
		}
	}

	/** Stops writing: a bad row means nothing of this file is kept. Safe to call more than once. */
	void cancel() {
		buffer.setLength(0);
		if (copy != null && copy.isActive()) {
			try {
				copy.cancelCopy();
			}
			catch (SQLException e) {
				// the transaction is rolled back anyway
			}
		}
		copy = null;
	}

	/** Ends the COPY; call only when no row failed. */
	void finish() {
		if (errorCount > 0) {
			return;
		}
		flush();
		if (copy != null) {
			try {
				copy.endCopy();
			}
			catch (SQLException e) {
				throw new IllegalStateException("COPY into report_export_line failed", e);
			}
			copy = null;
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
		java.util.TreeSet<YearMonth> months = new java.util.TreeSet<>(lineCounts.keySet());
		months.addAll(sections.keySet());
		return months;
	}

	long lines(YearMonth month) {
		long[] n = lineCounts.get(month);
		return n == null ? 0 : n[0];
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
			List<Rollup> rows = new ArrayList<>(rollupKeys.size());
			for (int i = 0; i < rollupKeys.size(); i++) {
				long key = rollupKeys.get(i);
				int monthIndex = (int) (key >>> 10);
				int d = (int) (key & 1023);
				Rollup row = new Rollup(YearMonth.of(monthIndex / 12, monthIndex % 12 + 1),
						new String(new char[] { (char) ('A' + d / 26), (char) ('A' + d % 26) }), rollupSums.get(i));
				rows.add(row);
				monthSums.merge(row.month(), row.exportsUsd(), BigDecimal::add);
			}
			rollup = rows;
		}
		return rollup;
	}

	private static long rollupKey(YearMonth month, String destination) {
		long monthIndex = month.getYear() * 12L + month.getMonthValue() - 1;
		return (monthIndex << 10) | ((destination.charAt(0) - 'A') * 26L + (destination.charAt(1) - 'A'));
	}

	Sections sections(YearMonth month) {
		return sections.getOrDefault(month, new Sections());
	}
}
