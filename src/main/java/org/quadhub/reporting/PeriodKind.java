package org.quadhub.reporting;

/** A report covers one calendar month or one calendar quarter. */
public enum PeriodKind {
	MONTH, QUARTER
}
