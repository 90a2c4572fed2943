package org.quadhub.ip;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

@Entity
@Table(name = "ip_patent")
class Patent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long quadId;
	private String title = "";

	@Enumerated(EnumType.STRING)
	private PatentOffice office = PatentOffice.CNIPA;

	private @Nullable String officeName;
	private String applicationNumber = "";
	private @Nullable LocalDate priorityDate;
	private LocalDate filingDate = LocalDate.EPOCH;

	@Enumerated(EnumType.STRING)
	private PatentStatus status = PatentStatus.FILED;

	private @Nullable String grantNumber;
	private @Nullable LocalDate grantDate;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "ip_patent_owner", joinColumns = @JoinColumn(name = "patent_id"))
	@OrderColumn(name = "position")
	private List<Stake> owners = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "ip_patent_designation", joinColumns = @JoinColumn(name = "patent_id"))
	@Column(name = "office")
	@Enumerated(EnumType.STRING)
	private Set<PatentOffice> designatedOffices = new TreeSet<>();

	private String createdBy = "";
	private Instant createdAt = Instant.EPOCH;
	private String updatedBy = "";
	private Instant updatedAt = Instant.EPOCH;

	@Version
	private long version;

	protected Patent() {
	}

	Patent(long quadId, String actor, Instant at) {
		this.quadId = quadId;
		this.createdBy = actor;
		this.createdAt = at;
	}

	void apply(PatentCommand c, List<Stake> owners, PatentStatus status, String actor, Instant at) {
		this.title = Objects.requireNonNull(c.title()).trim();
		this.office = Objects.requireNonNull(c.office());
		this.officeName = office == PatentOffice.OTHER ? Texts.blankToNull(c.officeName()) : null;
		this.applicationNumber = Objects.requireNonNull(c.applicationNumber()).trim();
		this.priorityDate = c.priorityDate();
		this.filingDate = Objects.requireNonNull(c.filingDate());
		this.status = status;
		this.grantNumber = Texts.blankToNull(c.grantNumber());
		this.grantDate = c.grantDate();
		this.owners.clear();
		this.owners.addAll(owners);
		this.designatedOffices.clear();
		if (c.designatedOffices() != null) {
			this.designatedOffices.addAll(c.designatedOffices());
		}
		this.updatedBy = actor;
		this.updatedAt = at;
	}

	PatentDetails details(List<Deadline> upcoming) {
		return new PatentDetails(id(), quadId, title, office, officeName, applicationNumber, priorityDate, filingDate,
				status, grantNumber, grantDate, owners.stream().map(Stake::holder).toList(),
				designatedOffices.isEmpty() ? EnumSet.noneOf(PatentOffice.class) : EnumSet.copyOf(designatedOffices),
				upcoming, updatedBy, updatedAt, version);
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

	PatentOffice office() {
		return office;
	}

	String applicationNumber() {
		return applicationNumber;
	}

	@Nullable
	LocalDate priorityDate() {
		return priorityDate;
	}

	LocalDate filingDate() {
		return filingDate;
	}

	PatentStatus status() {
		return status;
	}

	@Nullable
	LocalDate grantDate() {
		return grantDate;
	}

	Set<PatentOffice> designatedOffices() {
		return designatedOffices;
	}

	long version() {
		return version;
	}
}
