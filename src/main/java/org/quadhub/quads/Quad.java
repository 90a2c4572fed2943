package org.quadhub.quads;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.Sector;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

@Entity
@Table(name = "quad")
class Quad {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String name = "";

	@Enumerated(EnumType.STRING)
	private Sector productCategory = Sector.ELECTRONICS;

	private String productDescription = "";

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "quad_hs_code", joinColumns = @JoinColumn(name = "quad_id"))
	@Column(name = "hs_code")
	private Set<String> hsCodes = new TreeSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "quad_partner", joinColumns = @JoinColumn(name = "quad_id"))
	@MapKeyColumn(name = "role")
	@MapKeyEnumerated(EnumType.STRING)
	@Column(name = "organisation_id")
	private Map<PartnerRole, Long> partners = new EnumMap<>(PartnerRole.class);

	private BigDecimal exportTargetUsd = ProposeQuad.DEFAULT_EXPORT_TARGET_USD;
	private int targetYears = ProposeQuad.DEFAULT_TARGET_YEARS;

	@Enumerated(EnumType.STRING)
	private QuadStatus status = QuadStatus.PROPOSED;

	@Enumerated(EnumType.STRING)
	private @Nullable QuadStatus suspendedFrom;

	private @Nullable LocalDate establishedOn;
	private String proposedBy = "";
	private Instant proposedAt = Instant.EPOCH;

	@OneToMany(mappedBy = "quad", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("at, id")
	private List<QuadTransitionRecord> history = new ArrayList<>();

	@Version
	private long version;

	protected Quad() {
	}

	Quad(ProposeQuad proposal, List<String> hsCodes, String actor, Instant now) {
		this.name = proposal.name().trim();
		this.productCategory = proposal.productCategory();
		this.productDescription = proposal.productDescription().trim();
		this.hsCodes = new TreeSet<>(hsCodes);
		this.partners = new EnumMap<>(PartnerRole.class);
		this.partners.putAll(proposal.partners());
		if (proposal.exportTargetUsd() != null) {
			this.exportTargetUsd = proposal.exportTargetUsd();
		}
		if (proposal.targetYears() != null) {
			this.targetYears = proposal.targetYears();
		}
		this.proposedBy = actor;
		this.proposedAt = now;
		this.history.add(new QuadTransitionRecord(this, null, QuadStatus.PROPOSED, actor, now, null));
	}

	/** Applies a lifecycle transition or explains, as a 409, why it is not allowed from here. */
	void transition(QuadStatus to, @Nullable String reason, @Nullable LocalDate establishedOn, String actor,
			Instant now) {
		Set<QuadStatus> allowed = status.next(suspendedFrom);
		if (!allowed.contains(to)) {
			throw new DomainProblem(DomainProblem.Kind.CONFLICT, "illegal-transition", "Transition not allowed",
					"A QUAD that is " + status + " cannot move to " + to + "; allowed: "
							+ (allowed.isEmpty() ? "none (final)" : allowed) + ".");
		}
		if (to.needsReason() && (reason == null || reason.isBlank())) {
			throw DomainProblem.invalid("reason", "is required to move a QUAD to " + to);
		}
		QuadStatus from = status;
		if (to == QuadStatus.SUSPENDED) {
			suspendedFrom = from;
		}
		else if (from == QuadStatus.SUSPENDED) {
			suspendedFrom = null;
		}
		if (to == QuadStatus.ESTABLISHED && this.establishedOn == null) {
			this.establishedOn = establishedOn;
		}
		status = to;
		history.add(new QuadTransitionRecord(this, from, to, actor, now, reason));
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("QUAD not saved yet");
		}
		return id;
	}

	String name() {
		return name;
	}

	Sector productCategory() {
		return productCategory;
	}

	String productDescription() {
		return productDescription;
	}

	Set<String> hsCodes() {
		return hsCodes;
	}

	Map<PartnerRole, Long> partners() {
		return partners;
	}

	BigDecimal exportTargetUsd() {
		return exportTargetUsd;
	}

	int targetYears() {
		return targetYears;
	}

	QuadStatus status() {
		return status;
	}

	@Nullable
	QuadStatus suspendedFrom() {
		return suspendedFrom;
	}

	@Nullable
	LocalDate establishedOn() {
		return establishedOn;
	}

	@Nullable
	LocalDate targetDate() {
		return establishedOn == null ? null : establishedOn.plusYears(targetYears);
	}

	String proposedBy() {
		return proposedBy;
	}

	Instant proposedAt() {
		return proposedAt;
	}

	List<QuadTransitionRecord> history() {
		return history;
	}

	long version() {
		return version;
	}

	QuadSummary summary() {
		return new QuadSummary(id(), name, productCategory, status, establishedOn, exportTargetUsd);
	}
}
