package org.quadhub.reporting.file;

/** The file cannot be read as the format it claims (broken quoting, not a workbook, a sheet missing). */
public class MalformedFile extends RuntimeException {

	public MalformedFile(String message) {
		super(message);
	}

	public MalformedFile(String message, Throwable cause) {
		super(message, cause);
	}
}
