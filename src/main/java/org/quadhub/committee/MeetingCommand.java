package org.quadhub.committee;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting as AUTHORITY prepares it: title, date, a place or a video link (or both), the two co-chairs and the
 * attendees. {@code version} is required when editing (the version read); it is ignored on creation.
 */
public record MeetingCommand(
		@NotBlank @Size(max = 200) String title,
		@NotNull LocalDate date,
		@Nullable @Size(max = 200) String place,
		@Nullable @Size(max = 500) @Pattern(regexp = "https://\\S+", message = "must be an https:// link") String videoLink,
		@NotBlank @Size(max = 200) String coChairPakistan,
		@NotBlank @Size(max = 200) String coChairChina,
		@Nullable @Size(max = 200) List<@NotNull @Valid Attendee> attendees,
		@Nullable Long version) {

	public List<Attendee> attendeesOrEmpty() {
		return attendees == null ? List.of() : attendees;
	}
}
