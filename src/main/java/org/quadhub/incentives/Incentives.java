package org.quadhub.incentives;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.Quads;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Checks;
import org.quadhub.shared.Constraints;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.DomainProblem.FieldProblem;
import org.quadhub.shared.Role;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Incentive policy versions and the packages QUADs get under them. Policy versions are written by the coordinating
 * authority and immutable once published; packages are written by the authority or a zone officer, checked against
 * their policy version's terms (422 naming the term), and frozen by signing. A partner reads its own QUADs'
 * packages only.
 */
@Service
@Transactional
public class Incentives {

	private final PolicyRepository policies;
	private final PackageRepository packages;
	private final ImportEntryRepository imports;
	private final Quads quads;
	private final Validator validator;
	private final Clock clock;

	Incentives(PolicyRepository policies, PackageRepository packages, ImportEntryRepository imports, Quads quads,
			Validator validator, Clock clock) {
		this.policies = policies;
		this.packages = packages;
		this.imports = imports;
		this.quads = quads;
		this.validator = validator;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- policy versions

	@Transactional(readOnly = true)
	public List<PolicyDetails> policies(Actor actor) {
		requireSignedIn(actor);
		return policies.findAllNewestFirst().stream().map(IncentivePolicy::details).toList();
	}

	@Transactional(readOnly = true)
	public PolicyDetails policy(Actor actor, long id) {
		requireSignedIn(actor);
		return loadPolicy(id).details();
	}

	@Transactional(readOnly = true)
	public Optional<PolicyDetails> policyInForce(Actor actor, LocalDate day) {
		requireSignedIn(actor);
		return policyInForce(day);
	}

	/** The published version in force on a day: the latest effective, ties going to the latest published. */
	@Transactional(readOnly = true)
	public Optional<PolicyDetails> policyInForce(LocalDate day) {
		return policies.inForceOn(day).stream().findFirst().map(IncentivePolicy::details);
	}

	public PolicyDetails createPolicy(Actor actor, PolicyCommand command) {
		requireAuthority(actor);
		Checks.valid(validator, command);
		if (policies.existsByNameIgnoringCase(command.name().trim())) {
			throw duplicatePolicy(command.name());
		}
		IncentivePolicy policy = new IncentivePolicy(command, actor.username(), clock.instant());
		Constraints.writeOrConflict(() -> policies.saveAndFlush(policy), () -> duplicatePolicy(command.name()));
		return policy.details();
	}

	public PolicyDetails updatePolicy(Actor actor, long id, PolicyCommand command) {
		requireAuthority(actor);
		Checks.valid(validator, command);
		IncentivePolicy policy = loadPolicy(id);
		if (command.version() == null) {
			throw DomainProblem.invalid("version", "is required: send the version you read");
		}
		if (policy.version() != command.version()) {
			throw DomainProblem.staleVersion("Policy version", id);
		}
		if (!policy.name().equalsIgnoreCase(command.name().trim()) && policies.existsByNameIgnoringCase(command.name().trim())) {
			throw duplicatePolicy(command.name());
		}
		policy.apply(command);
		saveVersioned(() -> policies.saveAndFlush(policy), "Policy version", id);
		return policy.details();
	}

	public PolicyDetails publishPolicy(Actor actor, long id) {
		requireAuthority(actor);
		IncentivePolicy policy = loadPolicy(id);
		policy.publish(actor.username(), clock.instant());
		saveVersioned(() -> policies.saveAndFlush(policy), "Policy version", id);
		return policy.details();
	}

	// ---------------------------------------------------------------- packages

	/** The QUAD's package, or empty when it has none; the caller must be allowed to read the QUAD. */
	@Transactional(readOnly = true)
	public Optional<PackageDetails> packageOf(Actor actor, long quadId) {
		QuadDetails quad = quads.find(actor, quadId);
		return packages.findByQuadId(quadId).map(p -> details(p, quad));
	}

	/** Creates the QUAD's package or replaces its draft terms; a signed package is frozen (409). */
	public PackageDetails savePackage(Actor actor, long quadId, PackageCommand command) {
		requireAdministrator(actor);
		Checks.valid(validator, command);
		QuadDetails quad = quads.find(actor, quadId);
		LocalDate today = LocalDate.now(clock);
		Optional<IncentivePackage> existing = packages.findByQuadId(quadId);
		if (existing.isPresent()) {
			if (existing.get().status() == PackageStatus.SIGNED) {
				throw frozen(quadId);
			}
			if (command.version() == null) {
				throw DomainProblem.invalid("version", "is required to change an existing package: send the version you read");
			}
			if (existing.get().version() != command.version()) {
				throw DomainProblem.staleVersion("Package of QUAD", quadId);
			}
		}
		PackageTerms terms = terms(command, quad, today);
		PolicyDetails policy = loadPolicy(terms.policyId()).details();
		List<FieldProblem> breaches = terms.breaches(policy);
		if (!breaches.isEmpty()) {
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "package-exceeds-policy",
					"Package exceeds its policy", breaches.get(0).field() + ": " + breaches.get(0).message() + ".", breaches);
		}
		IncentivePackage pkg = existing.orElseGet(() -> new IncentivePackage(quadId, clock.instant()));
		pkg.apply(terms, clock.instant());
		try {
			Constraints.writeOrConflict(() -> packages.saveAndFlush(pkg), () -> new DomainProblem(DomainProblem.Kind.CONFLICT,
					"package-exists", "QUAD already has a package",
					"Someone else created QUAD " + quadId + "'s package meanwhile; reload it and edit that one."));
		}
		catch (ObjectOptimisticLockingFailureException e) {
			throw DomainProblem.staleVersion("Package of QUAD", quadId);
		}
		return details(pkg, quad);
	}

	/** Signs the package: its terms are frozen from now on, whatever later policy versions say. */
	public PackageDetails sign(Actor actor, long quadId, @Nullable LocalDate signedOn, @Nullable Long version) {
		requireAdministrator(actor);
		QuadDetails quad = quads.find(actor, quadId);
		IncentivePackage pkg = packages.findByQuadId(quadId).orElseThrow(() -> DomainProblem.notFound("Package of QUAD", quadId));
		if (pkg.status() == PackageStatus.SIGNED) {
			throw frozen(quadId);
		}
		if (version != null && version != pkg.version()) {
			throw DomainProblem.staleVersion("Package of QUAD", quadId);
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate on = signedOn == null ? today : signedOn;
		if (on.isAfter(today)) {
			throw DomainProblem.invalid("signedOn", "cannot be in the future");
		}
		PackageTerms terms = pkg.terms();
		if (on.isBefore(terms.appliedOn())) {
			throw DomainProblem.invalid("signedOn", "cannot be before the application date " + terms.appliedOn());
		}
		requireExemptionAfterEstablishment(terms.taxExemptionStart(), quad);
		pkg.sign(on, actor.username(), clock.instant());
		saveVersioned(() -> packages.saveAndFlush(pkg), "Package of QUAD", quadId);
		return details(pkg, quad);
	}

	/**
	 * Registers duty-free machinery imports under a package with duty-free machinery, all or none. Entry ids are
	 * unique across the register: a duplicate within the request is a 400, one already registered a 409, each naming
	 * the row.
	 */
	public PackageDetails recordImports(Actor actor, long quadId, ImportEntries command) {
		requireAdministrator(actor);
		Checks.valid(validator, command);
		QuadDetails quad = quads.find(actor, quadId);
		IncentivePackage pkg = packages.findByQuadId(quadId).orElseThrow(() -> DomainProblem.notFound("Package of QUAD", quadId));
		if (!pkg.dutyFreeMachinery()) {
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "no-duty-free-machinery",
					"Package has no duty-free machinery",
					"QUAD " + quadId + "'s package does not include duty-free machinery imports; nothing was registered.");
		}
		LocalDate today = LocalDate.now(clock);
		List<FieldProblem> invalid = new ArrayList<>();
		List<Currency> currencies = new ArrayList<>();
		Map<String, Integer> firstRow = new HashMap<>();
		List<FieldProblem> overlaps = new ArrayList<>();
		for (int i = 0; i < command.entries().size(); i++) {
			ImportEntries.Entry entry = command.entries().get(i);
			String row = "entries[" + i + "]";
			try {
				currencies.add(Currency.parse(row + ".currency", entry.currency()));
			}
			catch (DomainProblem problem) {
				invalid.addAll(problem.errors());
				currencies.add(Currency.PKR);
			}
			if (entry.date().isAfter(today)) {
				invalid.add(new FieldProblem(row + ".date", "cannot be in the future"));
			}
			String key = entry.entryId().trim().toLowerCase(Locale.ROOT);
			Integer earlier = firstRow.putIfAbsent(key, i);
			if (earlier != null) {
				invalid.add(new FieldProblem(row + ".entryId", "'" + entry.entryId().trim() + "' repeats entries[" + earlier + "]"));
			}
		}
		if (!invalid.isEmpty()) {
			throw DomainProblem.invalid(invalid);
		}
		Set<String> taken = Set.copyOf(imports.existingRefs(firstRow.keySet()));
		for (int i = 0; i < command.entries().size(); i++) {
			String key = command.entries().get(i).entryId().trim().toLowerCase(Locale.ROOT);
			if (taken.contains(key)) {
				overlaps.add(new FieldProblem("entries[" + i + "].entryId",
						"'" + command.entries().get(i).entryId().trim() + "' is already in the import register"));
			}
		}
		if (!overlaps.isEmpty()) {
			throw duplicateEntries(overlaps);
		}
		List<ImportEntry> rows = new ArrayList<>();
		for (int i = 0; i < command.entries().size(); i++) {
			rows.add(new ImportEntry(pkg.id(), command.entries().get(i), currencies.get(i), actor.username(), clock.instant()));
		}
		Constraints.writeOrConflict(() -> imports.saveAllAndFlush(rows),
				() -> duplicateEntries(List.of(new FieldProblem("entries", "an entry id was registered meanwhile"))));
		return details(pkg, quad);
	}

	/** Packages of several QUADs (no access check: for the fiscal ledger, which checks the QUAD itself). */
	@Transactional(readOnly = true)
	Map<Long, PackageTerms> termsOf(List<Long> quadIds) {
		Map<Long, PackageTerms> out = new HashMap<>();
		packages.findAllByQuadIdIn(quadIds).forEach(p -> out.put(p.quadId(), p.terms()));
		return out;
	}

	@Transactional(readOnly = true)
	List<ImportEntry> importsOf(long quadId) {
		return packages.findByQuadId(quadId).map(p -> imports.findAllByPackageIdOrderByEnteredOnAscIdAsc(p.id()))
			.orElse(List.of());
	}

	@Transactional(readOnly = true)
	boolean signed(long quadId) {
		return packages.findByQuadId(quadId).map(p -> p.status() == PackageStatus.SIGNED).orElse(false);
	}

	// ---------------------------------------------------------------- internals

	private PackageTerms terms(PackageCommand c, QuadDetails quad, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate appliedOn = c.appliedOn() == null ? today : c.appliedOn();
		if (appliedOn.isAfter(today)) {
			problems.add(new FieldProblem("appliedOn", "cannot be in the future"));
		}
		Currency landCurrency = Currency.PKR;
		try {
			landCurrency = c.landCurrency() == null ? Currency.PKR : Currency.parse("landCurrency", c.landCurrency());
		}
		catch (DomainProblem p) {
			problems.addAll(p.errors());
		}
		BigDecimal subsidy;
		switch (c.landTerms()) {
			case FREE:
				subsidy = BigDecimal.valueOf(100);
				break;
			case MARKET:
				subsidy = BigDecimal.ZERO;
				break;
			default:
				if (c.landSubsidyPercent() == null || c.landSubsidyPercent().signum() == 0) {
					problems.add(new FieldProblem("landSubsidyPercent", "is required (above 0) for SUBSIDISED land"));
				}
				subsidy = c.landSubsidyPercent() == null ? BigDecimal.ZERO : c.landSubsidyPercent();
		}
		if (c.landTerms() != LandTerms.SUBSIDISED && c.landSubsidyPercent() != null
				&& c.landSubsidyPercent().compareTo(subsidy) != 0) {
			problems.add(new FieldProblem("landSubsidyPercent", "must be " + subsidy + " (or left out) for " + c.landTerms() + " land"));
		}
		if (c.taxExemptionYears() > 0 && c.taxExemptionStart() == null) {
			problems.add(new FieldProblem("taxExemptionStart", "is required when taxExemptionYears is above 0"));
		}
		List<PackageDetails.UtilityLine> utilities = new ArrayList<>();
		Set<Utility> seen = EnumSet.noneOf(Utility.class);
		List<PackageCommand.UtilityDiscount> discounts = c.utilityDiscounts() == null ? List.of() : c.utilityDiscounts();
		for (int i = 0; i < discounts.size(); i++) {
			PackageCommand.UtilityDiscount d = discounts.get(i);
			if (!seen.add(d.utility())) {
				problems.add(new FieldProblem("utilityDiscounts[" + i + "].utility", d.utility() + " is listed twice"));
			}
			try {
				Currency currency = d.currency() == null ? Currency.PKR : Currency.parse("utilityDiscounts[" + i + "].currency", d.currency());
				utilities.add(new PackageDetails.UtilityLine(d.utility(), d.discountPercent(), d.annualBill(), currency));
			}
			catch (DomainProblem p) {
				problems.addAll(p.errors());
			}
		}
		if (!problems.isEmpty()) {
			throw DomainProblem.invalid(problems);
		}
		requireExemptionAfterEstablishment(c.taxExemptionStart(), quad);
		long policyId;
		if (c.policyVersionId() == null) {
			policyId = policyInForce(appliedOn).map(PolicyDetails::id).orElseThrow(() -> new DomainProblem(
					DomainProblem.Kind.RULE_VIOLATED, "policy-not-in-force", "No policy in force",
					"No published policy version was in force on " + appliedOn + ".",
					List.of(new FieldProblem("appliedOn", "no policy version in force on this day"))));
		}
		else {
			IncentivePolicy policy = policies.findById(c.policyVersionId()).orElseThrow(() -> new DomainProblem(
					DomainProblem.Kind.RULE_VIOLATED, "policy-not-found", "Unknown policy version",
					"Policy version " + c.policyVersionId() + " does not exist.",
					List.of(new FieldProblem("policyVersionId", "no such policy version"))));
			if (!policy.details().inForceOn(appliedOn)) {
				throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "policy-not-in-force", "Policy not in force",
						"Policy version '" + policy.name() + "' is not a published version in force on " + appliedOn
								+ "; a package takes the terms in force when it was applied for.",
						List.of(new FieldProblem("policyVersionId", "not in force on " + appliedOn)));
			}
			policyId = policy.id();
		}
		return new PackageTerms(policyId, appliedOn, c.landTerms(), subsidy,
				c.landMarketValue() == null ? BigDecimal.ZERO : c.landMarketValue(), landCurrency, c.taxExemptionYears(),
				c.taxExemptionYears() == 0 ? null : c.taxExemptionStart(), Boolean.TRUE.equals(c.dutyFreeMachinery()),
				c.solarMw() == null ? BigDecimal.ZERO : c.solarMw(), utilities);
	}

	private static void requireExemptionAfterEstablishment(@Nullable LocalDate start, QuadDetails quad) {
		if (start != null && quad.establishedOn() != null && start.isBefore(quad.establishedOn())) {
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "exemption-before-establishment",
					"Exemption starts before establishment",
					"The tax exemption cannot start (" + start + ") before the QUAD was established (" + quad.establishedOn() + ").",
					List.of(new FieldProblem("taxExemptionStart", "is before the establishment date " + quad.establishedOn())));
		}
	}

	PackageDetails details(IncentivePackage pkg, QuadDetails quad) {
		PackageTerms terms = pkg.terms();
		PolicyDetails policy = loadPolicy(terms.policyId()).details();
		List<ImportEntryDetails> entries = imports.findAllByPackageIdOrderByEnteredOnAscIdAsc(pkg.id()).stream()
			.map(ImportEntry::details).toList();
		Map<Currency, BigDecimal> duty = new EnumMap<>(Currency.class);
		entries.forEach(e -> duty.merge(e.currency(), e.dutyForgone(), BigDecimal::add));
		return new PackageDetails(pkg.id(), quad.id(), quad.name(), policy, terms.appliedOn(), terms.landTerms(),
				terms.landSubsidyPercent(), terms.landMarketValue(), terms.landCurrency(), terms.taxExemptionYears(),
				terms.taxExemptionStart(), terms.taxExemptionEnd(), terms.dutyFreeMachinery(), terms.solarMw(),
				terms.utilities(), pkg.status(), pkg.signedOn(), pkg.signedBy(), entries, duty,
				standing(terms, policy, pkg.status()), pkg.version());
	}

	private PackageDetails.PolicyStanding standing(PackageTerms terms, PolicyDetails own, PackageStatus status) {
		Optional<PolicyDetails> inForce = policyInForce(LocalDate.now(clock));
		if (inForce.isEmpty()) {
			return new PackageDetails.PolicyStanding(Standing.NO_POLICY_IN_FORCE, null, null, List.of());
		}
		PolicyDetails today = inForce.get();
		if (today.id() == own.id()) {
			return new PackageDetails.PolicyStanding(Standing.CURRENT_POLICY, today.id(), today.name(), List.of());
		}
		List<FieldProblem> conflicts = terms.breaches(today);
		Standing standing = conflicts.isEmpty() ? Standing.ALLOWED_BY_POLICY_IN_FORCE
				: status == PackageStatus.SIGNED ? Standing.GRANDFATHERED : Standing.CONFLICTS_WITH_POLICY_IN_FORCE;
		return new PackageDetails.PolicyStanding(standing, today.id(), today.name(), conflicts);
	}

	private IncentivePolicy loadPolicy(long id) {
		return policies.findById(id).orElseThrow(() -> DomainProblem.notFound("Policy version", id));
	}

	private static void saveVersioned(Runnable save, String what, long id) {
		try {
			save.run();
		}
		catch (ObjectOptimisticLockingFailureException e) {
			throw DomainProblem.staleVersion(what, id);
		}
	}

	private static DomainProblem frozen(long quadId) {
		return new DomainProblem(DomainProblem.Kind.CONFLICT, "package-signed", "Package is signed",
				"QUAD " + quadId + "'s package is signed; its terms are frozen.");
	}

	private static DomainProblem duplicatePolicy(String name) {
		return new DomainProblem(DomainProblem.Kind.CONFLICT, "duplicate-policy", "Policy name taken",
				"A policy version named '" + name.trim() + "' already exists.",
				List.of(new FieldProblem("name", "is already used by another policy version")));
	}

	private static DomainProblem duplicateEntries(List<FieldProblem> overlaps) {
		return new DomainProblem(DomainProblem.Kind.CONFLICT, "duplicate-import-entry", "Import entry ids overlap",
				overlaps.get(0).field() + ": " + overlaps.get(0).message() + "; nothing was registered.", overlaps);
	}

	/** The authority and zone officers administer packages, imports and financing. */
	public static boolean mayAdminister(Actor actor) {
		return actor.isAuthority() || actor.has(Role.ZONE_OFFICER);
	}

	static void requireAdministrator(Actor actor) {
		if (!mayAdminister(actor)) {
			throw DomainProblem.forbidden("Only the coordinating authority or a zone officer may change incentives and financing.");
		}
	}

	static void requireAuthority(Actor actor) {
		if (!actor.isAuthority()) {
			throw DomainProblem.forbidden("Only the coordinating authority may change policy versions and fiscal assumptions.");
		}
	}

	static void requireSignedIn(Actor actor) {
		if (actor.isAnonymous()) {
			throw DomainProblem.forbidden("Sign in first.");
		}
	}
}
