package org.quadhub.reporting.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.quadhub.cluster.JobFile;
import org.quadhub.cluster.JobProgress;
import org.quadhub.cluster.JobState;
import org.quadhub.reporting.Dashboard;
import org.quadhub.reporting.Period;
import org.quadhub.reporting.ProgrammeDocuments;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quarterly programme report generated in the background for the web page, which polls the job (htmx) and
 * then offers the file for download, instead of a page that freezes while charts are drawn. The job's state and
 * its file are kept in the database ({@link JobProgress}), so behind a proxy the page can poll and download through
 * any instance, whichever one generates it. A job is visible only to the user who started it; finished jobs and
 * their files are kept a day. The API keeps answering with the file directly.
 */
@Component
class DocumentJobs {

	static final String KIND = "programme-report";
	private static final Logger log = LoggerFactory.getLogger(DocumentJobs.class);
	private static final Duration KEEP = Duration.ofHours(1);
	private static final int PER_USER = 5;

	private final ProgrammeDocuments documents;
	private final JobProgress progress;
	private final JsonMapper json;
	/** Jobs this instance runs or ran lately, to count a user's running jobs and answer polls without a query. */
	private final Map<String, DocumentJob> jobs = new ConcurrentHashMap<>();
	private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
		Thread t = new Thread(r, "programme-report");
		t.setDaemon(true);
		return t;
	});

	DocumentJobs(ProgrammeDocuments documents, JobProgress progress, JsonMapper json) {
		this.documents = documents;
		this.progress = progress;
		this.json = json;
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
		DocumentJob job = new DocumentJob(UUID.randomUUID().toString(), actor.username(),
				"quadhub-programme-" + quarter.label() + "." + format,
				format.equals("pdf") ? "application/pdf" : ProgrammeDocuments.XLSX, Instant.now());
		progress.start(job.id, KIND, actor.username(), job.fileName, null);
		jobs.put(job.id, job);
		executor.submit(() -> run(job, actor, format, quarter));
		return job;
	}

	private void run(DocumentJob job, Actor actor, String format, Period quarter) {
		byte[] file = null;
		try {
			file = format.equals("pdf") ? documents.pdf(actor, quarter) : documents.xlsx(actor, quarter);
		}
		catch (DomainProblem problem) {
			job.problem = problem;
		}
		catch (RuntimeException e) {
			log.error("Programme report {} ({} {}) failed", job.id, format, quarter, e);
			job.problem = failed();
		}
		try {
			if (file != null) {
				progress.finish(job.id, 1, json.writeValueAsString(new Outcome(file.length, job.contentType, null)),
						new JobFile(job.fileName, job.contentType, file));
				job.bytes = file.length;
			}
			else {
				DomainProblem problem = job.problem;
				progress.finish(job.id, false, 0, json.writeValueAsString(new Outcome(0, job.contentType,
						problem == null ? null : UploadJobs.StoredProblem.of(problem))));
			}
		}
		catch (RuntimeException e) {
			log.error("Could not store programme report {}", job.id, e);
			job.problem = failed();
		}
		finally {
			job.finishedAt = Instant.now();
		}
	}

	/** The job, live when this instance runs it, else as the database has it. */
	Optional<DocumentJob> find(Actor actor, String id) {
		DocumentJob job = jobs.get(id);
		if (job != null) {
			return job.username.equals(actor.username()) ? Optional.of(job) : Optional.empty();
		}
		return progress.find(id, KIND, actor.username()).map(this::rebuild);
	}

	/** The finished file of the user's job, whichever instance generated it. */
	Optional<JobFile> file(Actor actor, String id) {
		return find(actor, id).filter(DocumentJob::ready).flatMap(job -> progress.file(job.id));
	}

	private DocumentJob rebuild(JobState state) {
		Outcome outcome = state.outcome() == null ? null : json.readValue(state.outcome(), Outcome.class);
		DocumentJob job = new DocumentJob(state.id(), state.owner(), state.label(),
				outcome == null ? "application/octet-stream" : outcome.contentType(), state.startedAt());
		if (state.finished()) {
			if (state.status() == JobState.Status.SUCCEEDED && outcome != null) {
				job.bytes = outcome.bytes();
			}
			else {
				job.problem = outcome != null && outcome.problem() != null ? outcome.problem().toProblem() : failed();
			}
			job.finishedAt = state.finishedAt();
		}
		return job;
	}

	private static DomainProblem failed() {
		return new DomainProblem(DomainProblem.Kind.INVALID, "report-failed", "Report failed",
				"The report could not be generated.");
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

	/** What the database keeps of a finished report besides its file (JSON in the job's row). */
	record Outcome(long bytes, String contentType, UploadJobs.@Nullable StoredProblem problem) {
	}
}
