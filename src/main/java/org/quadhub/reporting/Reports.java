package org.quadhub.reporting;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.Quads;
import org.quadhub.reporting.file.CsvRows;
import org.quadhub.reporting.file.MalformedFile;
import org.quadhub.reporting.file.XlsxRows;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.DomainProblem.FieldProblem;
import org.quadhub.shared.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.quadhub.shared.StateChange;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Results reports of the QUADs: submitted by API, file or web form, reviewed by the coordinating authority, and
 * counted once accepted (the latest accepted revision of each period). A partner user reports only for the QUADs
 * its organisation belongs to; everyone who reads everything reads all reports.
 */
@Service
@Transactional
public class Reports {

	private final ReportStore store;
	private final Quads quads;
	private final ReportingSettings settings;
	private final Clock clock;
	private final DataSource dataSource;
	private final JdbcTemplate jdbc;
	private final JsonMapper json;
	private final ReportingChanges changes;
	private final ApplicationEventPublisher events;

	private final UploadMeters uploadMeters;

	Reports(ReportStore store, Quads quads, ReportingSettings settings, Clock clock, DataSource dataSource,
			JdbcTemplate jdbc, JsonMapper json, ReportingChanges changes, ApplicationEventPublisher events,
			UploadMeters uploadMeters) {
		this.uploadMeters = uploadMeters;
		this.changes = changes;
		this.events = events;
		this.store = store;
		this.quads = quads;
		this.settings = settings;
		this.clock = clock;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Accepted exports of a QUAD by calendar year in USD, from the latest accepted revision of every period.
	 * Years without an accepted report are absent.
	 */
	@Transactional(readOnly = true)
	public Map<Integer, BigDecimal> acceptedExportsByYear(long quadId) {
		return store.exportsByYear(quadId);
	}

	/**
	 * Direct jobs of a QUAD by calendar year: the total over all categories in the latest accepted report of that
	 * year that reports employment. Years without one are absent.
	 */
	@Transactional(readOnly = true)
	public Map<Integer, Integer> directJobsByYear(long quadId) {
		return store.directJobsByYear(quadId);
	}

	/**
	 * Stores a report as a new revision of its period, waiting for review. With an idempotency key, a repeated
	 * call (also a concurrent one) returns the first call's report and stores nothing again; the same key with a
	 * different body is refused.
	 */
	public Submitted submit(Actor actor, long quadId, SubmitReport report, @Nullable String idempotencyKey) {
		QuadDetails quad = quadForWriting(actor, quadId);
		if (idempotencyKey != null) {
			if (idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
				throw DomainProblem.invalid("Idempotency-Key", "must be 1 to 200 characters");
			}
			String hash = hash(quadId, report);
			int claimed = jdbc.update("insert into report_idempotency (username, idem_key, quad_id, request_hash, "
					+ "created_at) values (?, ?, ?, ?, ?) on conflict do nothing", actor.username(), idempotencyKey,
					quadId, hash, Timestamp.from(clock.instant()));
			if (claimed == 0) {
				return replay(actor, idempotencyKey, quadId, hash);
			}
			ReportDetails stored = store(actor, quad, report, Channel.API);
			jdbc.update("update report_idempotency set report_id = ? where username = ? and idem_key = ?",
					stored.id(), actor.username(), idempotencyKey);
			return new Submitted(stored, false);
		}
		return new Submitted(store(actor, quad, report, Channel.API), false);
	}

	private Submitted replay(Actor actor, String key, long quadId, String hash) {
		Map<String, Object> first = jdbc.queryForMap("select quad_id, request_hash, report_id from report_idempotency "
				+ "where username = ? and idem_key = ?", actor.username(), key);
		if (((Number) first.get("quad_id")).longValue() != quadId || !hash.equals(first.get("request_hash"))) {
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "idempotency-key-reused", "Idempotency key reused",
					"This Idempotency-Key was already used for a different request; use a new key for a new report.",
					List.of(new FieldProblem("Idempotency-Key", "was used for a different request")));
		}
		Object reportId = first.get("report_id");
		if (reportId == null) {
			throw new DomainProblem(DomainProblem.Kind.CONFLICT, "request-in-progress", "Request in progress",
					"The first request with this Idempotency-Key has not finished; retry shortly.");
		}
		return new Submitted(load(((Number) reportId).longValue()), true);
	}

	private ReportDetails store(Actor actor, QuadDetails quad, SubmitReport report, Channel channel) {
		List<FieldProblem> problems = new ArrayList<>();
		LineRules.Problems add = (field, reason) -> problems.add(new FieldProblem(field, reason));
		Period period = null;
		if (report.period() == null || report.period().isBlank()) {
			add.add("period", "is required (YYYY-MM or YYYY-Qn)");
		}
		else {
			try {
				period = Period.parse(report.period());
			}
			catch (IllegalArgumentException e) {
				add.add("period", "'" + LineRules.clip(report.period()) + "' must be YYYY-MM or YYYY-Qn");
			}
		}
		LineRules rules = rules(quad);
		if (period != null) {
			rules.month(period.firstMonth().toString(), "period", add);
			if (period.kind() == PeriodKind.QUARTER && problems.isEmpty()) {
				rules.month(period.lastMonth().toString(), "period", add);
			}
		}
		List<LineRules.Line> lines = new ArrayList<>();
		List<SubmitReport.Line> raw = report.exportLines() == null ? List.of() : report.exportLines();
		BigDecimal total = BigDecimal.ZERO.setScale(2);
		for (int i = 0; i < raw.size(); i++) {
			SubmitReport.Line line = raw.get(i);
			String prefix = "exportLines[" + i + "].";
			LineRules.Problems at = (field, reason) -> add.add(prefix + field, reason);
			if (line == null) {
				add.add("exportLines[" + i + "]", "must not be null");
				continue;
			}
			YearMonth month = null;
			if (period != null) {
				month = line.period() == null ? period.firstMonth() : rules.month(line.period(), "period", at);
				if (month != null && !period.contains(month)) {
					at.add("period", month + " is outside the report's period " + period);
					month = null;
				}
			}
			LineRules.Line checked = rules.check(month, line.hsCode(), line.destination(),
					line.valueUsd() == null ? null : line.valueUsd().toPlainString(),
					line.quantity() == null ? null : line.quantity().toPlainString(), line.unit(), JSON_NAMES, i, at);
			if (checked != null) {
				lines.add(checked);
				total = total.add(checked.valueUsd());
			}
		}
		Sections sections = sections(report, add);
		if (!problems.isEmpty()) {
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "invalid-report", "Invalid report",
					problems.size() == 1 ? problems.get(0).field() + ": " + problems.get(0).message()
							: problems.size() + " problems in the report; nothing was stored.",
					problems);
		}
		Instant now = clock.instant();
		changes.submitted(); // a revision joins the review queue; no accepted figure moves
		store.lockQuad(quad.id());
		requireNoOverlap(quad.id(), period);
		long submission = store.insertSubmission(quad.id(), channel, actor.username(), now, null);
		store.insertLines(submission, lines);
		store.setSubmissionLines(submission, lines.size());
		int revision = store.latestRevisions(quad.id(), period.kind()).getOrDefault(period.start(), 0) + 1;
		store.supersedePending(quad.id(), period);
		long id = store.insertReport(quad.id(), period, revision, submission, actor.username(), now, lines.size(), total,
				sections);
		ReportDetails stored = load(id);
		events.publishEvent(new StateChange("report", String.valueOf(id), "submit", null,
				auditValues(stored, channel.name(), submission)));
		return stored;
	}

	/** What the audit trail records of a stored revision (the lines themselves are in the submission). */
	private static Map<String, Object> auditValues(ReportDetails report, String channel, long submission) {
		Map<String, Object> values = new java.util.LinkedHashMap<>();
		values.put("quadId", report.quadId());
		values.put("period", report.period());
		values.put("revision", report.revision());
		values.put("status", report.status().name());
		values.put("channel", channel);
		values.put("submissionId", submission);
		values.put("lines", report.lineCount());
		values.put("exportsUsd", report.exportsUsd());
		return values;
	}

	private static final LineRules.Names JSON_NAMES = new LineRules.Names("period", "hsCode", "destination",
			"valueUsd", "quantity", "unit", "hsCode", "exportLines");

	private static Sections sections(SubmitReport report, LineRules.Problems add) {
		Sections s = new Sections();
		List<SubmitReport.Jobs> jobs = report.employment() == null ? List.of() : report.employment();
		for (int i = 0; i < jobs.size(); i++) {
			if (jobs.get(i) != null && Sections.jobs(jobs.get(i), "employment[" + i + "].", s.employment, add)) {
				SubmitReport.Jobs j = jobs.get(i);
				s.employment.add(new SubmitReport.Jobs(j.category(), j.jobs(), j.women() == null ? 0 : j.women()));
			}
		}
		List<SubmitReport.Training> training = report.training() == null ? List.of() : report.training();
		for (int i = 0; i < training.size(); i++) {
			if (training.get(i) != null
					&& Sections.training(training.get(i), "training[" + i + "].", s.training, add)) {
				SubmitReport.Training t = training.get(i);
				s.training.add(new SubmitReport.Training(t.programme().trim(), t.peopleTrained(),
						t.women() == null ? 0 : t.women()));
			}
		}
		List<SubmitReport.Patent> patents = report.patents() == null ? List.of() : report.patents();
		for (int i = 0; i < patents.size(); i++) {
			if (patents.get(i) != null && Sections.patent(patents.get(i), "patents[" + i + "].", s.patents, add)) {
				SubmitReport.Patent p = patents.get(i);
				s.patents.add(new SubmitReport.Patent(p.stage(), p.office().trim(), p.number().trim(), p.title()));
			}
		}
		if (report.productionValueUsd() != null) {
			s.productionValueUsd = LineRules.amount(report.productionValueUsd(), "productionValueUsd", 2, add);
		}
		if (report.investmentUsd() != null) {
			s.investmentUsd = LineRules.amount(report.investmentUsd(), "investmentUsd", 2, add);
		}
		s.localContentShare = Sections.share(report.localContentShare(), "localContentShare", add);
		if (Sections.count(report.curriculaUpdated(), "curriculaUpdated", false, add)) {
			s.curriculaUpdated = report.curriculaUpdated();
		}
		if (Sections.count(report.publications(), "publications", false, add)) {
			s.publications = report.publications();
		}
		if (Sections.count(report.prototypes(), "prototypes", false, add)) {
			s.prototypes = report.prototypes();
		}
		return s;
	}

	/**
	 * Validates and stores a CSV or XLSX file (format from the name, checked against the content) in one pass;
	 * every month it covers becomes a new revision waiting for review. Any bad row rejects the whole file with
	 * every bad row listed, and nothing is stored.
	 *
	 * @param progress counts rows read, for a progress display
	 */
	public UploadResult upload(Actor actor, long quadId, String fileName, Path file, AtomicLong progress) {
		long size;
		try {
			size = Files.size(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return uploadMeters.record(fileName, () -> size, () -> {
			QuadDetails quad = quadForWriting(actor, quadId);
			if (size > settings.maxUploadBytes()) {
				throw new FileTooLarge(size, settings.maxUploadBytes());
			}
			if (size == 0) {
				throw malformed("The file is empty.");
			}
			byte[] head;
			try (InputStream in = Files.newInputStream(file)) {
				head = in.readNBytes(4);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return importFile(actor, quad, fileName, size, isXlsx(fileName, head), progress, file, null);
		});
	}

	/**
	 * The same as {@link #upload(Actor, long, String, Path, AtomicLong)} for a file read once from a stream as it
	 * arrives: a CSV is checked and stored while it is still being received; a workbook, which can only be read
	 * whole, is first kept in a temporary file. The size limit holds for the bytes read.
	 *
	 * @param expectedBytes about how large the file is (e.g. the request's length), to size the duplicate check
	 */
	public UploadResult upload(Actor actor, long quadId, String fileName, InputStream body, long expectedBytes,
			AtomicLong progress) {
		LimitedInput limited = new LimitedInput(body, settings.maxUploadBytes());
		return uploadMeters.record(fileName, limited::count, () -> {
			QuadDetails quad = quadForWriting(actor, quadId);
			java.io.BufferedInputStream in = new java.io.BufferedInputStream(limited, 1 << 16);
			byte[] head;
			try {
				in.mark(4);
				head = in.readNBytes(4);
				in.reset();
			}
			catch (IOException e) {
				throw malformed("The file could not be read: " + e.getMessage());
			}
			if (head.length == 0) {
				throw malformed("The file is empty.");
			}
			if (!isXlsx(fileName, head)) {
				return importFile(actor, quad, fileName, expectedBytes, false, progress, null, in);
			}
			Path workbook = null;
			try {
				workbook = Files.createTempFile("quadhub-workbook-", ".xlsx");
				Files.copy(in, workbook, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				return importFile(actor, quad, fileName, Files.size(workbook), true, progress, workbook, null);
			}
			catch (IOException e) {
				throw malformed("The file could not be read: " + e.getMessage());
			}
			finally {
				if (workbook != null) {
					try {
						Files.deleteIfExists(workbook);
					}
					catch (IOException e) {
						// a temporary file; the system cleans it up
					}
				}
			}
		});
	}

	/** Counts what is read and refuses to read past the upload limit. */
	private static final class LimitedInput extends java.io.FilterInputStream {

		private final long limit;
		private long count;

		LimitedInput(InputStream in, long limit) {
			super(in);
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				counted(n);
			}
			return n;
		}

		private void counted(int n) {
			count += n;
			if (count > limit) {
				throw new FileTooLarge(limit);
			}
		}

		long count() {
			return count;
		}
	}

	/** Reads the rows of a workbook file, or of a CSV file or stream, validating and storing them in one pass. */
	private UploadResult importFile(Actor actor, QuadDetails quad, String fileName, long size, boolean xlsx,
			AtomicLong progress, @Nullable Path file, @Nullable InputStream csv) {
		Instant now = clock.instant();
		changes.submitted();
		store.lockQuad(quad.id());
		long submission = store.insertSubmission(quad.id(), Channel.FILE, actor.username(), now, clip(fileName));
		Connection connection = DataSourceUtils.getConnection(dataSource);
		FileImport file1;
		try {
			LineRules rules = rules(quad);
			rules.fileOf(xlsx ? 1 << 10 : size / 32);
			file1 = new FileImport(rules, submission, settings.maxListedErrors(),
					connection.unwrap(PGConnection.class).getCopyAPI(), progress);
		}
		catch (SQLException e) {
			throw new IllegalStateException("The database connection does not support COPY", e);
		}
		FileImport im = file1;
		try {
			if (xlsx) {
				XlsxRows.read(java.util.Objects.requireNonNull(file).toFile(), (index, name) -> {
					if (index == 0) {
						return new XlsxRows.SheetSinks.Target(im.exportLines(), Set.of(0));
					}
					var sink = im.section(name);
					return sink == null ? null : new XlsxRows.SheetSinks.Target(sink, Set.of(0));
				});
			}
			else if (csv != null) {
				CsvRows.read(csv, im.exportLines());
			}
			else {
				try (InputStream in = Files.newInputStream(java.util.Objects.requireNonNull(file))) {
					CsvRows.read(new java.io.BufferedInputStream(in, 1 << 16), im.exportLines());
				}
			}
			im.endOfFile();
			if (im.months().isEmpty() && im.errorCount() == 0) {
				im.noData();
			}
			if (im.errorCount() > 0) {
				im.cancel();
				throw new ReportFileRejected(im.errors(), im.errorCount());
			}
			im.finish();
		}
		catch (MalformedFile e) {
			im.cancel();
			throw malformed(e.getMessage());
		}
		catch (IOException e) {
			im.cancel();
			throw malformed("The file could not be read: " + e.getMessage());
		}
		catch (RuntimeException e) {
			im.cancel();
			throw e;
		}
		List<String> overlap = store.overlapping(quad.id(), PeriodKind.MONTH, im.months());
		if (!overlap.isEmpty()) {
			throw overlapProblem(overlap);
		}
		Map<LocalDate, Integer> revisions = store.latestRevisions(quad.id(), PeriodKind.MONTH);
		BigDecimal total = BigDecimal.ZERO.setScale(2);
		store.supersedePendingMonths(quad.id(), im.months());
		for (YearMonth month : im.months()) {
			Period period = Period.month(month);
			store.insertReport(quad.id(), period, revisions.getOrDefault(period.start(), 0) + 1, submission,
					actor.username(), now, im.lines(month), im.sum(month), im.sections(month));
			total = total.add(im.sum(month));
		}
		List<ReportDetails> created = store.ofSubmission(submission);
		store.setSubmissionLines(submission, im.lines());
		store.insertRollup(submission, im.rollup());
		Map<String, Object> after = new java.util.LinkedHashMap<>();
		after.put("quadId", quad.id());
		after.put("fileName", clip(fileName));
		after.put("periods", im.months().stream().map(YearMonth::toString).toList());
		after.put("lines", im.lines());
		after.put("exportsUsd", total);
		after.put("reports", created.stream().map(ReportDetails::id).toList());
		events.publishEvent(new StateChange("report", "submission-" + submission, "upload", null, after));
		return new UploadResult(submission, im.lines(), total, created);
	}

	/** The coordinating authority accepts or returns a submitted revision. */
	public ReportDetails review(Actor actor, long reportId, ReviewDecision decision) {
		if (!actor.isAuthority()) {
			throw DomainProblem.forbidden("Only the coordinating authority reviews reports.");
		}
		if (decision.decision() == null) {
			throw DomainProblem.invalid("decision", "is required, ACCEPT or RETURN");
		}
		String note = decision.note() == null ? null : decision.note().trim();
		if (decision.decision() == ReviewDecision.Verdict.RETURN && (note == null || note.isEmpty())) {
			throw DomainProblem.invalid("note", "is required when returning a report: say what to correct");
		}
		if (note != null && note.length() > 2000) {
			throw DomainProblem.invalid("note", "is longer than 2000 characters");
		}
		ReportDetails report = load(reportId);
		changes.changed(report.quadId());
		changes.submitted();
		store.lockQuad(report.quadId());
		report = load(reportId);
		if (report.status() != ReportStatus.SUBMITTED) {
			throw new DomainProblem(DomainProblem.Kind.CONFLICT, "not-awaiting-review", "Not awaiting review",
					"Report " + reportId + " is " + report.status() + "; only a submitted revision can be reviewed.");
		}
		long version = decision.version() == null ? report.version() : decision.version();
		Period period = Period.parse(report.period());
		boolean accept = decision.decision() == ReviewDecision.Verdict.ACCEPT;
		if (accept && store.effectiveRevision(report.quadId(), period).orElse(0) > report.revision()) {
			throw new DomainProblem(DomainProblem.Kind.CONFLICT, "newer-revision-accepted", "Newer revision accepted",
					"A newer revision of " + period + " is already accepted.");
		}
		if (!store.decide(reportId, version, accept ? ReportStatus.ACCEPTED : ReportStatus.RETURNED, actor.username(),
				clock.instant(), note)) {
			throw DomainProblem.staleVersion("Report", reportId);
		}
		if (accept) {
			store.makeEffective(report.quadId(), period, reportId);
		}
		ReportDetails reviewed = load(reportId);
		Map<String, Object> after = new java.util.LinkedHashMap<>();
		after.put("status", reviewed.status().name());
		after.put("period", reviewed.period());
		after.put("revision", reviewed.revision());
		after.put("note", note == null ? "" : note);
		events.publishEvent(new StateChange("report", String.valueOf(reportId), "review",
				Map.of("status", report.status().name(), "period", report.period()), after));
		return reviewed;
	}

	@Transactional(readOnly = true)
	public ReportDetails find(Actor actor, long reportId) {
		ReportDetails report = load(reportId);
		quadForReading(actor, report.quadId());
		return report;
	}

	/** Every revision of every period of a QUAD (its reporting history). */
	@Transactional(readOnly = true)
	public List<ReportDetails> ofQuad(Actor actor, long quadId) {
		quadForReading(actor, quadId);
		return store.ofQuad(quadId);
	}

	@Transactional(readOnly = true)
	public List<ExportLineView> lines(Actor actor, long reportId, int page, int size) {
		find(actor, reportId);
		if (page < 0 || size < 1 || size > 1000) {
			throw DomainProblem.invalid("size", "page from 0, size from 1 to 1000");
		}
		return store.lines(reportId, page * size, size);
	}

	/** Revisions waiting for review, oldest first (those who read everything). */
	@Transactional(readOnly = true)
	public List<ReportDetails> awaitingReview(Actor actor) {
		if (!actor.readsEverything()) {
			throw DomainProblem.forbidden("Only the coordinating authority and those who read everything see the review queue.");
		}
		return store.withStatus(ReportStatus.SUBMITTED, 500);
	}

	/** The QUAD if the actor may report for it: the coordinating authority, or a partner user of one of the four. */
	QuadDetails quadForWriting(Actor actor, long quadId) {
		QuadDetails quad = quads.find(Actor.system(), quadId);
		boolean partner = actor.has(Role.PARTNER)
				&& quad.partners().values().stream().anyMatch(p -> actor.actsFor(p.id()));
		if (!actor.isAuthority() && !partner) {
			throw new DomainProblem(DomainProblem.Kind.FORBIDDEN, "not-own-quad", "Not your QUAD",
					"Only the coordinating authority or a partner organisation of this QUAD may report for it.");
		}
		if (quad.establishedOn() == null) {
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "quad-not-established", "QUAD not established",
					"QUAD " + quadId + " is " + quad.status() + "; reports start once it is established.");
		}
		return quad;
	}

	QuadDetails quadForReading(Actor actor, long quadId) {
		QuadDetails quad = quads.find(Actor.system(), quadId);
		if (!actor.readsEverything() && quad.partners().values().stream().noneMatch(p -> actor.actsFor(p.id()))) {
			throw DomainProblem.forbidden("You may read only the reports of QUADs your organisation belongs to.");
		}
		return quad;
	}

	/** The months a QUAD may report: from its establishment to its horizon, and not beyond the current month. */
	LineRules rules(QuadDetails quad) {
		YearMonth first = YearMonth.from(quad.establishedOn());
		YearMonth horizon = first.plusYears(settings.horizonYears()).minusMonths(1);
		YearMonth now = YearMonth.now(clock);
		return now.isBefore(horizon) ? new LineRules(first, now, "in the future; the latest month that can be reported is")
				: new LineRules(first, horizon, "after the QUAD's reporting horizon of " + settings.horizonYears()
						+ " years; the last month is");
	}

	private void requireNoOverlap(long quadId, Period period) {
		List<String> overlap = store.overlapping(quadId, period.kind(), period.months());
		if (!overlap.isEmpty()) {
			throw overlapProblem(overlap);
		}
	}

	private static DomainProblem overlapProblem(List<String> overlap) {
		return new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "period-overlap", "Period already reported",
				"Already reported as " + String.join(", ", overlap)
						+ "; a QUAD reports a month either monthly or in its quarter, not both.",
				List.of(new FieldProblem("period", "overlaps " + String.join(", ", overlap))));
	}

	private ReportDetails load(long reportId) {
		return store.find(reportId).orElseThrow(() -> DomainProblem.notFound("Report", reportId));
	}

	/** The web form's way in: the same rules as the API, recorded as channel FORM. */
	public ReportDetails submitForm(Actor actor, long quadId, SubmitReport report) {
		return store(actor, quadForWriting(actor, quadId), report, Channel.FORM);
	}

	private String hash(long quadId, SubmitReport report) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(Long.toString(quadId).getBytes(StandardCharsets.UTF_8));
			digest.update(json.writeValueAsBytes(report));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static boolean isXlsx(String fileName, byte[] head) {
		String name = fileName.toLowerCase(Locale.ROOT);
		boolean zip = head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
		if (name.endsWith(".xlsx")) {
			if (!zip) {
				throw malformed("The file is named .xlsx but is not an XLSX workbook.");
			}
			return true;
		}
		if (name.endsWith(".csv") || name.endsWith(".txt")) {
			if (zip) {
				throw malformed("The file is named .csv but is a zip or workbook; save it as CSV UTF-8 or name it .xlsx.");
			}
			return false;
		}
		if (name.endsWith(".xls")) {
			throw new DomainProblem(DomainProblem.Kind.INVALID, "unsupported-file-type", "Unsupported file type",
					"Old Excel (.xls) files are not accepted; save the workbook as .xlsx or the sheet as CSV UTF-8.");
		}
		return zip;
	}

	private static DomainProblem malformed(String detail) {
		return new DomainProblem(DomainProblem.Kind.INVALID, "malformed-file", "Malformed file", detail
				+ " Nothing was stored.");
	}

	private static @Nullable String clip(String name) {
		return name.length() > 300 ? name.substring(0, 300) : name;
	}
}
