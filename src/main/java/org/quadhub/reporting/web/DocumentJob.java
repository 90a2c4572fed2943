package org.quadhub.reporting.web;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.DomainProblem;

/**
 * One quarterly report being generated for the web page: when it started, then the size of the file or the
 * problem. The file itself is in the database (any instance hands it out), not here.
 */
public final class DocumentJob {

	public final String id;
	final String username;
	public final String fileName;
	final String contentType;
	final Instant startedAt;
	volatile long bytes;
	public volatile @Nullable DomainProblem problem;
	volatile @Nullable Instant finishedAt;

	DocumentJob(String id, String username, String fileName, String contentType, Instant startedAt) {
		this.id = id;
		this.username = username;
		this.fileName = fileName;
		this.contentType = contentType;
		this.startedAt = startedAt;
	}

	public boolean finished() {
		return finishedAt != null;
	}

	public boolean ready() {
		return finished() && problem == null;
	}

	/** Seconds since the job started (or until it finished). */
	public long seconds() {
		Instant end = finishedAt;
		return Duration.between(startedAt, end == null ? Instant.now() : end).toSeconds();
	}

	/** Size of the finished file in kilobytes. */
	public long kilobytes() {
		return (bytes + 1023) / 1024;
	}
}
