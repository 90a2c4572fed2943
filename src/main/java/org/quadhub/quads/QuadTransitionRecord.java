package org.quadhub.quads;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One row of a QUAD's history: who moved it, when, from where to where, and why. */
@Entity
@Table(name = "quad_transition")
class QuadTransitionRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "quad_id")
	private @Nullable Quad quad;

	@Enumerated(EnumType.STRING)
	private @Nullable QuadStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private QuadStatus toStatus = QuadStatus.PROPOSED;

	private String actor = "";
	private Instant at = Instant.EPOCH;
	private @Nullable String reason;

	protected QuadTransitionRecord() {
	}

	QuadTransitionRecord(Quad quad, @Nullable QuadStatus from, QuadStatus to, String actor, Instant at,
			@Nullable String reason) {
		this.quad = quad;
		this.fromStatus = from;
		this.toStatus = to;
		this.actor = actor;
		this.at = at;
		this.reason = reason == null || reason.isBlank() ? null : reason.trim();
	}

	QuadDetails.HistoryEntry entry() {
		return new QuadDetails.HistoryEntry(fromStatus, toStatus, actor, at, reason);
	}
}
