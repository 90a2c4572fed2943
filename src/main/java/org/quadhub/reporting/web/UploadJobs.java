package org.quadhub.reporting.web;

import jakarta.annotation.PreDestroy;
import org.quadhub.reporting.Reports;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Uploads from the web page run in the background so the page can show progress (htmx polls the job) instead of
 * freezing; each job is visible only to the user who started it and is forgotten an hour after it ends.
 */
@Component
class UploadJobs {

	private static final Logger log = LoggerFactory.getLogger(UploadJobs.class);
	private static final Duration KEEP = Duration.ofHours(1);

	private final Reports reports;
	private final Map<String, UploadJob> jobs = new ConcurrentHashMap<>();
	private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
		Thread t = new Thread(r, "report-upload");
		t.setDaemon(true);
		return t;
	});

	UploadJobs(Reports reports) {
		this.reports = reports;
	}

	/** Starts importing a file already saved to {@code file}; the job deletes it when done. */
	UploadJob start(Actor actor, long quadId, String fileName, Path file) {
		forgetOld();
		UploadJob job = new UploadJob(actor.username(), quadId, fileName);
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

	Optional<UploadJob> find(Actor actor, String id) {
		UploadJob job = jobs.get(id);
		return job != null && job.username.equals(actor.username()) ? Optional.of(job) : Optional.empty();
	}

	private void forgetOld() {
		Instant limit = Instant.now().minus(KEEP);
		jobs.values().removeIf(j -> j.finishedAt != null && j.finishedAt.isBefore(limit));
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}
}
