package org.quadhub.reporting.web;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.DomainProblem;

/** One quarterly report being generated for the web page: when it started, then the file or the problem. */
public final class DocumentJob {

	public final String id = UUID.randomUUID().toString();
	final String username;
	public final String format;
	public final String quarter;
	public final String fileName;
	final String contentType;
	final Instant startedAt = Instant.now();
	volatile byte @Nullable [] file;
	public volatile @Nullable DomainProblem problem;
	volatile @Nullable Instant finishedAt;

	DocumentJob(String username, String format, String quarter, String contentType) {
		this.username = username;
		this.format = format;
		this.quarter = quarter;
		this.fileName = "quadhub-programme-" + quarter + "." + format;
		this.contentType = contentType;
	}

	public boolean finished() {
		return finishedAt != null;
	}

	public boolean ready() {
		return finished() && file != null;
	}

	/** Seconds since the job started (or until it finished). */
	public long seconds() {
		Instant end = finishedAt;
		return Duration.between(startedAt, end == null ? Instant.now() : end).toSeconds();
	}

	/** Size of the finished file in kilobytes. */
	public long kilobytes() {
		byte[] f = file;
		return f == null ? 0 : (f.length + 1023) / 1024;
	}
}
