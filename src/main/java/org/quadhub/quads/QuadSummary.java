package org.quadhub.quads;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Sector;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of a QUAD listing. */
public record QuadSummary(long id, String name, Sector productCategory, QuadStatus status,
		@Nullable LocalDate establishedOn, BigDecimal exportTargetUsd) {
}
