package org.quadhub.quads;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quadhub.quads.QuadStatus.AGREEMENT_SIGNED;
import static org.quadhub.quads.QuadStatus.APPROVED;
import static org.quadhub.quads.QuadStatus.DISSOLVED;
import static org.quadhub.quads.QuadStatus.ESTABLISHED;
import static org.quadhub.quads.QuadStatus.EXPORTING;
import static org.quadhub.quads.QuadStatus.PRODUCING;
import static org.quadhub.quads.QuadStatus.PROPOSED;
import static org.quadhub.quads.QuadStatus.REJECTED;
import static org.quadhub.quads.QuadStatus.SUSPENDED;
import static org.quadhub.quads.QuadStatus.UNDER_REVIEW;

class QuadStatusTest {

	private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	private static Quad proposed() {
		return new Quad(new ProposeQuad("EV QUAD", org.quadhub.shared.Sector.ELECTRIC_VEHICLES_AND_BATTERIES, "EVs",
				List.of("870380"), Map.of(), null, null), List.of("870380"), "tester", NOW);
	}

	@Test
	void theMainLineRunsFromProposedToExporting() {
		List<QuadStatus> line = List.of(PROPOSED, UNDER_REVIEW, APPROVED, AGREEMENT_SIGNED, ESTABLISHED, PRODUCING,
				EXPORTING);
		for (int i = 0; i + 1 < line.size(); i++) {
			assertThat(line.get(i).next(null)).contains(line.get(i + 1));
		}
	}

	@Test
	void noStepOfTheMainLineCanBeSkipped() {
		assertThat(PROPOSED.next(null)).doesNotContain(APPROVED, ESTABLISHED, EXPORTING);
		assertThat(APPROVED.next(null)).doesNotContain(ESTABLISHED);
		assertThat(ESTABLISHED.next(null)).doesNotContain(EXPORTING);
	}

	@Test
	void rejectionIsOnlyForQuadsBeingDecided() {
		assertThat(PROPOSED.next(null)).contains(REJECTED);
		assertThat(UNDER_REVIEW.next(null)).contains(REJECTED);
		assertThat(ESTABLISHED.next(null)).doesNotContain(REJECTED);
	}

	@Test
	void aSuspendedQuadResumesOnlyWhereItStopped() {
		assertThat(SUSPENDED.next(PRODUCING)).containsExactlyInAnyOrder(PRODUCING, DISSOLVED);
		assertThat(PROPOSED.next(null)).doesNotContain(SUSPENDED);
	}

	@Test
	void rejectedAndDissolvedAreFinal() {
		assertThat(REJECTED.next(null)).isEmpty();
		assertThat(DISSOLVED.next(null)).isEmpty();
		assertThat(REJECTED.isFinal()).isTrue();
	}

	@Test
	void establishmentRecordsTheDateOnceAndHistoryKeepsEveryStep() {
		Quad quad = proposed();
		quad.transition(UNDER_REVIEW, null, null, "a", NOW);
		quad.transition(APPROVED, null, null, "a", NOW);
		quad.transition(AGREEMENT_SIGNED, null, null, "a", NOW);
		quad.transition(ESTABLISHED, null, LocalDate.of(2026, 3, 2), "a", NOW);
		quad.transition(SUSPENDED, "audit", null, "a", NOW);
		quad.transition(ESTABLISHED, null, LocalDate.of(2026, 9, 9), "a", NOW);
		assertThat(quad.establishedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(quad.targetDate()).isEqualTo(LocalDate.of(2031, 3, 2));
		assertThat(quad.history()).hasSize(7);
	}

	@Test
	void stoppingAQuadNeedsAReason() {
		Quad quad = proposed();
		assertThatThrownBy(() -> quad.transition(DISSOLVED, " ", null, "a", NOW))
			.hasMessageContaining("reason");
		assertThat(quad.status()).isEqualTo(PROPOSED);
	}

	@Test
	void anIllegalTransitionLeavesTheQuadAsItWas() {
		Quad quad = proposed();
		assertThatThrownBy(() -> quad.transition(EXPORTING, null, null, "a", NOW))
			.hasMessageContaining("cannot move to EXPORTING");
		assertThat(quad.status()).isEqualTo(PROPOSED);
		assertThat(quad.history()).hasSize(1);
	}
}
