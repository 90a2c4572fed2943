package org.quadhub.committee;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Country;
import org.quadhub.shared.DomainProblem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

@Entity
@Table(name = "committee_action_item")
class ActionItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long meetingId;
	private @Nullable Long decisionId;
	private String title = "";

	@Enumerated(EnumType.STRING)
	private Country ownerSide = Country.PK;

	private String ownerName = "";
	private LocalDate dueOn = LocalDate.EPOCH;

	@Enumerated(EnumType.STRING)
	private ActionStatus status = ActionStatus.OPEN;

	private @Nullable String statusNote;
	private String statusChangedBy = "";
	private Instant statusChangedAt = Instant.EPOCH;
	private String createdBy = "";
	private Instant createdAt = Instant.EPOCH;

	@Version
	private long version;

	protected ActionItem() {
	}

	ActionItem(long meetingId, ActionItemCommand command, String actor, Instant now) {
		this.meetingId = meetingId;
		this.createdBy = actor;
		this.createdAt = now;
		this.statusChangedBy = actor;
		this.statusChangedAt = now;
		apply(command);
	}

	void apply(ActionItemCommand command) {
		this.title = command.title().trim();
		this.ownerSide = command.ownerSide();
		this.ownerName = command.ownerName().trim();
		this.dueOn = command.dueDate();
		this.decisionId = command.decisionId();
	}

	void changeStatus(ActionStatus to, @Nullable String note, String actor, Instant now) {
		if (!status.next().contains(to)) {
			throw new DomainProblem(DomainProblem.Kind.CONFLICT, "illegal-status-change", "Status change not allowed",
					"An action item that is " + status + " cannot move to " + to + "; allowed: "
							+ (status.next().isEmpty() ? "none (final)" : status.next()) + ".");
		}
		status = to;
		statusNote = Meeting.blankToNull(note);
		statusChangedBy = actor;
		statusChangedAt = now;
	}

	/** Still to be done after its due day. */
	boolean overdueOn(LocalDate today) {
		return !status.isFinal() && today.isAfter(dueOn);
	}

	long daysOverdueOn(LocalDate today) {
		return overdueOn(today) ? ChronoUnit.DAYS.between(dueOn, today) : 0;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Action item not saved yet");
		}
		return id;
	}

	long meetingId() {
		return meetingId;
	}

	@Nullable
	Long decisionId() {
		return decisionId;
	}

	String title() {
		return title;
	}

	Country ownerSide() {
		return ownerSide;
	}

	String ownerName() {
		return ownerName;
	}

	LocalDate dueOn() {
		return dueOn;
	}

	ActionStatus status() {
		return status;
	}

	@Nullable
	String statusNote() {
		return statusNote;
	}

	String statusChangedBy() {
		return statusChangedBy;
	}

	Instant statusChangedAt() {
		return statusChangedAt;
	}

	long version() {
		return version;
	}
}
