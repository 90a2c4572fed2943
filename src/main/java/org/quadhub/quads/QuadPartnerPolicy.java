package org.quadhub.quads;

import org.quadhub.partners.OrganisationDetails;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.DomainProblem.FieldProblem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The four-party rule: exactly one organisation per role, each of the country and kind its role needs, four
 * distinct organisations, all active. Each broken rule is its own 422 problem, naming the offending roles.
 */
final class QuadPartnerPolicy {

	private QuadPartnerPolicy() {
	}

	/** Exactly one organisation per role: no role left empty. */
	static void requireEveryRole(Map<PartnerRole, Long> partners) {
		List<FieldProblem> missing = Arrays.stream(PartnerRole.values())
			.filter(role -> partners.get(role) == null)
			.map(role -> new FieldProblem("partners." + role, "needs " + role.needs()))
			.toList();
		if (!missing.isEmpty()) {
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "partner-role-missing",
					"Every QUAD needs exactly four partners",
					"A QUAD has exactly one organisation in each of the four roles; missing: "
							+ missing.stream().map(FieldProblem::field).toList() + ".",
					missing);
		}
	}

	/** The organisations named must exist. */
	static void requireKnown(Map<PartnerRole, Long> partners, Map<Long, OrganisationDetails> found) {
		List<FieldProblem> unknown = new ArrayList<>();
		partners.forEach((role, id) -> {
			if (!found.containsKey(id)) {
				unknown.add(new FieldProblem("partners." + role, "organisation " + id + " does not exist"));
			}
		});
		if (!unknown.isEmpty()) {
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "partner-not-found", "Unknown partner",
					"No organisation is registered under the id given for " + unknown.size() + " role(s).",
					sorted(unknown));
		}
	}

	/** Four distinct organisations: nobody takes two seats. */
	static void requireDistinct(Map<PartnerRole, Long> partners) {
		Map<Long, PartnerRole> seen = new HashMap<>();
		List<FieldProblem> repeats = new ArrayList<>();
		for (PartnerRole role : PartnerRole.values()) {
			Long id = partners.get(role);
			PartnerRole first = seen.putIfAbsent(id, role);
			if (first != null) {
				repeats.add(new FieldProblem("partners." + role, "is the same organisation as " + first));
			}
		}
		if (!repeats.isEmpty()) {
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "partners-not-distinct",
					"Partners must be four different organisations",
					"One organisation cannot fill two roles in the same QUAD.", repeats);
		}
	}

	/** Each partner's country and kind match its role. */
	static void requireRoleFit(Map<PartnerRole, Long> partners, Map<Long, OrganisationDetails> found) {
		List<FieldProblem> misfits = new ArrayList<>();
		for (PartnerRole role : PartnerRole.values()) {
			OrganisationDetails organisation = found.get(partners.get(role));
			if (!role.admits(organisation.country(), organisation.kind())) {
				misfits.add(new FieldProblem("partners." + role, organisation.name() + " is "
						+ describe(organisation) + "; this role needs " + role.needs()));
			}
		}
		if (!misfits.isEmpty()) {
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "partner-role-mismatch",
					"Partner does not fit its role",
					"Each role needs an organisation of a given country and kind: " + misfits.get(0).message() + ".",
					misfits);
		}
	}

	/** Only active organisations can join. */
	static void requireActive(Map<PartnerRole, Long> partners, Map<Long, OrganisationDetails> found) {
		List<FieldProblem> inactive = new ArrayList<>();
		for (PartnerRole role : PartnerRole.values()) {
			OrganisationDetails organisation = found.get(partners.get(role));
			if (!organisation.active()) {
				inactive.add(new FieldProblem("partners." + role, organisation.name() + " is not active"));
			}
		}
		if (!inactive.isEmpty()) {
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "partner-inactive", "Partner is not active",
					"Inactive organisations cannot join a QUAD.", inactive);
		}
	}

	/** What an organisation is, in the words of the seat it could take, such as a Pakistani company. */
	private static String describe(OrganisationDetails organisation) {
		return Arrays.stream(PartnerRole.values())
			.filter(r -> r.admits(organisation.country(), organisation.kind()))
			.map(PartnerRole::needs)
			.findFirst()
			.orElse(organisation.country() + " " + organisation.kind());
	}

	private static List<FieldProblem> sorted(List<FieldProblem> problems) {
		return problems.stream().sorted(java.util.Comparator.comparing(FieldProblem::field)).toList();
	}
}
