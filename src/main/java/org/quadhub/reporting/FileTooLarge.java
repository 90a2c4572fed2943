package org.quadhub.reporting;

import org.quadhub.shared.DomainProblem;

/** An uploaded file over {@code quadhub.reporting.max-upload-bytes}; the web edge answers 413. */
public class FileTooLarge extends DomainProblem {

	public FileTooLarge(long size, long limit) {
		super(Kind.INVALID, "file-too-large", "File too large",
				"The file has " + size + " bytes; the limit is " + limit + " bytes. Split it by period and upload the parts.");
	}

	/** A file found too large while it was being read. */
	public FileTooLarge(long limit) {
		super(Kind.INVALID, "file-too-large", "File too large",
				"The file has more than " + limit + " bytes, the limit. Split it by period and upload the parts.");
	}
}
