package org.quadhub.quads;

import java.time.LocalDate;

/** A QUAD was established: its five-year export clock starts on {@code establishedOn}. */
public record QuadEstablished(long quadId, LocalDate establishedOn, LocalDate targetDate) {
}
