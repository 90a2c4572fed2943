package org.quadhub.reporting;

/** How a report reached QuadHub. */
public enum Channel {
	API, FILE, FORM
}
