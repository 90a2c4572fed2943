package org.quadhub.reporting;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.quadhub.reporting.model.Standing;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The quarterly programme report for the Prime Minister's Office (PDF with server-rendered charts), the XLSX of
 * all accepted figures, and the blank templates partners fill in. Figures stand as of the end of the quarter.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeDocuments {

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

	private final Dashboard dashboard;
	private final Targets targets;
	private final QuadFacts facts;
	private final JdbcTemplate jdbc;
	private final Clock clock;

	ProgrammeDocuments(Dashboard dashboard, Targets targets, QuadFacts facts, JdbcTemplate jdbc, Clock clock) {
		this.dashboard = dashboard;
		this.targets = targets;
		this.facts = facts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The CSV template: the six export-line columns. */
	public static byte[] csvTemplate() {
		return (String.join(",", FileImport.EXPORT_COLUMNS) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	/** The XLSX template: export lines first, then one sheet per other section, then instructions. */
	public byte[] xlsxTemplate() {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			header(workbook.createSheet(FileImport.EXPORT_SHEET), FileImport.EXPORT_COLUMNS, text);
			for (String section : List.of("employment", "training", "patents", "summary")) {
				header(workbook.createSheet(section), FileImport.SECTION_COLUMNS.get(section), text);
			}
			Sheet help = workbook.createSheet("instructions");
			String[] lines = {
				"QuadHub report workbook. One row per line; row 1 of each sheet is the header; keep the column names.",
				"export_lines (first sheet): period YYYY-MM, hs_code (4 or 6 digits), destination (ISO 3166 alpha-2, e.g. AE), value_usd, quantity, unit.",
				"employment: period, category (ENGINEERS, SCIENTISTS, TECHNICIANS, SKILLED_WORKERS, OTHER), jobs at month end, women among them.",
				"training: period, programme, people_trained, women.",
				"patents: period, stage (FILED or GRANTED), office (e.g. CNIPA, IPO-PK), number, title.",
				"summary: period, production_value_usd, local_content_share (0 to 1), investment_usd, curricula_updated, publications, prototypes.",
				"Every month in the file becomes a new revision of that month's report, complete in itself: include all its sections.",
				"A file with any bad row is rejected whole and every bad row is listed with its row number, column and reason.",
				"Delete sheets you do not use, but keep export_lines first." };
			for (int i = 0; i < lines.length; i++) {
				help.createRow(i).createCell(0).setCellValue(lines[i]);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void header(Sheet sheet, List<String> columns, CellStyle text) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < columns.size(); i++) {
			row.createCell(i).setCellValue(columns.get(i));
			sheet.setDefaultColumnStyle(i, text);
			sheet.setColumnWidth(i, 18 * 256);
		}
	}

	/** The quarter before the current one. */
	public Period lastCompleteQuarter() {
		YearMonth previous = YearMonth.now(clock).minusMonths(3);
		return Period.quarter(previous.getYear(), (previous.getMonthValue() - 1) / 3 + 1);
	}

	private YearMonth asOf(Actor actor, Period quarter) {
		if (!Dashboard.mayView(actor)) {
			throw DomainProblem.forbidden("The programme report is for the coordinating authority and the joint committee.");
		}
		YearMonth asOf = quarter.lastMonth().plusMonths(1);
		if (asOf.isAfter(YearMonth.now(clock).plusMonths(3))) {
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "quarter-in-future", "Quarter in the future",
					quarter + " has not started yet.", List.of(new DomainProblem.FieldProblem("quarter", "is in the future")));
		}
		return asOf;
	}

	public byte[] pdf(Actor actor, Period quarter) {
		YearMonth asOf = asOf(actor, quarter);
		ProgrammeDashboard d = dashboard.build(asOf, quarter.start().getYear());
		BigDecimal inQuarter = jdbc.queryForObject("select coalesce(sum(exports_usd), 0) from reporting_month "
				+ "where month >= ? and month < ?", BigDecimal.class, quarter.start(), quarter.end());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 36, 36, 42, 42);
		try {
			PdfWriter.getInstance(document, out);
			document.addTitle("QuadHub quarterly programme report " + quarter);
			document.addCreator("QuadHub");
			document.open();
			Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
			Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
			Font body = FontFactory.getFont(FontFactory.HELVETICA, 9);
			Font small = FontFactory.getFont(FontFactory.HELVETICA, 7, Color.DARK_GRAY);
			document.add(new Paragraph("QUAD programme: quarterly report " + quarter, title));
			document.add(new Paragraph("Coordinating authority, Prime Minister's Office. Accepted figures as of the end of "
					+ quarter.lastMonth() + "; generated " + ZonedDateTime.now(clock)
						.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH)) + ".", small));
			document.add(Chunk.NEWLINE);
			BigDecimal trailing = d.quads().stream().map(ProgrammeDashboard.QuadStanding::trailingActualUsd)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			double expected = d.quads().stream().mapToDouble(ProgrammeDashboard.QuadStanding::trailingExpectedUsd).sum();
			document.add(new Paragraph("Summary", heading));
			document.add(new Paragraph(String.format(Locale.ENGLISH,
					"Accepted exports in %s: USD %s m. Trailing twelve months: USD %s m against USD %s m on the QUAD "
							+ "trajectories. QUADs on track: %d, at risk: %d, off track: %d, not started: %d. Reports "
							+ "awaiting review now: %d. Programme target: USD %s bn a year by %d.",
					quarter, millions(inQuarter), millions(trailing), millions(BigDecimal.valueOf(expected)),
					d.lights().get(Standing.ON_TRACK), d.lights().get(Standing.AT_RISK),
					d.lights().get(Standing.OFF_TRACK), d.lights().get(Standing.NOT_STARTED), d.awaitingReview(),
					d.programmeTargetUsd().divide(BigDecimal.valueOf(1_000_000_000), 0, RoundingMode.HALF_UP),
					d.programmeTargetYear()), body));
			document.add(Chunk.NEWLINE);
			Image chart = Image.getInstance(programmeChart(d));
			chart.scaleToFit(520, 260);
			chart.setAlignment(Element.ALIGN_CENTER);
			document.add(chart);
			document.add(new Paragraph("QUADs", heading));
			PdfPTable quads = table(new float[] { 30, 12, 14, 14, 10, 20 }, body, "QUAD", "Light",
					"Trailing 12 m (USD m)", "Trajectory (USD m)", "Ratio", "Forecast");
			for (ProgrammeDashboard.QuadStanding q : d.quads()) {
				QuadFacts.Fact fact = facts.all().stream().filter(f -> f.id() == q.quadId()).findFirst().orElseThrow();
				QuadPerformance p = targets.performance(fact, asOf);
				cells(quads, body, q.name(), label(q.standing()), millions(q.trailingActualUsd()),
						millions(BigDecimal.valueOf(q.trailingExpectedUsd())),
						q.ratio() == null ? "-" : String.format(Locale.ENGLISH, "%.0f%%", q.ratio() * 100),
						p.forecast().statement());
			}
			document.add(quads);
			document.add(new Paragraph("Top destinations in " + d.year(), heading));
			PdfPTable destinations = table(new float[] { 30, 30, 40 }, body, "Destination", "Region", "USD m");
			for (ProgrammeDashboard.Amount a : d.topDestinations()) {
				cells(destinations, body, a.name(), Regions.of(a.name()), millions(a.usd()));
			}
			document.add(destinations);
			document.add(new Paragraph("Direct jobs (latest accepted report of each QUAD)", heading));
			PdfPTable jobs = table(new float[] { 40, 30, 30 }, body, "Category", "Jobs", "Women");
			for (ProgrammeDashboard.Jobs j : d.jobs()) {
				cells(jobs, body, j.category().name().replace('_', ' ').toLowerCase(Locale.ENGLISH),
						Long.toString(j.jobs()), Long.toString(j.women()));
			}
			document.add(jobs);
			ProgrammeDashboard.Outputs o = d.outputs();
			document.add(new Paragraph("R&D and training", heading));
			document.add(new Paragraph(String.format(Locale.ENGLISH,
					"Joint patents filed %d, granted %d; joint publications %d; prototypes %d; people trained %d "
							+ "(women %d); curricula updated %d.",
					o.patentsFiled(), o.patentsGranted(), o.publications(), o.prototypes(), o.peopleTrained(),
					o.womenTrained(), o.curriculaUpdated()), body));
			document.add(new Paragraph("Forecasts fit a logistic ramp to each QUAD's accepted monthly exports by least "
					+ "squares; they extrapolate the past and do not foresee shocks.", small));
			document.close();
		}
		catch (DocumentException | IOException e) {
			throw new IllegalStateException("The PDF could not be written", e);
		}
		return out.toByteArray();
	}

	private static String label(Standing standing) {
		return standing.name().replace('_', ' ').toLowerCase(Locale.ENGLISH);
	}

	private static byte[] programmeChart(ProgrammeDashboard d) throws IOException {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		double line = d.programmeTargetUsd().doubleValue() / 1e9;
		for (ProgrammeDashboard.YearTotal y : d.programme()) {
			String year = Integer.toString(y.year());
			data.addValue(y.actualUsd().doubleValue() / 1e9, "Accepted exports", year);
			data.addValue(y.trajectoryUsd() / 1e9, "Sum of QUAD trajectories", year);
			data.addValue(line, "USD 200 bn programme target", year);
		}
		JFreeChart chart = ChartFactory.createLineChart("Programme exports by year (USD bn)", "Year", "USD bn", data,
				PlotOrientation.VERTICAL, true, false, false);
		chart.setBackgroundPaint(Color.WHITE);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ChartUtils.writeChartAsPNG(png, chart, 1040, 520);
		return png.toByteArray();
	}

	private static PdfPTable table(float[] widths, Font font, String... headers) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setSpacingBefore(4);
		table.setSpacingAfter(8);
		table.setHeaderRows(1);
		Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, font.getSize());
		for (String h : headers) {
			PdfPCell cell = new PdfPCell(new Phrase(h, bold));
			cell.setBackgroundColor(new Color(0xE6, 0xEF, 0xEE));
			table.addCell(cell);
		}
		return table;
	}

	private static void cells(PdfPTable table, Font font, String... values) {
		for (String v : values) {
			table.addCell(new Phrase(v, font));
		}
	}

	private static String millions(BigDecimal usd) {
		return String.format(Locale.ENGLISH, "%,.1f", usd.divide(MILLION, 1, RoundingMode.HALF_UP));
	}

	/** Every accepted figure up to the end of the quarter, one sheet per kind. */
	public byte[] xlsx(Actor actor, Period quarter) {
		YearMonth asOf = asOf(actor, quarter);
		LocalDate end = asOf.atDay(1);
		ProgrammeDashboard d = dashboard.build(asOf, quarter.start().getYear());
		Map<Long, String> names = new java.util.HashMap<>();
		facts.all().forEach(f -> names.put(f.id(), f.name()));
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
			Sheet standings = workbook.createSheet("quads");
			row(standings, 0, "quad_id", "quad", "sector", "status", "light", "trailing_12m_usd", "trajectory_12m_usd",
					"ratio");
			int r = 1;
			for (ProgrammeDashboard.QuadStanding q : d.quads()) {
				Row row = row(standings, r++, Long.toString(q.quadId()), q.name(), q.sector().name(), q.status().name(),
						q.standing().name());
				row.createCell(5).setCellValue(q.trailingActualUsd().doubleValue());
				row.createCell(6).setCellValue(Math.round(q.trailingExpectedUsd() * 100) / 100.0);
				if (q.ratio() != null) {
					row.createCell(7).setCellValue(q.ratio());
				}
			}
			Sheet monthly = workbook.createSheet("monthly_exports");
			row(monthly, 0, "quad_id", "quad", "month", "exports_usd");
			int[] m = { 1 };
			jdbc.query("select quad_id, month, exports_usd from reporting_month where month < ? order by quad_id, month",
					rs -> {
						Row row = row(monthly, m[0]++, Long.toString(rs.getLong(1)), names.getOrDefault(rs.getLong(1), ""),
								YearMonth.from(rs.getObject(2, LocalDate.class)).toString());
						row.createCell(3).setCellValue(rs.getBigDecimal(3).doubleValue());
					}, end);
			Sheet destinations = workbook.createSheet("destinations");
			row(destinations, 0, "quad_id", "quad", "year", "destination", "region", "exports_usd");
			int[] n = { 1 };
			jdbc.query("select quad_id, year, destination, exports_usd from reporting_destination_year where year <= ? "
					+ "order by quad_id, year, exports_usd desc", rs -> {
						Row row = row(destinations, n[0]++, Long.toString(rs.getLong(1)),
								names.getOrDefault(rs.getLong(1), ""), Integer.toString(rs.getInt(2)), rs.getString(3),
								Regions.of(rs.getString(3)));
						row.createCell(5).setCellValue(rs.getBigDecimal(4).doubleValue());
					}, quarter.start().getYear());
			Sheet reports = workbook.createSheet("accepted_reports");
			row(reports, 0, "report_id", "quad_id", "quad", "period", "revision", "exports_usd", "export_lines",
					"direct_jobs", "women_in_jobs", "production_value_usd", "local_content_share", "investment_usd",
					"people_trained", "patents", "publications", "prototypes", "reviewed_by", "reviewed_at");
			int[] k = { 1 };
			jdbc.query("select r.id, r.quad_id, r.period_kind, r.period_start, r.revision, r.exports_usd, r.line_count, "
					+ "(select coalesce(sum(jobs), 0) from report_employment x where x.report_id = r.id), "
					+ "(select coalesce(sum(women), 0) from report_employment x where x.report_id = r.id), "
					+ "r.production_value_usd, r.local_content_share, r.investment_usd, "
					+ "(select coalesce(sum(people_trained), 0) from report_training t where t.report_id = r.id), "
					+ "(select count(*) from report_patent p where p.report_id = r.id), r.publications, r.prototypes, "
					+ "r.reviewed_by, r.reviewed_at from reporting_effective e join report r on r.id = e.report_id "
					+ "where r.period_end <= ? order by r.quad_id, r.period_start", rs -> {
						Period p = new Period(PeriodKind.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class));
						Row row = row(reports, k[0]++, Long.toString(rs.getLong(1)), Long.toString(rs.getLong(2)),
								names.getOrDefault(rs.getLong(2), ""), p.label(), Integer.toString(rs.getInt(5)));
						row.createCell(5).setCellValue(rs.getBigDecimal(6).doubleValue());
						row.createCell(6).setCellValue(rs.getLong(7));
						row.createCell(7).setCellValue(rs.getLong(8));
						row.createCell(8).setCellValue(rs.getLong(9));
						number(row, 9, rs.getBigDecimal(10));
						number(row, 10, rs.getBigDecimal(11));
						number(row, 11, rs.getBigDecimal(12));
						row.createCell(12).setCellValue(rs.getLong(13));
						row.createCell(13).setCellValue(rs.getLong(14));
						number(row, 14, (Number) rs.getObject(15));
						number(row, 15, (Number) rs.getObject(16));
						row.createCell(16).setCellValue(rs.getString(17));
						row.createCell(17).setCellValue(String.valueOf(rs.getTimestamp(18).toInstant()));
					}, end);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void number(Row row, int column, Number value) {
		if (value != null) {
			row.createCell(column).setCellValue(value.doubleValue());
		}
	}

	private static Row row(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
		return row;
	}

}
