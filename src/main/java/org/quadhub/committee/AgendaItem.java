package org.quadhub.committee;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "committee_agenda_item")
class AgendaItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long meetingId;
	private int position;
	private String title = "";
	private @Nullable String subjectKind;
	private @Nullable Long subjectId;

	@Version
	private long version;

	protected AgendaItem() {
	}

	AgendaItem(long meetingId, int position, String title, @Nullable SubjectRef subject) {
		this.meetingId = meetingId;
		this.position = position;
		apply(title, subject);
	}

	void apply(String title, @Nullable SubjectRef subject) {
		this.title = title.trim();
		this.subjectKind = subject == null ? null : subject.kind();
		this.subjectId = subject == null ? null : subject.id();
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Agenda item not saved yet");
		}
		return id;
	}

	long meetingId() {
		return meetingId;
	}

	int position() {
		return position;
	}

	String title() {
		return title;
	}

	@Nullable
	SubjectRef subject() {
		return subjectKind == null || subjectId == null ? null : new SubjectRef(subjectKind, subjectId);
	}

	long version() {
		return version;
	}
}
