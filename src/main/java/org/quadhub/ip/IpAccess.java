package org.quadhub.ip;

import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.Quads;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.DomainProblem.FieldProblem;
import org.quadhub.shared.Role;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may read and write a QUAD's IP records, and how parties and owners are resolved and checked. Reading follows
 * the QUAD (partners read their own QUADs, other signed-in roles all); writing is for the coordinating authority and
 * the QUAD's own partners.
 */
@Component
class IpAccess {

	static final BigDecimal HUNDRED = new BigDecimal("100");

	private final Quads quads;

	IpAccess(Quads quads) {
		this.quads = quads;
	}

	QuadDetails read(Actor actor, long quadId) {
		if (actor.isAnonymous()) {
			throw DomainProblem.forbidden("Sign in to read IP records.");
		}
		return quads.find(actor, quadId);
	}

	QuadDetails write(Actor actor, long quadId) {
		QuadDetails quad = quads.find(Actor.system(), quadId);
		if (!mayWrite(actor, quad)) {
			throw DomainProblem.forbidden(
					"Only the coordinating authority and the QUAD's own partners record its agreements, patents and milestones.");
		}
		return quad;
	}

	static boolean mayWrite(Actor actor, QuadDetails quad) {
		return actor.isAuthority() || isOwnPartner(actor, quad);
	}

	/** Commercial terms (royalties) are for the coordinating authority and the QUAD's own partners only. */
	static boolean seesCommercialTerms(Actor actor, QuadDetails quad) {
		return actor.isAuthority() || isOwnPartner(actor, quad);
	}

	static boolean isOwnPartner(Actor actor, QuadDetails quad) {
		Long organisation = actor.organisationId();
		return actor.has(Role.PARTNER) && organisation != null
				&& quad.partners().values().stream().anyMatch(p -> p.id() == organisation);
	}

	/**
	 * Resolves parties or owners: a partner of the QUAD by id (its registry name is used) or another holder by name;
	 * then checks that the shares total exactly 100.
	 */
	static List<Stake> resolve(QuadDetails quad, List<Holder> holders, String field) {
		Map<Long, String> partners = quad.partners().values().stream()
			.collect(Collectors.toMap(QuadDetails.Partner::id, QuadDetails.Partner::name, (a, b) -> a));
		List<FieldProblem> invalid = new ArrayList<>();
		List<FieldProblem> rules = new ArrayList<>();
		List<Stake> stakes = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < holders.size(); i++) {
			Holder h = holders.get(i);
			String at = field + "[" + i + "]";
			String name;
			if (h.organisationId() != null) {
				name = partners.get(h.organisationId());
				if (name == null) {
					rules.add(new FieldProblem(at + ".organisationId", "organisation " + h.organisationId()
							+ " is not a partner of this QUAD; name other parties by name instead"));
					continue;
				}
			}
			else if (h.name() == null || h.name().isBlank()) {
				invalid.add(new FieldProblem(at + ".name", "is required when organisationId is not given"));
				continue;
			}
			else {
				name = h.name().trim();
			}
			if (!seen.add(name.toLowerCase(java.util.Locale.ROOT))) {
				invalid.add(new FieldProblem(at, name + " is listed twice"));
				continue;
			}
			stakes.add(new Stake(h.organisationId(), name, java.util.Objects.requireNonNull(h.share())));
		}
		if (!invalid.isEmpty()) {
			throw DomainProblem.invalid(invalid);
		}
		if (!rules.isEmpty()) {
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "not-a-quad-partner", "Not a partner of the QUAD",
					rules.get(0).message(), rules);
		}
		requireHundred(holders.stream().map(Holder::share).map(java.util.Objects::requireNonNull).toList());
		return stakes;
	}

	/** Ownership shares must total exactly 100 percent: 99.99 and 100.01 are both refused (422, field shares). */
	static void requireHundred(List<BigDecimal> shares) {
		BigDecimal total = shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		if (total.compareTo(HUNDRED) != 0) {
			String message = "ownership shares total " + total.stripTrailingZeros().toPlainString()
					+ "%; they must total exactly 100%";
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "shares-not-100",
					"Ownership shares must total 100%", message, List.of(new FieldProblem("shares", message)));
		}
	}
}
