package org.quadhub.skills;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Sector;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

@Entity
@Table(name = "skills_programme")
class Programme {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long quadId;
	private long universityId;
	private String name = "";

	@Enumerated(EnumType.STRING)
	private SkillCategory category = SkillCategory.ENGINEERS;

	@Enumerated(EnumType.STRING)
	private Sector sector = Sector.ELECTRONICS;

	private int enrolment;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "skills_programme_graduates", joinColumns = @JoinColumn(name = "programme_id"))
	@MapKeyColumn(name = "year")
	@Column(name = "graduates")
	private Map<Integer, Integer> graduates = new TreeMap<>();

	private boolean curriculumRevised;
	private @Nullable LocalDate revisedOn;
	private String createdBy = "";
	private Instant createdAt = Instant.EPOCH;
	private String updatedBy = "";
	private Instant updatedAt = Instant.EPOCH;

	@Version
	private long version;

	protected Programme() {
	}

	Programme(long quadId, String actor, Instant at) {
		this.quadId = quadId;
		this.createdBy = actor;
		this.createdAt = at;
	}

	void apply(ProgrammeCommand c, Sector sector, String actor, Instant at) {
		this.universityId = Objects.requireNonNull(c.universityId());
		this.name = Objects.requireNonNull(c.name()).trim();
		this.category = Objects.requireNonNull(c.category());
		this.sector = sector;
		this.enrolment = Objects.requireNonNull(c.enrolment());
		this.graduates.clear();
		if (c.graduates() != null) {
			c.graduates().forEach(g -> this.graduates.put(g.year(), g.graduates()));
		}
		this.curriculumRevised = Boolean.TRUE.equals(c.curriculumRevised());
		this.revisedOn = this.curriculumRevised ? c.revisedOn() : null;
		this.updatedBy = actor;
		this.updatedAt = at;
	}

	ProgrammeDetails details(String universityName, boolean partner) {
		List<GraduateYear> years = new TreeMap<>(graduates).entrySet().stream()
			.map(e -> new GraduateYear(e.getKey(), e.getValue()))
			.toList();
		return new ProgrammeDetails(id(), quadId, universityId, universityName, partner, name, category, sector,
				enrolment, years, curriculumRevised, revisedOn, updatedBy, updatedAt, version);
	}

	long id() {
		return Objects.requireNonNull(id);
	}

	long quadId() {
		return quadId;
	}

	long universityId() {
		return universityId;
	}

	SkillCategory category() {
		return category;
	}

	Map<Integer, Integer> graduates() {
		return graduates;
	}

	long version() {
		return version;
	}
}
