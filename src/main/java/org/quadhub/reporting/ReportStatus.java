package org.quadhub.reporting;

/**
 * Review state of one revision: SUBMITTED waits for the coordinating authority, which ACCEPTS it (it then counts)
 * or RETURNS it with a note. A newer revision of the same period SUPERSEDES one still waiting.
 */
public enum ReportStatus {
	SUBMITTED, ACCEPTED, RETURNED, SUPERSEDED
}
