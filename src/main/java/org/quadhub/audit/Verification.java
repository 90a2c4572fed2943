package org.quadhub.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The result of recomputing the chain.
 *
 * @param valid every entry links to the one before it, every hash recomputes, every published head matches
 * @param entries how many entries were checked
 * @param firstBrokenEntryId the first entry (in id order) that fails, absent when valid
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Verification(boolean valid, long entries, @Nullable Long firstBrokenEntryId) {
}
