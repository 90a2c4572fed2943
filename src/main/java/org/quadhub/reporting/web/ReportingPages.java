package org.quadhub.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.quadhub.cluster.JobFile;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.Quads;
import org.quadhub.reporting.Dashboard;
import org.quadhub.reporting.JobCategory;
import org.quadhub.reporting.PatentStage;
import org.quadhub.reporting.ProgrammeDashboard;
import org.quadhub.reporting.ProgrammeDocuments;
import org.quadhub.reporting.QuadPerformance;
import org.quadhub.reporting.ReportDetails;
import org.quadhub.reporting.ReportStatus;
import org.quadhub.reporting.Reports;
import org.quadhub.reporting.ReviewDecision;
import org.quadhub.reporting.Targets;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Dashboard, QUAD reporting page, report form, upload with progress, report detail and review queue. */
@Controller
class ReportingPages {

	private final Reports reports;
	private final Targets targets;
	private final Dashboard dashboard;
	private final ProgrammeDocuments documents;
	private final Quads quads;
	private final UploadJobs uploads;
	private final DocumentJobs documentJobs;
	private final MessageSource messages;
	private final JsonMapper json;

	ReportingPages(Reports reports, Targets targets, Dashboard dashboard, ProgrammeDocuments documents, Quads quads,
			UploadJobs uploads, DocumentJobs documentJobs, MessageSource messages, JsonMapper json) {
		this.documentJobs = documentJobs;
		this.reports = reports;
		this.targets = targets;
		this.dashboard = dashboard;
		this.documents = documents;
		this.quads = quads;
		this.uploads = uploads;
		this.messages = messages;
		this.json = json;
	}

	private String msg(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	@GetMapping("/reporting")
	String dashboard(Actor actor, @RequestParam(required = false) @Nullable Integer year, Model model) {
		ProgrammeDashboard d = dashboard.programme(actor, year);
		model.addAttribute("d", d);
		model.addAttribute("chartData", json.writeValueAsString(chartData(d)));
		model.addAttribute("quarter", documents.lastCompleteQuarter().label());
		return "reporting/dashboard";
	}

	private Map<String, Object> chartData(ProgrammeDashboard d) {
		Map<String, Object> data = new LinkedHashMap<>();
		Map<String, String> labels = new LinkedHashMap<>();
		for (String key : List.of("actual", "trajectory", "target", "jobs", "women", "bn", "m")) {
			labels.put(key, msg("reporting.chart." + key));
		}
		data.put("labels", labels);
		data.put("programme", d.programme());
		data.put("targetUsd", d.programmeTargetUsd());
		data.put("targetYear", d.programmeTargetYear());
		List<Map<String, Object>> quads = new ArrayList<>();
		for (ProgrammeDashboard.QuadStanding q : d.quads()) {
			quads.add(Map.of("id", q.quadId(), "name", q.name(), "standing", q.standing().name(), "years", q.years()));
		}
		data.put("quads", quads);
		data.put("destinations", d.topDestinations());
		data.put("regions", d.regions());
		List<Map<String, Object>> jobs = new ArrayList<>();
		for (ProgrammeDashboard.Jobs j : d.jobs()) {
			jobs.add(Map.of("category", msg("reporting.job." + j.category()), "jobs", j.jobs(), "women", j.women()));
		}
		data.put("jobs", jobs);
		return data;
	}

	/** Starts generating the quarterly report; the fragment polls until the download link is ready. */
	@PostMapping("/reporting/documents")
	String startDocument(Actor actor, @RequestParam(defaultValue = "pdf") String format,
			@RequestParam(required = false) @Nullable String quarter, Model model) {
		try {
			model.addAttribute("job", documentJobs.start(actor, format, ReportController.quarter(documents, quarter)));
		}
		catch (DomainProblem problem) {
			if (problem.kind() == DomainProblem.Kind.FORBIDDEN) {
				throw problem;
			}
			model.addAttribute("documentError", problem.errors().isEmpty() ? problem.detail()
					: problem.errors().get(0).field() + ": " + problem.errors().get(0).message());
		}
		return "reporting/document-status :: status";
	}

	@GetMapping("/reporting/documents/{job}")
	String documentStatus(Actor actor, @PathVariable String job, Model model) {
		model.addAttribute("job", documentJobs.find(actor, job).orElseThrow(() -> DomainProblem.notFound("Report job", job)));
		return "reporting/document-status :: status";
	}

	@GetMapping("/reporting/documents/{job}/file")
	org.springframework.http.ResponseEntity<byte[]> documentFile(Actor actor, @PathVariable String job) {
		JobFile file = documentJobs.file(actor, job)
			.orElseThrow(() -> DomainProblem.notFound("Report file", job));
		return org.springframework.http.ResponseEntity.ok()
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.attachment().filename(file.name()).build().toString())
			.contentType(org.springframework.http.MediaType.parseMediaType(file.contentType()))
			.body(file.content());
	}

	@GetMapping("/reporting/review")
	String review(Actor actor, Model model) {
		model.addAttribute("reports", reports.awaitingReview(actor));
		model.addAttribute("names", names());
		return "reporting/review";
	}

	private Map<Long, String> names() {
		Map<Long, String> names = new LinkedHashMap<>();
		quads.overview().quads().forEach(q -> names.put(q.id(), q.name()));
		return names;
	}

	@GetMapping("/quads/{id}/reporting")
	String quad(Actor actor, @PathVariable long id, Model model) {
		QuadDetails quad = quads.find(actor, id);
		QuadPerformance performance = targets.performance(actor, id);
		model.addAttribute("quad", quad);
		model.addAttribute("p", performance);
		model.addAttribute("reports", reports.ofQuad(actor, id));
		model.addAttribute("mayReport", quad.establishedOn() != null && mayReport(actor, quad));
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("months", performance.months());
		Map<String, String> labels = new LinkedHashMap<>();
		for (String key : List.of("actual", "trajectory", "forecast", "band", "m")) {
			labels.put(key, msg("reporting.chart." + key));
		}
		chart.put("labels", labels);
		model.addAttribute("chartData", json.writeValueAsString(chart));
		return "reporting/quad";
	}

	private static boolean mayReport(Actor actor, QuadDetails quad) {
		return actor.isAuthority() || (actor.has(Role.PARTNER)
				&& quad.partners().values().stream().anyMatch(p -> actor.actsFor(p.id())));
	}

	@PostMapping("/quads/{id}/trajectory")
	String trajectory(Actor actor, @PathVariable long id, @RequestParam(required = false) @Nullable Double steepness,
			@RequestParam(required = false) @Nullable Double midpointFraction,
			@RequestParam(required = false) @Nullable Long version, Model model) {
		try {
			targets.setShape(actor, id, steepness, midpointFraction, version);
			return "redirect:/quads/" + id + "/reporting?shaped";
		}
		catch (DomainProblem problem) {
			if (problem.kind() == DomainProblem.Kind.FORBIDDEN || problem.kind() == DomainProblem.Kind.NOT_FOUND) {
				throw problem;
			}
			model.addAttribute("shapeError", problem.detail());
			return quad(actor, id, model);
		}
	}

	@GetMapping("/quads/{id}/reports/new")
	String form(Actor actor, @PathVariable long id, Model model) {
		reportable(actor, id);
		return formPage(model, id, new ReportForm(), List.of());
	}

	@PostMapping("/quads/{id}/reports")
	String submit(Actor actor, @PathVariable long id, @ModelAttribute("form") ReportForm form, BindingResult binding,
			Model model) {
		if (binding.hasErrors()) {
			List<DomainProblem.FieldProblem> errors = binding.getFieldErrors().stream()
				.map(e -> new DomainProblem.FieldProblem(e.getField(), msg("form.invalidValue")))
				.toList();
			return formPage(model, id, form, errors);
		}
		try {
			ReportDetails stored = reports.submitForm(actor, id, form.command());
			return "redirect:/reports/" + stored.id() + "?submitted";
		}
		catch (DomainProblem problem) {
			if (problem.kind() == DomainProblem.Kind.FORBIDDEN || problem.kind() == DomainProblem.Kind.NOT_FOUND) {
				throw problem;
			}
			List<DomainProblem.FieldProblem> errors = problem.errors().isEmpty()
					? List.of(new DomainProblem.FieldProblem("", problem.detail())) : problem.errors();
			return formPage(model, id, form, errors);
		}
	}

	private String formPage(Model model, long id, ReportForm form, List<DomainProblem.FieldProblem> errors) {
		model.addAttribute("quad", quads.find(Actor.system(), id));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("categories", JobCategory.values());
		model.addAttribute("stages", PatentStage.values());
		return "reporting/form";
	}

	private QuadDetails reportable(Actor actor, long id) {
		QuadDetails quad = quads.find(Actor.system(), id);
		if (!mayReport(actor, quad)) {
			throw DomainProblem.forbidden("Only the coordinating authority or a partner of this QUAD reports for it.");
		}
		return quad;
	}

	@GetMapping("/quads/{id}/reports/upload")
	String uploadPage(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("quad", reportable(actor, id));
		return "reporting/upload";
	}

	@PostMapping("/quads/{id}/reports/upload")
	String upload(Actor actor, @PathVariable long id, @RequestParam("file") MultipartFile file, Model model)
			throws IOException {
		reportable(actor, id);
		String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
				: file.getOriginalFilename();
		Path temp = Files.createTempFile("quadhub-report-", ".upload");
		file.transferTo(temp);
		UploadJob job = uploads.start(actor, id, name, temp);
		model.addAttribute("job", job);
		return "reporting/upload-status :: status";
	}

	@GetMapping("/reporting/uploads/{job}")
	String uploadStatus(Actor actor, @PathVariable String job, Model model, HttpServletResponse response) {
		UploadJob found = uploads.find(actor, job)
			.orElseThrow(() -> DomainProblem.notFound("Upload", job));
		model.addAttribute("job", found);
		if (found.rejected() != null) {
			response.setStatus(200);
		}
		return "reporting/upload-status :: status";
	}

	@GetMapping("/reports/{reportId}")
	String report(Actor actor, @PathVariable long reportId, Model model) {
		ReportDetails report = reports.find(actor, reportId);
		model.addAttribute("report", report);
		model.addAttribute("quad", quads.find(Actor.system(), report.quadId()));
		model.addAttribute("lines", reports.lines(actor, reportId, 0, 200));
		model.addAttribute("reviewable", actor.isAuthority() && report.status() == ReportStatus.SUBMITTED);
		return "reporting/report";
	}

	@PostMapping("/reports/{reportId}/review")
	String decide(Actor actor, @PathVariable long reportId, @RequestParam ReviewDecision.Verdict decision,
			@RequestParam(required = false) @Nullable String note, @RequestParam long version, Model model) {
		try {
			reports.review(actor, reportId, new ReviewDecision(decision, note, version));
			return "redirect:/reports/" + reportId + "?reviewed";
		}
		catch (DomainProblem problem) {
			if (problem.kind() == DomainProblem.Kind.FORBIDDEN || problem.kind() == DomainProblem.Kind.NOT_FOUND) {
				throw problem;
			}
			model.addAttribute("reviewError", problem.detail());
			return report(actor, reportId, model);
		}
	}
}
