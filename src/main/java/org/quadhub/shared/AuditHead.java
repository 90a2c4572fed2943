package org.quadhub.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * The head of the tamper-evident audit chain as published once a day, for the public portal. Implemented by the
 * audit module; readers take it through {@code ObjectProvider<AuditHead>} so nothing depends on audit.
 */
public interface AuditHead {

	/** Published heads, newest first, at most {@code limit}. */
	List<Published> published(int limit);

	/**
	 * One day's published head.
	 *
	 * @param day the programme-zone day it was published for
	 * @param lastEntryId the id of the last entry covered
	 * @param entries how many entries the chain held up to and including that entry
	 * @param hash the SHA-256 chain hash of that entry, lower-case hex
	 */
	record Published(LocalDate day, long lastEntryId, long entries, String hash) {
	}

}
