package org.quadhub.quads;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.quadhub.approvals.Approvals;
import org.quadhub.approvals.SubjectRef;
import org.quadhub.partners.OrganisationDetails;
import org.quadhub.partners.Partners;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Checks;
import org.quadhub.shared.Constraints;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.DomainProblem.FieldProblem;
import org.quadhub.shared.HsCatalogue;
import org.quadhub.shared.HsCode;
import org.quadhub.shared.ReadModel;
import org.quadhub.shared.Role;
import org.quadhub.shared.Sector;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.stream.Collectors;

/**
 * Forms QUADs and moves them through their lifecycle. The coordinating authority does everything; a partner user
 * proposes QUADs its organisation belongs to and reads those; other signed-in roles read all.
 */
@Service
@Transactional
public class Quads {

	private final QuadRepository quads;
	private final Partners partners;
	private final Validator validator;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Approvals approvals;
	private final HsCatalogue hsCatalogue = HsCatalogue.standard();

	private final JdbcTemplate jdbc;
	private final ReadModel<List<QuadSummary>> summaries = new ReadModel<>(Duration.ofMinutes(10));

	Quads(QuadRepository quads, Partners partners, Validator validator, ApplicationEventPublisher events, Clock clock,
			Approvals approvals, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.quads = quads;
		this.approvals = approvals;
		this.partners = partners;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	public QuadDetails propose(Actor actor, ProposeQuad proposal) {
		if (!actor.isAuthority() && !actor.has(Role.PARTNER)) {
			throw DomainProblem.forbidden("Only the coordinating authority or a partner organisation may propose a QUAD.");
		}
		Checks.valid(validator, proposal);
		List<String> hsCodes = checkedHsCodes(proposal.hsCodes());
		Map<PartnerRole, Long> seats = proposal.partners();
		QuadPartnerPolicy.requireEveryRole(seats);
		if (!actor.isAuthority() && seats.values().stream().noneMatch(actor::actsFor)) {
			throw new DomainProblem(DomainProblem.Kind.FORBIDDEN, "not-own-quad", "Not your QUAD",
					"A partner may propose a QUAD only if its own organisation is one of the four.");
		}
		Map<Long, OrganisationDetails> found = partners.lookup(seats.values());
		QuadPartnerPolicy.requireKnown(seats, found);
		QuadPartnerPolicy.requireDistinct(seats);
		QuadPartnerPolicy.requireRoleFit(seats, found);
		QuadPartnerPolicy.requireActive(seats, found);
		if (quads.existsByNameIgnoreCase(proposal.name().trim())) {
			throw duplicateName(proposal.name());
		}
		Quad quad = new Quad(proposal, hsCodes, actor.username(), clock.instant());
		Constraints.writeOrConflict(() -> quads.saveAndFlush(quad), () -> duplicateName(proposal.name()));
		events.publishEvent(new QuadProposed(quad.id(), quad.name(), quad.productCategory(),
				new EnumMap<>(quad.partners()), actor.username()));
		return details(quad, found);
	}

	public QuadDetails transition(Actor actor, long id, TransitionQuad command) {
		if (!actor.isAuthority()) {
			throw DomainProblem.forbidden("Only the coordinating authority moves a QUAD through its lifecycle.");
		}
		Checks.valid(validator, command);
		Quad quad = load(id);
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, clock.getZone());
		LocalDate establishedOn = command.establishedOn() == null ? today : command.establishedOn();
		// Back-dating is allowed: a partnership that existed before it was entered here keeps its real date.
		if (command.to() == QuadStatus.ESTABLISHED && establishedOn.isAfter(today)) {
			throw DomainProblem.invalid("establishedOn", "cannot be in the future");
		}
		QuadStatus from = quad.status();
		if (command.to() == QuadStatus.APPROVED && from.next(quad.suspendedFrom()).contains(QuadStatus.APPROVED)
				&& from != QuadStatus.SUSPENDED
				&& !approvals.hasApprovedCase(SubjectRef.quad(id), Approvals.QUAD_ESTABLISHMENT)) {
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "establishment-case-not-approved",
					"Establishment approvals incomplete",
					"QUAD " + id + " can be approved only when its establishment case is approved by every agency "
							+ "(see /api/v1/approvals/cases).");
		}
		boolean firstEstablishment = quad.establishedOn() == null;
		quad.transition(command.to(), command.reason(), establishedOn, actor.username(), now);
		try {
			quads.saveAndFlush(quad);
		}
		catch (ObjectOptimisticLockingFailureException e) {
			throw DomainProblem.staleVersion("QUAD", id);
		}
		events.publishEvent(new QuadStatusChanged(id, from, command.to(), actor.username(), command.reason(), now));
		if (command.to() == QuadStatus.ESTABLISHED && firstEstablishment && quad.establishedOn() != null) {
			events.publishEvent(new QuadEstablished(id, quad.establishedOn(), quad.targetDate()));
		}
		return details(quad, partners.lookup(quad.partners().values()));
	}

	@Transactional(readOnly = true)
	public QuadDetails find(Actor actor, long id) {
		Quad quad = load(id);
		if (!mayRead(actor, quad)) {
			throw DomainProblem.forbidden("You may read only the QUADs your organisation belongs to.");
		}
		return details(quad, partners.lookup(quad.partners().values()));
	}

	@Transactional(readOnly = true)
	public List<QuadSummary> search(Actor actor, @Nullable QuadStatus status, @Nullable Sector sector) {
		List<QuadSummary> visible;
		if (actor.readsEverything()) {
			visible = allSummaries();
		}
		else if (actor.has(Role.PARTNER) && actor.organisationId() != null) {
			visible = quads.findAllWithPartner(actor.organisationId()).stream().map(Quad::summary).toList();
		}
		else {
			throw DomainProblem.forbidden("Sign in to list QUADs.");
		}
		return visible.stream()
			.filter(q -> status == null || q.status() == status)
			.filter(q -> sector == null || q.productCategory() == sector)
			.toList();
	}

	/**
	 * Every QUAD's summary by name, kept while the quad table is unchanged: the stamp (rows, the sum of their
	 * optimistic-lock versions, the highest id) moves with every insert and every update, whichever instance made
	 * it, and costs one scan of a table of a few dozen rows instead of loading every QUAD as an entity.
	 */
	private List<QuadSummary> allSummaries() {
		List<Long> stamp = jdbc.queryForObject(
				"select count(*), coalesce(sum(version), 0), coalesce(max(id), 0) from quad",
				(rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
		return summaries.get(stamp, () -> quads.findAllByOrderByNameAsc().stream().map(Quad::summary).toList());
	}

	/** The QUADs an organisation belongs to (for its registry page). */
	@Transactional(readOnly = true)
	public List<QuadSummary> ofOrganisation(long organisationId) {
		return quads.findAllWithPartner(organisationId).stream().map(Quad::summary).toList();
	}

	/** Public aggregate: counts by status and sector, and every QUAD's name, sector and status. */
	@Transactional(readOnly = true)
	public ProgrammeOverview overview() {
		List<QuadSummary> all = allSummaries();
		Map<QuadStatus, Long> byStatus = new LinkedHashMap<>();
		for (QuadStatus status : QuadStatus.values()) {
			byStatus.put(status, all.stream().filter(q -> q.status() == status).count());
		}
		Map<Sector, Long> bySector = new LinkedHashMap<>();
		for (Sector sector : Sector.values()) {
			bySector.put(sector, all.stream().filter(q -> q.productCategory() == sector).count());
		}
		return new ProgrammeOverview(all.size(), byStatus, bySector, all);
	}

	private static boolean mayRead(Actor actor, Quad quad) {
		return actor.readsEverything() || quad.partners().values().stream().anyMatch(actor::actsFor);
	}

	private Quad load(long id) {
		return quads.findById(id).orElseThrow(() -> DomainProblem.notFound("QUAD", id));
	}

	private List<String> checkedHsCodes(List<String> raw) {
		List<FieldProblem> malformed = new ArrayList<>();
		List<FieldProblem> unknown = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < raw.size(); i++) {
			String field = "hsCodes[" + i + "]";
			try {
				String code = HsCode.parse(raw.get(i)).code();
				if (!hsCatalogue.contains(code)) {
					unknown.add(new FieldProblem(field, code + " is not in the Harmonized System"));
				}
				codes.add(code);
			}
			catch (IllegalArgumentException e) {
				malformed.add(new FieldProblem(field, "must have 4 or 6 digits"));
			}
		}
		if (!malformed.isEmpty()) {
			throw DomainProblem.invalid(malformed);
		}
		if (!unknown.isEmpty()) {
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "unknown-hs-code", "Unknown HS code",
					unknown.get(0).message() + ".", unknown);
		}
		return codes.stream().distinct().toList();
	}

	private static DomainProblem duplicateName(String name) {
		return new DomainProblem(DomainProblem.Kind.CONFLICT, "duplicate-quad", "QUAD name taken",
				"A QUAD named '" + name.trim() + "' already exists.",
				List.of(new FieldProblem("name", "is already used by another QUAD")));
	}

	private QuadDetails details(Quad quad, Map<Long, OrganisationDetails> organisations) {
		Map<PartnerRole, QuadDetails.Partner> seats = new EnumMap<>(PartnerRole.class);
		quad.partners().forEach((role, orgId) -> {
			OrganisationDetails o = organisations.get(orgId);
			if (o != null) {
				seats.put(role, new QuadDetails.Partner(o.id(), o.name(), o.country(), o.kind()));
			}
		});
		List<QuadDetails.HsLine> hs = quad.hsCodes().stream()
			.sorted()
			.map(code -> new QuadDetails.HsLine(code, hsCatalogue.describe(code).orElse("")))
			.toList();
		return new QuadDetails(quad.id(), quad.name(), quad.productCategory(), quad.productDescription(), hs, seats,
				quad.exportTargetUsd(), quad.targetYears(), quad.status(), quad.establishedOn(), quad.targetDate(),
				quad.proposedBy(), quad.proposedAt(),
				quad.history().stream().map(QuadTransitionRecord::entry).collect(Collectors.toList()),
				quad.status().next(quad.suspendedFrom()), quad.version());
	}

}
