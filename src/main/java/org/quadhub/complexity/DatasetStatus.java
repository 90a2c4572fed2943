package org.quadhub.complexity;

/** Where an import stands: rows are being stored, the dataset can be analysed, or storing failed. */
public enum DatasetStatus {
	STORING,
	READY,
	FAILED
}
