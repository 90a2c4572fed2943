package org.quadhub.matching;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * What matching knows of one organisation: its capacity (the programme default unless set), how many live QUADs it
 * is already in, whether it is excluded and why, and its pairs. {@code version} is null until the profile is first
 * saved; send back the version you read when you change it.
 */
public record MatchingProfile(long organisationId, String name, int capacity, boolean capacityIsDefault,
		int existingQuads, @Nullable Exclusion exclusion, @Nullable String exclusionNote,
		List<Long> incompatibleWith, List<Long> collaboratedWith, @Nullable Long version) {
}
