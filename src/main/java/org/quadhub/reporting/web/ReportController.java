package org.quadhub.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.quadhub.reporting.Dashboard;
import org.quadhub.reporting.ExportLineView;
import org.quadhub.reporting.FileTooLarge;
import org.quadhub.reporting.Period;
import org.quadhub.reporting.PeriodKind;
import org.quadhub.reporting.ProgrammeDashboard;
import org.quadhub.reporting.ProgrammeDocuments;
import org.quadhub.reporting.QuadPerformance;
import org.quadhub.reporting.ReportDetails;
import org.quadhub.reporting.ReportFileRejected;
import org.quadhub.reporting.Reports;
import org.quadhub.reporting.ReviewDecision;
import org.quadhub.reporting.SubmitReport;
import org.quadhub.reporting.Submitted;
import org.quadhub.reporting.Targets;
import org.quadhub.reporting.TrajectoryShape;
import org.quadhub.reporting.UploadResult;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Results reports, review, targets, the dashboard read model, templates and the quarterly programme report. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reporting", description = "Results reports, review, targets and the programme dashboard")
class ReportController {

	static final String TYPE_BASE = "https://quadhub.gov.pk/problems/";

	private final Reports reports;
	private final Targets targets;
	private final Dashboard dashboard;
	private final ProgrammeDocuments documents;

	ReportController(Reports reports, Targets targets, Dashboard dashboard, ProgrammeDocuments documents) {
		this.reports = reports;
		this.targets = targets;
		this.dashboard = dashboard;
		this.documents = documents;
	}

	@PostMapping("/quads/{id}/reports")
	@Operation(summary = "Submit a report for one period (JSON)",
			description = "AUTHORITY, or a PARTNER of this QUAD. Creates a new revision waiting for review. With an "
					+ "Idempotency-Key header a retry returns the first result and stores nothing again.")
	ResponseEntity<ReportDetails> submit(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
			@RequestBody SubmitReport report) {
		Submitted submitted = reports.submit(actor, id, report, key);
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/reports/{id}")
			.buildAndExpand(submitted.report().id()).toUri();
		return ResponseEntity.status(HttpStatus.CREATED).location(location)
			.header("Idempotent-Replayed", Boolean.toString(submitted.replayed()))
			.body(submitted.report());
	}

	@PostMapping(path = "/quads/{id}/reports/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a CSV or XLSX report file",
			description = "Multipart part 'file'. All or nothing: any bad row gives 422 listing every bad row with "
					+ "row, column and reason, and nothing is stored. Each month in the file becomes a new revision.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
			mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = UploadForm.class)))
	ResponseEntity<UploadResult> upload(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			HttpServletRequest request) throws IOException {
		MultipartHttpServletRequest parsed = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (parsed == null || parsed instanceof StandardMultipartHttpServletRequest) {
			// a real request whose body nobody has read yet (multipart parsing is lazy): read the file as it arrives
			StreamedPart part = StreamedPart.find(request, "file");
			if (part != null) {
				UploadResult result = reports.upload(actor, id, part.fileName(), part.content(),
						request.getContentLengthLong(), new AtomicLong());
				return ResponseEntity.status(HttpStatus.CREATED).body(result);
			}
		}
		MultipartFile file = parsed == null ? null : parsed.getFile("file");
		if (file == null) {
			throw DomainProblem.invalid("file", "is required: the report file as the multipart part 'file'");
		}
		String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
		Path temp = Files.createTempFile("quadhub-report-", ".upload");
		try {
			file.transferTo(temp);
			UploadResult result = reports.upload(actor, id, name, temp, new AtomicLong());
			return ResponseEntity.status(HttpStatus.CREATED).body(result);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	/** The upload's form, for the API documentation. */
	record UploadForm(@Schema(type = "string", format = "binary", description = "The CSV or XLSX report file")
			String file) {
	}

	@GetMapping("/quads/{id}/reports")
	@Operation(summary = "Every revision of every period of a QUAD, newest first")
	List<ReportDetails> ofQuad(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return reports.ofQuad(actor, id);
	}

	@GetMapping("/reports/{reportId}")
	@Operation(summary = "One revision of a report")
	ReportDetails find(@Parameter(hidden = true) Actor actor, @PathVariable long reportId) {
		return reports.find(actor, reportId);
	}

	@GetMapping("/reports/{reportId}/lines")
	@Operation(summary = "Export lines of one revision, a page at a time")
	List<ExportLineView> lines(@Parameter(hidden = true) Actor actor, @PathVariable long reportId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
		return reports.lines(actor, reportId, page, size);
	}

	@GetMapping("/reports")
	@Operation(summary = "Revisions waiting for review, oldest first")
	List<ReportDetails> awaiting(@Parameter(hidden = true) Actor actor) {
		return reports.awaitingReview(actor);
	}

	@PostMapping("/reports/{reportId}/review")
	@Operation(summary = "Accept or return a submitted revision (AUTHORITY)",
			description = "{decision: ACCEPT|RETURN, note, version}; returning needs a note; a stale version gives 409.")
	ReportDetails review(@Parameter(hidden = true) Actor actor, @PathVariable long reportId,
			@RequestBody ReviewDecision decision) {
		return reports.review(actor, reportId, decision);
	}

	@GetMapping("/quads/{id}/performance")
	@Operation(summary = "Trajectory, accepted exports, traffic light and forecast of a QUAD")
	QuadPerformance performance(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return targets.performance(actor, id);
	}

	@PutMapping("/quads/{id}/trajectory")
	@Operation(summary = "Set the shape of a QUAD's target S-curve (AUTHORITY)",
			description = "{steepness, midpointFraction, version}; version is null for the first setting.")
	TrajectoryShape trajectory(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@RequestBody TrajectoryShape shape) {
		return targets.setShape(actor, id, shape.steepness(), shape.midpointFraction(), shape.version());
	}

	@GetMapping("/dashboard")
	@Operation(summary = "Programme dashboard read model (AUTHORITY, COMMITTEE)")
	ProgrammeDashboard dashboard(@Parameter(hidden = true) Actor actor,
			@RequestParam(required = false) @Nullable Integer year) {
		return dashboard.programme(actor, year);
	}

	@GetMapping("/reports/template.csv")
	@Operation(summary = "CSV template of the export lines")
	ResponseEntity<byte[]> csvTemplate() {
		return download(ProgrammeDocuments.csvTemplate(), "quadhub-export-lines.csv", "text/csv;charset=UTF-8");
	}

	@GetMapping("/reports/template.xlsx")
	@Operation(summary = "XLSX template: export lines on the first sheet, the other sections on their own sheets")
	ResponseEntity<byte[]> xlsxTemplate() {
		return download(documents.xlsxTemplate(), "quadhub-report.xlsx", ProgrammeDocuments.XLSX);
	}

	@GetMapping("/reports/programme.pdf")
	@Operation(summary = "Quarterly programme report as PDF (AUTHORITY, COMMITTEE)", description = "quarter=2027-Q1")
	ResponseEntity<byte[]> programmePdf(@Parameter(hidden = true) Actor actor,
			@RequestParam(required = false) @Nullable String quarter) {
		Period q = quarter(quarter);
		return download(documents.pdf(actor, q), "quadhub-programme-" + q.label() + ".pdf", "application/pdf");
	}

	@GetMapping("/reports/programme.xlsx")
	@Operation(summary = "All accepted figures as XLSX, as of the end of a quarter (AUTHORITY, COMMITTEE)")
	ResponseEntity<byte[]> programmeXlsx(@Parameter(hidden = true) Actor actor,
			@RequestParam(required = false) @Nullable String quarter) {
		Period q = quarter(quarter);
		return download(documents.xlsx(actor, q), "quadhub-programme-" + q.label() + ".xlsx", ProgrammeDocuments.XLSX);
	}

	private Period quarter(@Nullable String text) {
		return quarter(documents, text);
	}

	/** The quarter asked for, or the last complete one; anything but {@code YYYY-Qn} is a 400 naming the field. */
	static Period quarter(ProgrammeDocuments documents, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return documents.lastCompleteQuarter();
		}
		try {
			Period period = Period.parse(text);
			if (period.kind() != PeriodKind.QUARTER) {
				throw new IllegalArgumentException();
			}
			return period;
		}
		catch (IllegalArgumentException e) {
			throw DomainProblem.invalid("quarter", "must be YYYY-Qn, e.g. 2027-Q1");
		}
	}

	private static ResponseEntity<byte[]> download(byte[] body, String name, String type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(MediaType.parseMediaType(type))
			.body(body);
	}

	@ExceptionHandler(ReportFileRejected.class)
	ResponseEntity<ProblemDetail> rejected(ReportFileRejected failure) {
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(failure));
	}

	@ExceptionHandler(FileTooLarge.class)
	ResponseEntity<ProblemDetail> tooLarge(FileTooLarge failure) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, failure.detail());
		problem.setType(URI.create(TYPE_BASE + failure.slug()));
		problem.setTitle(failure.title());
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/** 422 with {@code errors[]} of {row, column, sheet, field, message}; {@code errorCount} is the total. */
	static ProblemDetail problem(ReportFileRejected failure) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, failure.detail());
		problem.setType(URI.create(TYPE_BASE + failure.slug()));
		problem.setTitle(failure.title());
		problem.setProperty("errorCount", failure.totalErrors());
		problem.setProperty("errors", failure.rows().stream()
			.map(r -> Map.of("row", r.row(), "column", r.column(), "sheet", r.sheet(),
					"field", "row " + r.row() + " " + r.column(), "message", r.reason()))
			.toList());
		return problem;
	}
}
