package org.quadhub.complexity;

/** The product classification of a dataset, which names its products and places them in sectors. */
public enum Classification {
	/** Harmonized System (any revision; names from HS 1992 as the Atlas publishes them, else HS 2022). */
	HS,
	/** Standard International Trade Classification, revision 2. */
	SITC2,
	/** Any other product codes: shown as they are, without names or sectors. */
	OTHER
}
