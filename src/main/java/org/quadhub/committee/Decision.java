package org.quadhub.committee;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

@Entity
@Table(name = "committee_decision")
class Decision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long meetingId;
	private @Nullable Long agendaItemId;
	private String textEn = "";
	private @Nullable String textZh;
	private @Nullable String textUr;
	private @Nullable String subjectKind;
	private @Nullable Long subjectId;
	private String decidedBy = "";
	private Instant decidedAt = Instant.EPOCH;

	@Version
	private long version;

	protected Decision() {
	}

	Decision(long meetingId, String actor, Instant now) {
		this.meetingId = meetingId;
		this.decidedBy = actor;
		this.decidedAt = now;
	}

	void apply(DecisionCommand command, @Nullable SubjectRef subject) {
		this.agendaItemId = command.agendaItemId();
		this.textEn = command.textEn().trim();
		this.textZh = Meeting.blankToNull(command.textZh());
		this.textUr = Meeting.blankToNull(command.textUr());
		this.subjectKind = subject == null ? null : subject.kind();
		this.subjectId = subject == null ? null : subject.id();
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Decision not saved yet");
		}
		return id;
	}

	long meetingId() {
		return meetingId;
	}

	@Nullable
	Long agendaItemId() {
		return agendaItemId;
	}

	String textEn() {
		return textEn;
	}

	@Nullable
	String textZh() {
		return textZh;
	}

	@Nullable
	String textUr() {
		return textUr;
	}

	@Nullable
	SubjectRef subject() {
		return subjectKind == null || subjectId == null ? null : new SubjectRef(subjectKind, subjectId);
	}

	String decidedBy() {
		return decidedBy;
	}

	Instant decidedAt() {
		return decidedAt;
	}

	long version() {
		return version;
	}
}
