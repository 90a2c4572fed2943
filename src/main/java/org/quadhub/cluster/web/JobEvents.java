package org.quadhub.cluster.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.quadhub.cluster.JobProgress;
import org.quadhub.cluster.JobState;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Background job progress for the job's owner (or the coordinating authority), from the database, so any instance
 * answers: a snapshot, and a stream of server-sent events ({@code progress} while it runs, one {@code done} at the
 * end). The stream carries {@code X-Accel-Buffering: no} so that nginx passes each event on at once.
 */
@RestController
@Tag(name = "Jobs", description = "Progress of background jobs such as report uploads")
class JobEvents {

	private static final Logger log = LoggerFactory.getLogger(JobEvents.class);
	private static final Duration HEARTBEAT = Duration.ofSeconds(15);

	private final JobProgress progress;
	private final JsonMapper json;
	private final long pollMillis;
	private final Duration timeout;
	private final ScheduledExecutorService poller = Executors.newScheduledThreadPool(2, r -> {
		Thread t = new Thread(r, "job-events");
		t.setDaemon(true);
		return t;
	});

	JobEvents(JobProgress progress, JsonMapper json,
			@Value("${quadhub.jobs.events-poll:PT0.25S}") Duration poll,
			@Value("${quadhub.jobs.events-timeout:PT30M}") Duration timeout) {
		this.progress = progress;
		this.json = json;
		this.pollMillis = Math.max(50, poll.toMillis());
		this.timeout = timeout;
	}

	@Operation(summary = "Where a background job stands (its owner or AUTHORITY)")
	@GetMapping(path = "/api/v1/jobs/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> find(@Parameter(hidden = true) Actor actor, @PathVariable String id) {
		return view(visible(actor, id), true);
	}

	@Operation(summary = "Server-sent events: progress while the job runs, done with the outcome at the end")
	@GetMapping(path = { "/api/v1/jobs/{id}/events", "/jobs/{id}/events" })
	ResponseEntity<SseEmitter> events(@Parameter(hidden = true) Actor actor, @PathVariable String id) {
		JobState first = visible(actor, id);
		SseEmitter emitter = new SseEmitter(timeout.toMillis());
		AtomicReference<@Nullable ScheduledFuture<?>> task = new AtomicReference<>();
		Runnable stop = () -> {
			ScheduledFuture<?> f = task.get();
			if (f != null) {
				f.cancel(false);
			}
		};
		emitter.onCompletion(stop);
		emitter.onTimeout(() -> {
			stop.run();
			emitter.complete();
		});
		emitter.onError(e -> stop.run());
		Follower follower = new Follower(id, emitter, stop, first);
		task.set(poller.scheduleWithFixedDelay(follower::poll, 0, pollMillis, TimeUnit.MILLISECONDS));
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.header("X-Accel-Buffering", "no")
			.contentType(MediaType.TEXT_EVENT_STREAM)
			.body(emitter);
	}

	private final class Follower {

		private final String id;
		private final SseEmitter emitter;
		private final Runnable stop;
		private @Nullable JobState last;
		private Instant lastSent = Instant.EPOCH;
		private boolean over;

		Follower(String id, SseEmitter emitter, Runnable stop, JobState first) {
			this.id = id;
			this.emitter = emitter;
			this.stop = stop;
		}

		synchronized void poll() {
			if (over) {
				return;
			}
			try {
				JobState now = progress.find(id).orElse(null);
				if (now == null) {
					finish();
					return;
				}
				if (now.finished()) {
					emitter.send(SseEmitter.event().name("done").id(id + ":" + now.done()).data(view(now, true),
							MediaType.APPLICATION_JSON));
					finish();
					return;
				}
				if (last == null || last.done() != now.done() || !last.status().equals(now.status())) {
					emitter.send(SseEmitter.event().name("progress").id(id + ":" + now.done()).data(view(now, false),
							MediaType.APPLICATION_JSON));
					lastSent = Instant.now();
				}
				else if (Instant.now().isAfter(lastSent.plus(HEARTBEAT))) {
					emitter.send(SseEmitter.event().comment("still running"));
					lastSent = Instant.now();
				}
				last = now;
			}
			catch (IOException | IllegalStateException e) {
				over = true;
				stop.run();
			}
			catch (RuntimeException e) {
				log.warn("Following job {} failed", id, e);
				over = true;
				stop.run();
				emitter.completeWithError(e);
			}
		}

		private void finish() {
			over = true;
			stop.run();
			emitter.complete();
		}
	}

	private JobState visible(Actor actor, String id) {
		return progress.find(id)
			.filter(job -> job.owner().equals(actor.username()) || actor.isAuthority())
			.orElseThrow(() -> DomainProblem.notFound("Job", id));
	}

	private Map<String, Object> view(JobState job, boolean withOutcome) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", job.id());
		view.put("kind", job.kind());
		view.put("label", job.label());
		view.put("status", job.status().name());
		view.put("done", job.done());
		view.put("total", job.total());
		view.put("instance", job.instance());
		view.put("startedAt", job.startedAt());
		view.put("finishedAt", job.finishedAt());
		if (withOutcome && job.outcome() != null) {
			JsonNode outcome = json.readTree(job.outcome());
			view.put("outcome", outcome);
		}
		return view;
	}

	@PreDestroy
	void stop() {
		poller.shutdownNow();
	}
}
