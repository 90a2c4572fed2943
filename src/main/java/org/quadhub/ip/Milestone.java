package org.quadhub.ip;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

@Entity
@Table(name = "ip_milestone")
class Milestone {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long quadId;
	private @Nullable Long agreementId;
	private String title = "";
	private LocalDate plannedDate = LocalDate.EPOCH;
	private @Nullable LocalDate actualDate;
	private @Nullable String evidence;

	@Enumerated(EnumType.STRING)
	private MilestoneStatus status = MilestoneStatus.PLANNED;

	private String createdBy = "";
	private Instant createdAt = Instant.EPOCH;
	private String updatedBy = "";
	private Instant updatedAt = Instant.EPOCH;

	@Version
	private long version;

	protected Milestone() {
	}

	Milestone(long quadId, String actor, Instant at) {
		this.quadId = quadId;
		this.createdBy = actor;
		this.createdAt = at;
	}

	void apply(MilestoneCommand c, MilestoneStatus status, String actor, Instant at) {
		this.title = Objects.requireNonNull(c.title()).trim();
		this.plannedDate = Objects.requireNonNull(c.plannedDate());
		this.actualDate = c.actualDate();
		this.evidence = Texts.blankToNull(c.evidence());
		this.status = status;
		this.agreementId = c.agreementId();
		this.updatedBy = actor;
		this.updatedAt = at;
	}

	MilestoneDetails details(LocalDate today) {
		boolean link = evidence != null && (evidence.startsWith("https://") || evidence.startsWith("http://"));
		return new MilestoneDetails(id(), quadId, agreementId, title, plannedDate, actualDate, evidence, link, status,
				status.open() && plannedDate.isBefore(today), updatedBy, updatedAt, version);
	}

	long id() {
		return Objects.requireNonNull(id);
	}

	long quadId() {
		return quadId;
	}

	String title() {
		return title;
	}

	LocalDate plannedDate() {
		return plannedDate;
	}

	MilestoneStatus status() {
		return status;
	}

	long version() {
		return version;
	}
}
