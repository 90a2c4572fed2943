package org.quadhub.approvals;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

@Entity
@Table(name = "approval_notification")
class NotificationEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String recipient = "";

	@Enumerated(EnumType.STRING)
	private Notification.Kind kind = Notification.Kind.STEP_OPENED;

	private long caseId;
	private @Nullable Long stepId;
	private String subject = "";
	private @Nullable String stepName;
	private @Nullable String agency;
	private Instant createdAt = Instant.EPOCH;
	private @Nullable Instant readAt;
	private @Nullable Instant mailedAt;

	protected NotificationEntry() {
	}

	NotificationEntry(String recipient, Notification.Kind kind, long caseId, @Nullable Long stepId, String subject,
			@Nullable String stepName, @Nullable String agency, Instant createdAt) {
		this.recipient = recipient;
		this.kind = kind;
		this.caseId = caseId;
		this.stepId = stepId;
		this.subject = subject;
		this.stepName = stepName;
		this.agency = agency;
		this.createdAt = createdAt;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("notification not saved yet");
		}
		return id;
	}

	String recipient() {
		return recipient;
	}

	Notification.Kind kind() {
		return kind;
	}

	long caseId() {
		return caseId;
	}

	@Nullable
	Long stepId() {
		return stepId;
	}

	String subject() {
		return subject;
	}

	@Nullable
	String stepName() {
		return stepName;
	}

	@Nullable
	String agency() {
		return agency;
	}

	Instant createdAt() {
		return createdAt;
	}

	boolean isRead() {
		return readAt != null;
	}

	void markRead(Instant now) {
		if (readAt == null) {
			readAt = now;
		}
	}

	@Nullable
	Instant mailedAt() {
		return mailedAt;
	}

	void markMailed(Instant now) {
		mailedAt = now;
	}
}
