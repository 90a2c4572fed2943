package org.quadhub.matching;

import org.jspecify.annotations.Nullable;

/** A stored pair of organisations (the smaller id first) with its note. */
public record Pair(long organisationA, long organisationB, @Nullable String note) {
}
