package org.quadhub.reporting;

/** A joint patent is reported when filed and again when granted. */
public enum PatentStage {
	FILED, GRANTED
}
