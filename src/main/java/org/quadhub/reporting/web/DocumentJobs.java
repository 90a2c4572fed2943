package org.quadhub.reporting.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.quadhub.reporting.Dashboard;
import org.quadhub.reporting.Period;
import org.quadhub.reporting.ProgrammeDocuments;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The quarterly programme report generated in the background for the web page, which polls the job (htmx) and
 * then offers the file for download, instead of a page that freezes while charts are drawn. A job is visible only
 * to the user who started it; its file is kept for an hour after it ends. The API keeps answering with the file
 * directly.
 */
@Component
class DocumentJobs {

	private static final Logger log = LoggerFactory.getLogger(DocumentJobs.class);
	private static final Duration KEEP = Duration.ofHours(1);
	private static final int PER_USER = 5;

	private final ProgrammeDocuments documents;
	private final Map<String, DocumentJob> jobs = new ConcurrentHashMap<>();
	private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
		Thread t = new Thread(r, "programme-report");
		t.setDaemon(true);
		return t;
	});

	DocumentJobs(ProgrammeDocuments documents) {
		this.documents = documents;
	}

	/** Starts generating {@code pdf} or {@code xlsx} for the quarter; checks the format and the viewer first. */
	DocumentJob start(Actor actor, String format, Period quarter) {
		if (!Dashboard.mayView(actor)) {
			throw DomainProblem.forbidden("The programme report is for the coordinating authority and the joint committee.");
		}
		if (!format.equals("pdf") && !format.equals("xlsx")) {
			throw DomainProblem.invalid("format", "must be pdf or xlsx");
		}
		forgetOld();
		long running = jobs.values().stream().filter(j -> j.username.equals(actor.username()) && !j.finished()).count();
		if (running >= PER_USER) {
			throw new DomainProblem(DomainProblem.Kind.CONFLICT, "too-many-report-jobs", "Too many reports in progress",
					"Wait for the reports already being generated.");
		}
		DocumentJob job = new DocumentJob(actor.username(), format, quarter.label(),
				format.equals("pdf") ? "application/pdf" : ProgrammeDocuments.XLSX);
		jobs.put(job.id, job);
		executor.submit(() -> {
			try {
				job.file = format.equals("pdf") ? documents.pdf(actor, quarter) : documents.xlsx(actor, quarter);
			}
			catch (DomainProblem problem) {
				job.problem = problem;
			}
			catch (RuntimeException e) {
				log.error("Programme report {} ({} {}) failed", job.id, format, quarter, e);
				job.problem = new DomainProblem(DomainProblem.Kind.INVALID, "report-failed", "Report failed",
						"The report could not be generated.");
			}
			finally {
				job.finishedAt = Instant.now();
			}
		});
		return job;
	}

	Optional<DocumentJob> find(Actor actor, String id) {
		DocumentJob job = jobs.get(id);
		return job != null && job.username.equals(actor.username()) ? Optional.of(job) : Optional.empty();
	}

	private void forgetOld() {
		Instant limit = Instant.now().minus(KEEP);
		jobs.values().removeIf(j -> {
			Instant end = j.finishedAt;
			return end != null && end.isBefore(limit);
		});
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}
}
