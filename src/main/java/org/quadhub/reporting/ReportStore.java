package org.quadhub.reporting;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Reports, their sections and the rollups, in plain SQL (the reporting tables are read and written in bulk). */
@Repository
class ReportStore {

	/** First key of the advisory locks this module takes; the second is the QUAD id. */
	private static final int LOCK_CLASS = 5;

	private static final String REPORT_COLUMNS = "r.id, r.quad_id, r.period_kind, r.period_start, r.revision, r.status, "
			+ "s.channel, r.submitted_by, r.submitted_at, r.reviewed_by, r.reviewed_at, r.review_note, r.line_count, "
			+ "r.exports_usd, r.production_value_usd, r.local_content_share, r.investment_usd, r.curricula_updated, "
			+ "r.publications, r.prototypes, r.version";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	ReportStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Serialises submissions and reviews of one QUAD until the transaction ends (revision numbers, rollups). */
	void lockQuad(long quadId) {
		template.query("select pg_advisory_xact_lock(?, ?)", rs -> null, LOCK_CLASS, (int) quadId);
	}

	long insertSubmission(long quadId, Channel channel, String user, Instant at, @Nullable String fileName) {
		return jdbc.sql("insert into report_submission (quad_id, channel, submitted_by, submitted_at, file_name) "
				+ "values (?, ?, ?, ?, ?) returning id")
			.params(quadId, channel.name(), user, Timestamp.from(at), fileName)
			.query(Long.class).single();
	}

	void setSubmissionLines(long submissionId, long lines) {
		jdbc.sql("update report_submission set line_count = ? where id = ?").params(lines, submissionId).update();
	}

	/** Highest revision so far of each period of this kind. */
	Map<LocalDate, Integer> latestRevisions(long quadId, PeriodKind kind) {
		Map<LocalDate, Integer> map = new HashMap<>();
		template.query("select period_start, max(revision) from report where quad_id = ? and period_kind = ? "
				+ "group by period_start", rs -> {
					map.put(rs.getObject(1, LocalDate.class), rs.getInt(2));
				}, quadId, kind.name());
		return map;
	}

	/** Periods of the other kind, still submitted or accepted, that overlap the given months. */
	List<String> overlapping(long quadId, PeriodKind kind, Collection<YearMonth> months) {
		if (months.isEmpty()) {
			return List.of();
		}
		TreeSet<YearMonth> sorted = new TreeSet<>(months);
		PeriodKind other = kind == PeriodKind.MONTH ? PeriodKind.QUARTER : PeriodKind.MONTH;
		List<Period> found = new ArrayList<>();
		template.query("select distinct period_start from report where quad_id = ? and period_kind = ? "
				+ "and status in ('SUBMITTED', 'ACCEPTED') and period_end > ? and period_start <= ?", rs -> {
					found.add(new Period(other, rs.getObject(1, LocalDate.class)));
				}, quadId, other.name(), sorted.first().atDay(1), sorted.last().atDay(1));
		return found.stream().filter(p -> p.months().stream().anyMatch(sorted::contains)).map(Period::label).toList();
	}

	void supersedePending(long quadId, Period period) {
		jdbc.sql("update report set status = 'SUPERSEDED', version = version + 1 where quad_id = ? and period_kind = ? "
				+ "and period_start = ? and status = 'SUBMITTED'")
			.params(quadId, period.kind().name(), period.start())
			.update();
	}

	/** {@link #supersedePending(long, Period)} for many months at once (a file's). */
	void supersedePendingMonths(long quadId, Collection<YearMonth> months) {
		Object[] starts = months.stream().map(m -> m.atDay(1)).toArray();
		template.update(c -> {
			PreparedStatement ps = c.prepareStatement("update report set status = 'SUPERSEDED', version = version + 1 "
					+ "where quad_id = ? and period_kind = 'MONTH' and period_start = any(?) and status = 'SUBMITTED'");
			ps.setLong(1, quadId);
			ps.setArray(2, c.createArrayOf("date", starts));
			return ps;
		});
	}

	/** The revisions one submission created, oldest period first. */
	List<ReportDetails> ofSubmission(long submissionId) {
		return withSections(jdbc.sql("select " + REPORT_COLUMNS + " from report r join report_submission s "
				+ "on s.id = r.submission_id where r.submission_id = ? order by r.period_start")
			.param(submissionId).query(this::header).list());
	}

	long insertReport(long quadId, Period period, int revision, long submissionId, String user, Instant at,
			long lineCount, BigDecimal exportsUsd, Sections sections) {
		long id = jdbc.sql("insert into report (quad_id, period_kind, period_start, period_end, revision, status, "
				+ "submission_id, line_count, exports_usd, production_value_usd, local_content_share, investment_usd, "
				+ "curricula_updated, publications, prototypes, submitted_by, submitted_at) "
				+ "values (?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
			.params(quadId, period.kind().name(), period.start(), period.end(), revision, submissionId, lineCount,
					exportsUsd, sections.productionValueUsd, sections.localContentShare, sections.investmentUsd,
					sections.curriculaUpdated, sections.publications, sections.prototypes, user, Timestamp.from(at))
			.query(Long.class).single();
		for (SubmitReport.Jobs jobs : sections.employment) {
			jdbc.sql("insert into report_employment (report_id, category, jobs, women) values (?, ?, ?, ?)")
				.params(id, jobs.category().name(), jobs.jobs(), jobs.women() == null ? 0 : jobs.women()).update();
		}
		for (SubmitReport.Training t : sections.training) {
			jdbc.sql("insert into report_training (report_id, programme, people_trained, women) values (?, ?, ?, ?)")
				.params(id, t.programme().trim(), t.peopleTrained(), t.women() == null ? 0 : t.women()).update();
		}
		for (SubmitReport.Patent p : sections.patents) {
			jdbc.sql("insert into report_patent (report_id, stage, office, number, title) values (?, ?, ?, ?, ?)")
				.params(id, p.stage().name(), p.office().trim(), p.number().trim(), p.title()).update();
		}
		return id;
	}

	void insertLines(long submissionId, List<LineRules.Line> lines) {
		template.batchUpdate("insert into report_export_line (submission_id, period, hs_code, destination, value_usd, "
				+ "quantity, unit) values (?, ?, ?, ?, ?, ?, ?)", lines, 500, (ps, line) -> {
					ps.setLong(1, submissionId);
					ps.setObject(2, line.month().atDay(1));
					ps.setString(3, line.hsCode());
					ps.setString(4, line.destination());
					ps.setBigDecimal(5, line.valueUsd());
					ps.setBigDecimal(6, line.quantity());
					ps.setString(7, line.unit());
				});
		jdbc.sql("insert into report_line_rollup (submission_id, period, destination, exports_usd) "
				+ "select submission_id, period, destination, sum(value_usd) from report_export_line "
				+ "where submission_id = ? group by submission_id, period, destination")
			.param(submissionId).update();
	}

	/** The export totals by month and destination of a file's lines, written with them in one statement. */
	void insertRollup(long submissionId, List<FileImport.Rollup> rows) {
		if (rows.isEmpty()) {
			return;
		}
		Object[] periods = rows.stream().map(r -> r.month().atDay(1)).toArray();
		Object[] destinations = rows.stream().map(FileImport.Rollup::destination).toArray();
		Object[] amounts = rows.stream().map(FileImport.Rollup::exportsUsd).toArray();
		template.execute((java.sql.Connection connection) -> {
			try (var statement = connection.prepareStatement("insert into report_line_rollup (submission_id, period, "
					+ "destination, exports_usd) select ?, p, d, a from unnest(?, ?, ?) as t(p, d, a)")) {
				statement.setLong(1, submissionId);
				statement.setArray(2, connection.createArrayOf("date", periods));
				statement.setArray(3, connection.createArrayOf("bpchar", destinations));
				statement.setArray(4, connection.createArrayOf("numeric", amounts));
				statement.executeUpdate();
			}
			return null;
		});
	}

	Optional<ReportDetails> find(long reportId) {
		return jdbc.sql("select " + REPORT_COLUMNS + " from report r join report_submission s on s.id = r.submission_id "
				+ "where r.id = ?").param(reportId).query(this::details).optional();
	}

	/** Every revision of every period of a QUAD, newest period first, newest revision first. */
	List<ReportDetails> ofQuad(long quadId) {
		return withSections(jdbc.sql("select " + REPORT_COLUMNS + " from report r join report_submission s on s.id = r.submission_id "
				+ "where r.quad_id = ? order by r.period_start desc, r.period_kind, r.revision desc")
			.param(quadId).query(this::header).list());
	}

	List<ReportDetails> withStatus(ReportStatus status, int limit) {
		return withSections(jdbc.sql("select " + REPORT_COLUMNS + " from report r join report_submission s "
				+ "on s.id = r.submission_id where r.status = ? order by r.submitted_at, r.id limit ?")
			.params(status.name(), limit).query(this::header).list());
	}

	List<ExportLineView> lines(long reportId, int offset, int limit) {
		return jdbc.sql("select l.period, l.hs_code, l.destination, l.value_usd, l.quantity, l.unit "
				+ "from report r join report_export_line l on l.submission_id = r.submission_id "
				+ "and l.period >= r.period_start and l.period < r.period_end where r.id = ? "
				+ "order by l.period, l.hs_code, l.destination, l.unit offset ? limit ?")
			.params(reportId, offset, limit)
			.query((rs, n) -> new ExportLineView(YearMonth.from(rs.getObject(1, LocalDate.class)).toString(),
					rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getString(6)))
			.list();
	}

	/** Moves a waiting revision to ACCEPTED or RETURNED; false when it was not waiting at that version. */
	boolean decide(long reportId, long version, ReportStatus decision, String reviewer, Instant at,
			@Nullable String note) {
		return jdbc.sql("update report set status = ?, reviewed_by = ?, reviewed_at = ?, review_note = ?, "
				+ "version = version + 1 where id = ? and version = ? and status = 'SUBMITTED'")
			.params(decision.name(), reviewer, Timestamp.from(at), note, reportId, version)
			.update() == 1;
	}

	Optional<Integer> effectiveRevision(long quadId, Period period) {
		return jdbc.sql("select r.revision from reporting_effective e join report r on r.id = e.report_id "
				+ "where e.quad_id = ? and e.period_kind = ? and e.period_start = ?")
			.params(quadId, period.kind().name(), period.start()).query(Integer.class).optional();
	}

	/**
	 * Makes the accepted revision the one that counts for its period and recomputes the rollups it touches: the
	 * monthly totals of its months and the destination totals of its year.
	 */
	void makeEffective(long quadId, Period period, long reportId) {
		jdbc.sql("insert into reporting_effective (quad_id, period_kind, period_start, report_id) values (?, ?, ?, ?) "
				+ "on conflict (quad_id, period_kind, period_start) do update set report_id = excluded.report_id")
			.params(quadId, period.kind().name(), period.start(), reportId).update();
		jdbc.sql("delete from reporting_month where quad_id = ? and month >= ? and month < ?")
			.params(quadId, period.start(), period.end()).update();
		jdbc.sql("insert into reporting_month (quad_id, month, exports_usd) "
				+ "select ?, m::date, coalesce((select sum(x.exports_usd) from report_line_rollup x "
				+ "  where x.submission_id = r.submission_id and x.period = m::date), 0) "
				+ "from report r, generate_series(r.period_start, r.period_end - 1, interval '1 month') m where r.id = ?")
			.params(quadId, reportId).update();
		int year = period.start().getYear();
		jdbc.sql("delete from reporting_destination_year where quad_id = ? and year = ?").params(quadId, year).update();
		jdbc.sql("insert into reporting_destination_year (quad_id, year, destination, exports_usd) "
				+ "select e.quad_id, ?, x.destination, sum(x.exports_usd) from reporting_effective e "
				+ "join report r on r.id = e.report_id join report_line_rollup x on x.submission_id = r.submission_id "
				+ "and x.period >= r.period_start and x.period < r.period_end "
				+ "where e.quad_id = ? and r.period_start >= ? and r.period_start < ? group by e.quad_id, x.destination")
			.params(year, quadId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).update();
	}

	Map<Integer, BigDecimal> exportsByYear(long quadId) {
		Map<Integer, BigDecimal> map = new java.util.TreeMap<>();
		template.query("select extract(year from month)::int, sum(exports_usd) from reporting_month where quad_id = ? "
				+ "group by 1 order by 1", rs -> {
					map.put(rs.getInt(1), rs.getBigDecimal(2));
				}, quadId);
		return map;
	}

	/** Accepted exports of each month that has an accepted report. */
	Map<YearMonth, BigDecimal> monthly(long quadId) {
		Map<YearMonth, BigDecimal> map = new java.util.TreeMap<>();
		template.query("select month, exports_usd from reporting_month where quad_id = ? order by month", rs -> {
			map.put(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getBigDecimal(2));
		}, quadId);
		return map;
	}

	/** Direct jobs by calendar year: the total of the latest accepted report of that year that has employment. */
	Map<Integer, Integer> directJobsByYear(long quadId) {
		Map<Integer, Integer> map = new java.util.TreeMap<>();
		template.query("select distinct on (extract(year from r.period_start)) extract(year from r.period_start)::int, "
				+ "(select sum(m.jobs) from report_employment m where m.report_id = r.id) "
				+ "from reporting_effective e join report r on r.id = e.report_id where e.quad_id = ? "
				+ "and exists (select 1 from report_employment m where m.report_id = r.id) "
				+ "order by extract(year from r.period_start), r.period_start desc", rs -> {
					map.put(rs.getInt(1), rs.getInt(2));
				}, quadId);
		return map;
	}

	/** One revision with its sections. */
	private ReportDetails details(ResultSet rs, int n) throws SQLException {
		return withSections(List.of(header(rs, n))).get(0);
	}

	/** The revisions' sections, one query per section for all of them (not three per revision). */
	private List<ReportDetails> withSections(List<ReportDetails> reports) {
		if (reports.isEmpty()) {
			return reports;
		}
		Long[] ids = reports.stream().map(ReportDetails::id).toArray(Long[]::new);
		Map<Long, List<SubmitReport.Jobs>> jobs = section("select report_id, category, jobs, women "
				+ "from report_employment where report_id = any(?) order by report_id, category", ids,
				r -> new SubmitReport.Jobs(JobCategory.valueOf(r.getString(2)), r.getInt(3), r.getInt(4)));
		Map<Long, List<SubmitReport.Training>> training = section("select report_id, programme, people_trained, "
				+ "women from report_training where report_id = any(?) order by report_id, programme", ids,
				r -> new SubmitReport.Training(r.getString(2), r.getInt(3), r.getInt(4)));
		Map<Long, List<SubmitReport.Patent>> patents = section("select report_id, stage, office, number, title "
				+ "from report_patent where report_id = any(?) order by report_id, stage, office, number", ids,
				r -> new SubmitReport.Patent(PatentStage.valueOf(r.getString(2)), r.getString(3), r.getString(4),
						r.getString(5)));
		List<ReportDetails> result = new ArrayList<>(reports.size());
		for (ReportDetails report : reports) {
			result.add(report.withSections(jobs.getOrDefault(report.id(), List.of()),
					training.getOrDefault(report.id(), List.of()), patents.getOrDefault(report.id(), List.of())));
		}
		return result;
	}

	/** One section's rows for these revisions, by revision; {@code sql} selects the revision id first. */
	private <T> Map<Long, List<T>> section(String sql, Long[] ids, SectionRow<T> row) {
		Map<Long, List<T>> byReport = new HashMap<>();
		template.query(c -> {
			PreparedStatement ps = c.prepareStatement(sql);
			ps.setArray(1, c.createArrayOf("bigint", ids));
			return ps;
		}, (RowCallbackHandler) r -> byReport.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(row.map(r)));
		return byReport;
	}

	@FunctionalInterface
	private interface SectionRow<T> {
		T map(ResultSet rs) throws SQLException;
	}

	/** A revision's own columns; its sections are read by {@link #withSections(List)}. */
	private ReportDetails header(ResultSet rs, int n) throws SQLException {
		long id = rs.getLong("id");
		PeriodKind kind = PeriodKind.valueOf(rs.getString("period_kind"));
		Period period = new Period(kind, rs.getObject("period_start", LocalDate.class));
		Timestamp reviewedAt = rs.getTimestamp("reviewed_at");
		return new ReportDetails(id, rs.getLong("quad_id"), period.label(), kind, rs.getInt("revision"),
				ReportStatus.valueOf(rs.getString("status")), Channel.valueOf(rs.getString("channel")),
				rs.getString("submitted_by"), rs.getTimestamp("submitted_at").toInstant(), rs.getString("reviewed_by"),
				reviewedAt == null ? null : reviewedAt.toInstant(), rs.getString("review_note"),
				rs.getLong("line_count"), rs.getBigDecimal("exports_usd"), rs.getBigDecimal("production_value_usd"),
				rs.getBigDecimal("local_content_share"), rs.getBigDecimal("investment_usd"), List.of(), List.of(),
				(Integer) rs.getObject("curricula_updated"), List.of(), (Integer) rs.getObject("publications"),
				(Integer) rs.getObject("prototypes"), rs.getLong("version"));
	}
}
