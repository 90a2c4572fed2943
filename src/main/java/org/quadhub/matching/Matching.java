package org.quadhub.matching;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.quadhub.matching.solver.MatchingPlan;
import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.ProposeQuad;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.Quads;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Checks;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.DomainProblem.FieldProblem;
import org.quadhub.shared.HsCatalogue;
import org.quadhub.shared.HsCode;
import org.quadhub.shared.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.ToIntBiFunction;

/**
 * Partner matching's front door. Who should build this product: {@link #propose}. Who should build these fifty:
 * {@link #start}, watched with {@link #run}, stopped with {@link #stop}, and turned into proposed QUADs with
 * {@link #accept}. Matching is for the coordinating authority (and the joint committee, which reads runs and asks
 * for proposals); partners, agencies and zone officers get 403.
 */
@Service
@Transactional
public class Matching {

	private final CandidatePool pool;
	private final ProgrammeRuns runs;
	private final MatchingStore store;
	private final Quads quads;
	private final Validator validator;
	private final JsonMapper json;
	private final Clock clock;
	private final ObjectProvider<ProductSlots> productSlots;
	private final ObjectProvider<ProductStrength> productStrength;
	private final ObjectProvider<ZoneLocations> zoneLocations;
	private final HsCatalogue hsCatalogue = HsCatalogue.standard();

	Matching(CandidatePool pool, ProgrammeRuns runs, MatchingStore store, Quads quads, Validator validator,
			JsonMapper json, Clock clock, ObjectProvider<ProductSlots> productSlots,
			ObjectProvider<ProductStrength> productStrength, ObjectProvider<ZoneLocations> zoneLocations) {
		this.pool = pool;
		this.runs = runs;
		this.store = store;
		this.quads = quads;
		this.validator = validator;
		this.json = json;
		this.clock = clock;
		this.productSlots = productSlots;
		this.productStrength = productStrength;
		this.zoneLocations = zoneLocations;
	}

	/** The top quartets for one product, best first, each with its score explained. */
	@Transactional(readOnly = true)
	public Proposals propose(Actor actor, ProposalRequest request) {
		requireAnalyst(actor);
		Checks.valid(validator, request);
		SlotRequest slot = request.slot();
		List<String> notes = new ArrayList<>();
		Pool current = pool.current();
		Scoring.Product product = product(current, slot, "", notes);
		MatchingWeights weights = MatchingWeights.orDefault(request.weights());
		ToIntBiFunction<Scoring.Product, Profile> strength = strength();
		List<Proposal> proposals = new ArrayList<>();
		int rank = 1;
		for (Explanation.Explained e : QuartetSearch.best(current, product, weights, request.topOrDefault(),
				p -> strength.applyAsInt(product, p))) {
			proposals.add(new Proposal(rank++, e.score(), e.partners(), e.breakdown()));
		}
		Map<PartnerRole, Integer> eligible = current.eligibleCounts();
		eligible.forEach((role, count) -> {
			if (count == 0) {
				notes.add("No eligible organisation for " + role + ": every one is excluded or at capacity.");
			}
		});
		return new Proposals(proposals, eligible, current.setAside(), notes);
	}

	/** Stores a programme run and starts solving it in the background; poll {@link #run} for progress. */
	public RunView start(Actor actor, RunRequest request) {
		requireAuthority(actor);
		Checks.valid(validator, request);
		List<SlotRequest> slots = request.slotsOrEmpty();
		if (slots.isEmpty()) {
			if (request.topProducts() == null) {
				throw DomainProblem.invalid("slots", "must name at least one slot (or give topProducts)");
			}
			ProductSlots source = productSlots.getIfAvailable();
			if (source == null) {
				throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "no-product-selection",
						"No product selection available",
						"No product selection is installed to supply the top products: name the slots instead.",
						List.of(new FieldProblem("topProducts", "no product selection is installed")));
			}
			slots = source.top(request.topProducts());
			if (slots.isEmpty()) {
				throw DomainProblem.invalid("topProducts", "the product selection has no products yet");
			}
		}
		List<String> notes = new ArrayList<>();
		Pool current = pool.current();
		List<Scoring.Product> products = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < slots.size(); i++) {
			products.add(product(current, slots.get(i), "slots[" + i + "].", notes));
			labels.add(label(slots.get(i), i));
		}
		current.eligibleCounts().forEach((role, count) -> {
			if (count == 0) {
				throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "no-eligible-organisation",
						"No organisation can take a role", "No eligible organisation for " + role
								+ ": every one is excluded or at capacity.",
						List.of(new FieldProblem("slots", "no eligible organisation for " + role)));
			}
		});
		MatchingWeights weights = MatchingWeights.orDefault(request.weights());
		ToIntBiFunction<Scoring.Product, Profile> strength = strength();
		MatchingPlan plan = PlanFactory.plan(current, products, labels, weights, strength);
		long id = store.insertRun(json.writeValueAsString(slots), json.writeValueAsString(weights),
				request.timeLimitSeconds(), actor.username(), clock.instant());
		runs.start(id, plan, current, products, labels, weights, strength, request.timeLimitSeconds());
		return view(load(id));
	}

	@Transactional(readOnly = true)
	public RunView run(Actor actor, long id) {
		requireAnalyst(actor);
		return view(load(id));
	}

	@Transactional(readOnly = true)
	public List<RunView> recentRuns(Actor actor, int limit) {
		requireAnalyst(actor);
		return store.recentRuns(Math.max(1, Math.min(limit, 100))).stream().map(this::view).toList();
	}

	/** Stops a solving run early; its best result so far becomes its result. */
	public RunView stop(Actor actor, long id) {
		requireAuthority(actor);
		MatchingStore.RunRow row = load(id);
		if (row.status() != RunStatus.SOLVING) {
			throw new DomainProblem(DomainProblem.Kind.CONFLICT, "run-not-solving", "Run is not solving",
					"Run " + id + " is " + row.status() + ": there is nothing to stop.");
		}
		runs.stop(id);
		return view(row);
	}

	/**
	 * Turns a finished run's assignment into PROPOSED QUADs, all or none. The assignment is checked again against
	 * today's registry first: an organisation excluded, deactivated or filled up since the run gives 409.
	 */
	public RunView accept(Actor actor, long id, @Nullable Long expectedVersion) {
		requireAuthority(actor);
		MatchingStore.RunRow row = load(id);
		RunView view = view(row);
		if (expectedVersion != null && expectedVersion != row.version()) {
			throw DomainProblem.staleVersion("Matching run", id);
		}
		if (row.status() == RunStatus.ACCEPTED) {
			throw new DomainProblem(DomainProblem.Kind.CONFLICT, "run-already-accepted", "Run already accepted",
					"Run " + id + " was already accepted by " + row.acceptedBy() + ".");
		}
		if (row.status() != RunStatus.FINISHED && row.status() != RunStatus.STOPPED) {
			throw new DomainProblem(DomainProblem.Kind.CONFLICT, "run-not-finished", "Run has not finished",
					"Run " + id + " is " + row.status() + "; only a finished or stopped run can be accepted.");
		}
		if (!view.acceptable()) {
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "run-infeasible", "Run breaks a hard rule",
					"Run " + id + " found no assignment that keeps every hard rule (best score " + row.bestScore()
							+ "); change the slots or the registry and run again.");
		}
		recheck(view);
		List<Long> created = new ArrayList<>();
		for (RunView.SlotAssignment a : view.assignment()) {
			SlotRequest slot = view.slots().get(a.slot());
			Map<PartnerRole, Long> seats = new EnumMap<>(PartnerRole.class);
			a.partners().forEach((role, partner) -> seats.put(role, partner.id()));
			String name = slot.name() != null && !slot.name().isBlank() ? slot.name().trim()
					: a.label() + " · run " + id;
			String description = slot.productDescription() != null && !slot.productDescription().isBlank()
					? slot.productDescription() : a.label() + " (proposed by matching run " + id + ")";
			QuadDetails quad = quads.propose(actor, new ProposeQuad(name, slot.productCategory(), description,
					slot.hsCodes(), seats, null, null));
			created.add(quad.id());
		}
		if (!store.markAccepted(id, row.version(), actor.username(), clock.instant(), json.writeValueAsString(created))) {
			throw DomainProblem.staleVersion("Matching run", id);
		}
		pool.invalidate();
		return view(load(id));
	}

	/** Every assigned organisation is still eligible, within capacity, and no pair is now incompatible. */
	private void recheck(RunView view) {
		Pool current = pool.current();
		List<FieldProblem> problems = new ArrayList<>();
		Map<Long, Integer> added = new HashMap<>();
		view.assignment().forEach(a -> a.partners().values().forEach(p -> added.merge(p.id(), 1, Integer::sum)));
		for (RunView.SlotAssignment a : view.assignment()) {
			List<Profile> members = new ArrayList<>();
			for (Map.Entry<PartnerRole, Proposal.ProposedPartner> e : a.partners().entrySet()) {
				String field = "assignment[" + a.slot() + "]." + e.getKey();
				Profile p = current.byId().get(e.getValue().id());
				if (p == null) {
					problems.add(new FieldProblem(field, e.getValue().name() + " is no longer active"));
					continue;
				}
				members.add(p);
				if (p.exclusion() != null) {
					problems.add(new FieldProblem(field, p.name() + " is now excluded (" + p.exclusion() + ")"));
				}
				if (p.existingQuads() + added.get(p.id()) > p.capacity()) {
					problems.add(new FieldProblem(field, p.name() + " would be in " + (p.existingQuads() + added.get(p.id()))
							+ " QUADs, over its capacity " + p.capacity()));
				}
			}
			for (int i = 0; i < members.size(); i++) {
				for (int j = i + 1; j < members.size(); j++) {
					if (members.get(i).candidate().incompatibleWith(members.get(j).candidate())) {
						problems.add(new FieldProblem("assignment[" + a.slot() + "]", members.get(i).name() + " and "
								+ members.get(j).name() + " are now marked incompatible"));
					}
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new DomainProblem(DomainProblem.Kind.CONFLICT, "run-outdated", "The registry changed since the run",
					problems.get(0).message() + "; run the assignment again.", problems.stream().distinct().toList());
		}
	}

	private Scoring.Product product(Pool current, SlotRequest slot, String prefix, List<String> notes) {
		List<FieldProblem> bad = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < slot.hsCodes().size(); i++) {
			String field = prefix + "hsCodes[" + i + "]";
			try {
				String code = HsCode.parse(slot.hsCodes().get(i)).code();
				if (!hsCatalogue.contains(code)) {
					bad.add(new FieldProblem(field, code + " is not in the Harmonized System"));
				}
				codes.add(code);
			}
			catch (IllegalArgumentException e) {
				throw DomainProblem.invalid(field, "must have 4 or 6 digits");
			}
		}
		if (!bad.isEmpty()) {
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "unknown-hs-code", "Unknown HS code",
					bad.get(0).message() + ".", bad);
		}
		Place zone = null;
		String zoneName = null;
		if (slot.zonePlace() != null && !slot.zonePlace().isBlank()) {
			zone = current.place(slot.zonePlace());
			if (zone == null) {
				throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "unknown-place", "Unknown place",
						"No coordinates are known for '" + slot.zonePlace().trim() + "'; add the place first.",
						List.of(new FieldProblem(prefix + "zonePlace", "no coordinates known for this place")));
			}
			zoneName = zone.name();
		}
		else if (slot.zoneId() != null) {
			ZoneLocations locations = zoneLocations.getIfAvailable();
			String place = locations == null ? null : locations.placeOf(slot.zoneId()).orElse(null);
			zone = current.place(place);
			if (zone == null) {
				notes.add("The location of zone " + slot.zoneId() + " is unknown: distance to the zone is not scored.");
			}
			else {
				zoneName = zone.name();
			}
		}
		SlotRequest normalised = new SlotRequest(slot.name(), slot.productCategory(), slot.productDescription(),
				codes.stream().distinct().toList(), slot.requiredCapabilities(), slot.zoneId(), slot.zonePlace());
		return Scoring.product(current, normalised, zone, zoneName);
	}

	/**
	 * Each Chinese company's strength points in a product: the country's strength from the complexity module (asked
	 * once per product), scaled by whether the company works in the product's sector.
	 */
	private ToIntBiFunction<Scoring.Product, Profile> strength() {
		ProductStrength source = productStrength.getIfAvailable();
		if (source == null) {
			return (product, profile) -> 0;
		}
		Map<List<String>, OptionalDouble> national = new java.util.concurrent.ConcurrentHashMap<>();
		return (product, profile) -> Scoring.strengthPoints(national.computeIfAbsent(product.hsCodes(),
				codes -> source.strength(product.sector(), codes)), product, profile);
	}

	private static String label(SlotRequest slot, int index) {
		if (slot.name() != null && !slot.name().isBlank()) {
			return slot.name().trim();
		}
		return "Slot " + (index + 1) + ": " + slot.productCategory() + " " + String.join(",", slot.hsCodes());
	}

	private MatchingStore.RunRow load(long id) {
		return store.run(id).orElseThrow(() -> DomainProblem.notFound("Matching run", id));
	}

	private RunView view(MatchingStore.RunRow row) {
		List<SlotRequest> slots = json.readValue(row.request(), new TypeReference<List<SlotRequest>>() {
		});
		MatchingWeights weights = json.readValue(row.weights(), MatchingWeights.class);
		List<RunView.ScorePoint> history = row.scoreHistory() == null ? List.of()
				: json.readValue(row.scoreHistory(), new TypeReference<List<RunView.ScorePoint>>() {
				});
		RunView.Result result = row.result() == null ? new RunView.Result(List.of(), List.of())
				: json.readValue(row.result(), RunView.Result.class);
		List<Long> accepted = row.acceptedQuads() == null ? List.of()
				: json.readValue(row.acceptedQuads(), new TypeReference<List<Long>>() {
				});
		long limitMillis = row.timeLimitSeconds() * 1000L;
		int progress = row.status() == RunStatus.SOLVING
				? (int) Math.min(99, row.elapsedMillis() * 100 / Math.max(1, limitMillis)) : 100;
		return new RunView(row.id(), row.status(), row.createdBy(), row.createdAt(), row.finishedAt(),
				row.timeLimitSeconds(), row.elapsedMillis(), progress, row.bestScore(), row.feasible(), weights, slots,
				history, result.assignment(), result.justifications(), accepted, row.acceptedBy(), row.failure(),
				row.version());
	}

	static void requireAuthority(Actor actor) {
		if (!actor.isAuthority()) {
			throw DomainProblem.forbidden("Only the coordinating authority runs, stops and accepts partner matching.");
		}
	}

	static void requireAnalyst(Actor actor) {
		if (!actor.isAuthority() && !actor.has(Role.COMMITTEE)) {
			throw DomainProblem.forbidden("Partner matching is for the coordinating authority and the joint committee.");
		}
	}
}
