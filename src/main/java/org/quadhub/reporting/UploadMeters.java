package org.quadhub.reporting;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.quadhub.shared.DomainProblem;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Upload throughput of report files: one timer per upload, the bytes received and the export lines stored,
 * tagged only by file format (csv, xlsx, other) and outcome (accepted, rejected for bad content, failed), never by
 * QUAD or user, so the number of series stays fixed.
 */
@Component
class UploadMeters {

	private final MeterRegistry registry;

	UploadMeters(MeterRegistry registry) {
		this.registry = registry;
	}

	/** Runs one upload and records it: bytes whatever the outcome, lines only of files accepted and stored. */
	UploadResult record(String fileName, java.util.function.LongSupplier bytes, Supplier<UploadResult> upload) {
		String format = format(fileName);
		String outcome = "failed";
		long lines = 0;
		long started = System.nanoTime();
		try {
			UploadResult result = upload.get();
			outcome = "accepted";
			lines = result.lines();
			return result;
		}
		catch (DomainProblem problem) {
			outcome = "rejected";
			throw problem;
		}
		finally {
			long elapsed = System.nanoTime() - started;
			Timer.builder("quadhub.reporting.upload")
				.description("Report file uploads: validation and storing of one file")
				.tags("format", format, "outcome", outcome)
				.publishPercentileHistogram()
				.minimumExpectedValue(Duration.ofMillis(10))
				.maximumExpectedValue(Duration.ofMinutes(10))
				.register(registry)
				.record(elapsed, java.util.concurrent.TimeUnit.NANOSECONDS);
			registry.counter("quadhub.reporting.upload.bytes", "format", format, "outcome", outcome).increment(bytes.getAsLong());
			registry.counter("quadhub.reporting.upload.lines", "format", format, "outcome", outcome)
				.increment(lines);
		}
	}

	static String format(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".csv")) {
			return "csv";
		}
		return name.endsWith(".xlsx") ? "xlsx" : "other";
	}
}
