package org.quadhub.approvals;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

@Entity
@Table(name = "approval_step_attachment")
class StepAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "step_id")
	private @Nullable ApprovalStep step;

	private String name = "";
	private String reference = "";
	private @Nullable String mediaType;
	private String addedBy = "";
	private Instant addedAt = Instant.EPOCH;

	protected StepAttachment() {
	}

	StepAttachment(ApprovalStep step, Attachment attachment, String addedBy, Instant addedAt) {
		this.step = step;
		this.name = attachment.name().trim();
		this.reference = attachment.reference().trim();
		this.mediaType = attachment.mediaType();
		this.addedBy = addedBy;
		this.addedAt = addedAt;
	}

	Attachment details() {
		return new Attachment(name, reference, mediaType);
	}
}
