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

import java.time.Instant;

@Entity
@Table(name = "committee_member")
class CommitteeMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String username = "";

	@Enumerated(EnumType.STRING)
	private Country side = Country.PK;

	private String title = "";
	private String updatedBy = "";
	private Instant updatedAt = Instant.EPOCH;

	@Version
	private long version;

	protected CommitteeMember() {
	}

	CommitteeMember(String username) {
		this.username = username;
	}

	void apply(MemberCommand command, String actor, Instant now) {
		this.side = command.side();
		this.title = command.title().trim();
		this.updatedBy = actor;
		this.updatedAt = now;
	}

	String username() {
		return username;
	}

	Country side() {
		return side;
	}

	long version() {
		return version;
	}

	MemberView view() {
		return new MemberView(username, side, title, updatedBy, updatedAt, version);
	}
}
