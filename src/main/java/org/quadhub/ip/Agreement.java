package org.quadhub.ip;

import jakarta.persistence.CollectionTable;
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
import java.util.List;

@Entity
@Table(name = "ip_agreement")
class Agreement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long quadId;

	@Enumerated(EnumType.STRING)
	private AgreementType type = AgreementType.JOINT_DEVELOPMENT;

	private String title = "";

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "ip_agreement_party", joinColumns = @JoinColumn(name = "agreement_id"))
	@OrderColumn(name = "position")
	private List<Stake> parties = new ArrayList<>();

	private @Nullable String fieldOfUse;
	private @Nullable String territory;
	private @Nullable String royaltyTerms;
	private LocalDate startDate = LocalDate.EPOCH;
	private @Nullable LocalDate endDate;
	private String governingLaw = "";

	@Enumerated(EnumType.STRING)
	private AgreementStatus status = AgreementStatus.DRAFT;

	private String createdBy = "";
	private Instant createdAt = Instant.EPOCH;
	private String updatedBy = "";
	private Instant updatedAt = Instant.EPOCH;

	@Version
	private long version;

	protected Agreement() {
	}

	Agreement(long quadId, String actor, Instant at) {
		this.quadId = quadId;
		this.createdBy = actor;
		this.createdAt = at;
	}

	void apply(AgreementCommand c, List<Stake> parties, AgreementStatus status, String actor, Instant at) {
		this.type = java.util.Objects.requireNonNull(c.type());
		this.title = java.util.Objects.requireNonNull(c.title()).trim();
		this.parties.clear();
		this.parties.addAll(parties);
		this.fieldOfUse = Texts.blankToNull(c.fieldOfUse());
		this.territory = Texts.blankToNull(c.territory());
		this.royaltyTerms = Texts.blankToNull(c.royaltyTerms());
		this.startDate = java.util.Objects.requireNonNull(c.startDate());
		this.endDate = c.endDate();
		this.governingLaw = java.util.Objects.requireNonNull(c.governingLaw()).trim();
		this.status = status;
		this.updatedBy = actor;
		this.updatedAt = at;
	}

	AgreementDetails details(boolean seesCommercialTerms) {
		return new AgreementDetails(id(), quadId, type, title, parties.stream().map(Stake::holder).toList(), fieldOfUse,
				territory, seesCommercialTerms ? royaltyTerms : null, !seesCommercialTerms && royaltyTerms != null,
				startDate, endDate, governingLaw, status, status.next(), updatedBy, updatedAt, version);
	}

	long id() {
		return java.util.Objects.requireNonNull(id);
	}

	long quadId() {
		return quadId;
	}

	String title() {
		return title;
	}

	AgreementStatus status() {
		return status;
	}

	@Nullable
	LocalDate endDate() {
		return endDate;
	}

	long version() {
		return version;
	}
}
