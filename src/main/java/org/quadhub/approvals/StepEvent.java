package org.quadhub.approvals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

@Entity
@Table(name = "approval_step_event")
class StepEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "step_id")
	private @Nullable ApprovalStep step;

	private String kind = "";
	private String actor = "";
	private Instant at = Instant.EPOCH;

	@Enumerated(EnumType.STRING)
	@Column(name = "state_to")
	private StepState state = StepState.WAITING;

	private @Nullable String note;

	protected StepEvent() {
	}

	StepEvent(ApprovalStep step, String kind, String actor, Instant at, StepState state, @Nullable String note) {
		this.step = step;
		this.kind = kind;
		this.actor = actor;
		this.at = at;
		this.state = state;
		this.note = note;
	}

	CaseDetails.Event details() {
		return new CaseDetails.Event(kind, actor, at, state, note);
	}
}
