package org.quadhub.committee;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Country;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "committee_meeting")
class Meeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String title = "";
	private LocalDate heldOn = LocalDate.EPOCH;
	private @Nullable String place;
	private @Nullable String videoLink;
	private String coChairPakistan = "";
	private String coChairChina = "";
	private String createdBy = "";
	private Instant createdAt = Instant.EPOCH;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "committee_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
	@OrderColumn(name = "position")
	private List<AttendeeEntry> attendees = new ArrayList<>();

	@Version
	private long version;

	protected Meeting() {
	}

	Meeting(MeetingCommand command, String actor, Instant now) {
		this.createdBy = actor;
		this.createdAt = now;
		apply(command);
	}

	void apply(MeetingCommand command) {
		this.title = command.title().trim();
		this.heldOn = command.date();
		this.place = blankToNull(command.place());
		this.videoLink = blankToNull(command.videoLink());
		this.coChairPakistan = command.coChairPakistan().trim();
		this.coChairChina = command.coChairChina().trim();
		this.attendees.clear();
		for (Attendee a : command.attendeesOrEmpty()) {
			this.attendees.add(new AttendeeEntry(a.name().trim(), a.side(), a.role().trim()));
		}
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Meeting not saved yet");
		}
		return id;
	}

	String title() {
		return title;
	}

	LocalDate heldOn() {
		return heldOn;
	}

	@Nullable
	String place() {
		return place;
	}

	@Nullable
	String videoLink() {
		return videoLink;
	}

	String coChairPakistan() {
		return coChairPakistan;
	}

	String coChairChina() {
		return coChairChina;
	}

	String createdBy() {
		return createdBy;
	}

	Instant createdAt() {
		return createdAt;
	}

	List<Attendee> attendees() {
		return attendees.stream().map(a -> new Attendee(a.name, a.side, a.role)).toList();
	}

	long version() {
		return version;
	}

	@Embeddable
	static class AttendeeEntry {

		private String name = "";

		@Enumerated(EnumType.STRING)
		private Country side = Country.PK;

		@Column(name = "role")
		private String role = "";

		protected AttendeeEntry() {
		}

		AttendeeEntry(String name, Country side, String role) {
			this.name = name;
			this.side = side;
			this.role = role;
		}
	}
}
