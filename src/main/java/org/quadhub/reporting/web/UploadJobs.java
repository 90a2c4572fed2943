package org.quadhub.reporting.web;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.quadhub.cluster.JobProgress;
import org.quadhub.cluster.JobState;
import org.quadhub.reporting.ReportFileRejected;
import org.quadhub.reporting.Reports;
import org.quadhub.reporting.RowError;
import org.quadhub.reporting.UploadResult;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Uploads from the web page run in the background so the page can show progress (htmx polls the job, or the page
 * follows {@code /jobs/{id}/events}) instead of freezing; each job is visible only to the user who started it. The
 * job's progress and outcome are written to the database ({@link JobProgress}), so a page served by another
 * instance behind the proxy follows it too; this instance keeps the live job an hour after it ends.
 */
@Component
class UploadJobs {

	static final String KIND = "report-upload";
	private static final Logger log = LoggerFactory.getLogger(UploadJobs.class);
	private static final Duration KEEP = Duration.ofHours(1);

	private final Reports reports;
	private final JobProgress progress;
	private final JsonMapper json;
	private final Map<String, UploadJob> jobs = new ConcurrentHashMap<>();
	private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
		Thread t = new Thread(r, "report-upload");
		t.setDaemon(true);
		return t;
	});
	private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "report-upload-progress");
		t.setDaemon(true);
		return t;
	});

	UploadJobs(Reports reports, JobProgress progress, JsonMapper json) {
		this.reports = reports;
		this.progress = progress;
		this.json = json;
		flusher.scheduleWithFixedDelay(this::flush, 250, 250, TimeUnit.MILLISECONDS);
	}

	/** Starts importing a file already saved to {@code file}; the job deletes it when done. */
	UploadJob start(Actor actor, long quadId, String fileName, Path file) {
		forgetOld();
		UploadJob job = new UploadJob(actor.username(), quadId, fileName);
		progress.start(job.id, KIND, actor.username(), fileName, null);
		jobs.put(job.id, job);
		executor.submit(() -> {
			try {
				job.result = reports.upload(actor, quadId, fileName, file, job.rows);
			}
			catch (DomainProblem problem) {
				job.problem = problem;
			}
			catch (RuntimeException e) {
				log.error("Upload {} of {} failed", job.id, fileName, e);
				job.problem = new DomainProblem(DomainProblem.Kind.INVALID, "upload-failed", "Upload failed",
						"The file could not be processed; nothing was stored.");
			}
			finally {
				record(job);
				job.finishedAt = Instant.now();
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException e) {
					log.warn("Could not delete {}", file);
				}
			}
		});
		return job;
	}

	/** The job, live when this instance runs it, else as the database has it. */
	Optional<UploadJob> find(Actor actor, String id) {
		UploadJob job = jobs.get(id);
		if (job != null) {
			return job.username.equals(actor.username()) ? Optional.of(job) : Optional.empty();
		}
		return progress.find(id, KIND, actor.username()).map(this::rebuild);
	}

	/** What another instance shows: rows so far and, once finished, the stored outcome. */
	private UploadJob rebuild(JobState state) {
		Outcome outcome = state.outcome() == null ? null : json.readValue(state.outcome(), Outcome.class);
		UploadJob job = new UploadJob(state.id(), state.owner(), outcome == null ? 0 : outcome.quadId(), state.label());
		job.rows.set(state.done());
		if (state.finished()) {
			if (outcome != null && outcome.result() != null) {
				job.result = outcome.result();
			}
			else if (outcome != null && outcome.problem() != null) {
				job.problem = outcome.problem().toProblem();
			}
			else {
				job.problem = new DomainProblem(DomainProblem.Kind.INVALID, "upload-failed", "Upload failed",
						"The upload stopped before it finished; nothing was stored.");
			}
			job.finishedAt = state.finishedAt();
		}
		return job;
	}

	private void record(UploadJob job) {
		try {
			DomainProblem problem = job.problem;
			Outcome outcome = new Outcome(job.quadId, job.result, problem == null ? null : StoredProblem.of(problem));
			progress.finish(job.id, job.result != null, job.rows.get(), json.writeValueAsString(outcome));
		}
		catch (RuntimeException e) {
			log.warn("Could not record the outcome of upload {}", job.id, e);
		}
	}

	private void flush() {
		for (UploadJob job : jobs.values()) {
			long rows = job.rows.get();
			if (!job.finished() && rows != job.flushedRows) {
				try {
					progress.progress(job.id, rows);
					job.flushedRows = rows;
				}
				catch (RuntimeException e) {
					log.debug("Could not record the progress of upload {}", job.id, e);
				}
			}
		}
	}

	private void forgetOld() {
		Instant limit = Instant.now().minus(KEEP);
		jobs.values().removeIf(j -> j.finishedAt != null && j.finishedAt.isBefore(limit));
	}

	@PreDestroy
	void stop() {
		flusher.shutdownNow();
		executor.shutdownNow();
	}

	/** What the database keeps of a finished upload (JSON in the job's row). */
	record Outcome(long quadId, @Nullable UploadResult result, @Nullable StoredProblem problem) {
	}

	/** A problem as stored: enough to show it again, rejected rows included. */
	record StoredProblem(DomainProblem.Kind kind, String slug, String title, String detail,
			@Nullable List<RowError> rows, long totalErrors) {

		static StoredProblem of(DomainProblem problem) {
			if (problem instanceof ReportFileRejected rejected) {
				return new StoredProblem(problem.kind(), problem.slug(), problem.title(), problem.detail(),
						rejected.rows(), rejected.totalErrors());
			}
			return new StoredProblem(problem.kind(), problem.slug(), problem.title(), problem.detail(), null, 0);
		}

		DomainProblem toProblem() {
			return rows != null ? new ReportFileRejected(rows, totalErrors)
					: new DomainProblem(kind, slug, title, detail);
		}
	}
}
