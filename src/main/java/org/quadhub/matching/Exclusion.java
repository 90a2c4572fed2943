package org.quadhub.matching;

/** Why an organisation is never proposed. */
public enum Exclusion {
	/** Not taking part for now (besides the registry's own active flag). */
	INACTIVE,
	/** Under sanctions. */
	SANCTIONED,
	/** In conflict (legal, commercial or of interest) that rules it out. */
	CONFLICT
}
