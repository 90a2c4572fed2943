package org.quadhub.committee;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Country;

import java.time.LocalDate;

/**
 * A co-chair's signature. {@code side} (optional) is the side the signer means to sign for and must be the
 * signer's own; {@code signedOn} (optional, not in the future) records a signature given on paper on an earlier
 * day; {@code version} (optional) is the minutes version the signer read.
 */
public record SignMinutes(@Nullable Country side, @Nullable LocalDate signedOn, @Nullable Long version) {
}
