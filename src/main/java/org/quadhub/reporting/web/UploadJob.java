package org.quadhub.reporting.web;

import org.jspecify.annotations.Nullable;
import org.quadhub.reporting.ReportFileRejected;
import org.quadhub.reporting.UploadResult;
import org.quadhub.shared.DomainProblem;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One upload: rows read so far, and when finished either the result or the problem. The instance running it holds
 * the live object; any other instance rebuilds a snapshot from the job's row in the database (ADR 0023).
 */
public final class UploadJob {

	public final String id;
	final String username;
	final long quadId;
	public final String fileName;
	public final AtomicLong rows = new AtomicLong();
	public volatile @Nullable UploadResult result;
	public volatile @Nullable DomainProblem problem;
	volatile @Nullable Instant finishedAt;
	/** Rows last written to the database. */
	long flushedRows = -1;

	UploadJob(String username, long quadId, String fileName) {
		this(UUID.randomUUID().toString(), username, quadId, fileName);
	}

	UploadJob(String id, String username, long quadId, String fileName) {
		this.id = id;
		this.username = username;
		this.quadId = quadId;
		this.fileName = fileName;
	}

	public boolean finished() {
		return finishedAt != null;
	}

	public @Nullable ReportFileRejected rejected() {
		return problem instanceof ReportFileRejected r ? r : null;
	}
}
