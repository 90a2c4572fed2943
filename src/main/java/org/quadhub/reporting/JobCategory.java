package org.quadhub.reporting;

/** Direct jobs are reported by these categories, each with the number of women. */
public enum JobCategory {
	ENGINEERS, SCIENTISTS, TECHNICIANS, SKILLED_WORKERS, OTHER
}
