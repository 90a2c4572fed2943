package org.quadhub.committee;

import org.quadhub.shared.Country;

import java.time.Instant;

/** A committee member: the user, the side they sign for, and their title. */
public record MemberView(String username, Country side, String title, String updatedBy, Instant updatedAt,
		long version) {
}
