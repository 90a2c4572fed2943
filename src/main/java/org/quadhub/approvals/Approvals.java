package org.quadhub.approvals;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Checks;
import org.quadhub.shared.Constraints;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.DomainProblem.FieldProblem;
import org.quadhub.shared.Role;
import org.quadhub.users.Users;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The approval engine's front door: route templates, cases, decisions, answers to queries, queues. An AGENCY
 * officer decides only its own agency's steps; the subject's applicant (asked through {@link SubjectAccess}) opens
 * cases and answers queries; the coordinating authority sees and escalates everything and edits templates.
 */
@Service
@Transactional
public class Approvals {

	/** The route a QUAD needs before it may be approved. */
	public static final String QUAD_ESTABLISHMENT = "quad-establishment";

	private final TemplateRepository templates;
	private final CaseRepository cases;
	private final AgencyRepository agencies;
	private final CaseWork work;
	private final Subjects subjects;
	private final Holidays holidays;
	private final Users users;
	private final Validator validator;
	private final Clock clock;
	private final PlatformTransactionManager transactions;

	Approvals(TemplateRepository templates, CaseRepository cases, AgencyRepository agencies, CaseWork work,
			Subjects subjects, Holidays holidays, Users users, Validator validator, Clock clock,
			PlatformTransactionManager transactions) {
		this.transactions = transactions;
		this.templates = templates;
		this.cases = cases;
		this.agencies = agencies;
		this.work = work;
		this.subjects = subjects;
		this.holidays = holidays;
		this.users = users;
		this.validator = validator;
		this.clock = clock;
	}

	/**
	 * The same engine acting at another clock's instants, to replay a case that ran before it was recorded here
	 * (demo history, paper files) or to test deadlines. Each call runs in a transaction, or joins the caller's.
	 */
	public Replay at(Clock other) {
		return new Replay(new Approvals(templates, cases, agencies, work, subjects, holidays, users, validator, other,
				transactions), new TransactionTemplate(transactions));
	}

	/** {@link Approvals} at a fixed clock: see {@link Approvals#at(Clock)}. */
	public static final class Replay {

		private final Approvals engine;
		private final TransactionTemplate transaction;

		private Replay(Approvals engine, TransactionTemplate transaction) {
			this.engine = engine;
			this.transaction = transaction;
		}

		public CaseDetails open(Actor actor, OpenCase command) {
			return inTransaction(() -> engine.open(actor, command));
		}

		public CaseDetails decide(Actor actor, long caseId, long stepId, Decision decision) {
			return inTransaction(() -> engine.decide(actor, caseId, stepId, decision));
		}

		public CaseDetails respond(Actor actor, long caseId, long stepId, QueryResponse response) {
			return inTransaction(() -> engine.respond(actor, caseId, stepId, response));
		}

		public CaseDetails escalate(Actor actor, long caseId, long stepId, @Nullable String reason) {
			return inTransaction(() -> engine.escalate(actor, caseId, stepId, reason));
		}

		public CaseDetails find(Actor actor, long caseId) {
			return inTransaction(() -> engine.find(actor, caseId));
		}

		private CaseDetails inTransaction(java.util.function.Supplier<CaseDetails> work) {
			CaseDetails result = transaction.execute(status -> work.get());
			if (result == null) {
				throw new IllegalStateException("no result");
			}
			return result;
		}
	}

	// Templates

	@Transactional(readOnly = true)
	public List<TemplateDetails> templates() {
		Map<String, String> names = agencyNames();
		Set<String> seen = new HashSet<>();
		List<TemplateDetails> all = new ArrayList<>();
		for (ApprovalTemplate t : templates.findAllByOrderByTemplateKeyAscVersionNoDesc()) {
			all.add(details(t, seen.add(t.key()), names));
		}
		return all;
	}

	@Transactional(readOnly = true)
	public TemplateDetails template(long id) {
		ApprovalTemplate t = templates.findById(id).orElseThrow(() -> DomainProblem.notFound("Template", id));
		return details(t, templates.latestVersion(t.key()) == t.versionNo(), agencyNames());
	}

	/** The latest version of a route, such as {@link #QUAD_ESTABLISHMENT}. */
	@Transactional(readOnly = true)
	public Optional<TemplateDetails> latest(String key) {
		return templates.findFirstByTemplateKeyOrderByVersionNoDesc(key).map(t -> details(t, true, agencyNames()));
	}

	/** Adds a route, or the next version of the route with this key. Running cases keep their version. */
	public TemplateDetails saveTemplate(Actor actor, NewTemplate command) {
		if (!actor.isAuthority()) {
			throw DomainProblem.forbidden("Only the coordinating authority edits route templates.");
		}
		Checks.valid(validator, command);
		Map<String, String> names = agencyNames();
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, Integer> codes = new HashMap<>();
		for (int i = 0; i < command.steps().size(); i++) {
			NewTemplate.Step step = command.steps().get(i);
			if (codes.putIfAbsent(step.code().trim(), i) != null) {
				problems.add(new FieldProblem("steps[" + i + "].code", step.code() + " is used by two steps"));
			}
			if (!names.containsKey(step.agency().trim())) {
				problems.add(new FieldProblem("steps[" + i + "].agency", step.agency() + " is not a known agency"));
			}
		}
		for (int i = 0; i < command.steps().size(); i++) {
			NewTemplate.Step step = command.steps().get(i);
			for (String dependency : dependencies(step)) {
				if (!codes.containsKey(dependency)) {
					problems.add(new FieldProblem("steps[" + i + "].dependsOn", dependency + " is not a step of this route"));
				}
				else if (dependency.equals(step.code().trim())) {
					problems.add(new FieldProblem("steps[" + i + "].dependsOn", "a step cannot depend on itself"));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "invalid-route", "Route does not hold together",
					problems.get(0).field() + ": " + problems.get(0).message() + ".", problems);
		}
		String cycle = cycle(command.steps());
		if (cycle != null) {
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "dependency-cycle", "Steps wait for each other",
					"Step " + cycle + " depends on itself through its dependencies; no step of the cycle could ever open.",
					List.of(new FieldProblem("steps", "dependency cycle through " + cycle)));
		}
		String key = command.key().trim();
		ApprovalTemplate template = new ApprovalTemplate(key, command.name().trim(), templates.latestVersion(key) + 1,
				command.description(), actor.username(), clock.instant());
		for (int i = 0; i < command.steps().size(); i++) {
			template.add(new TemplateStep(template, i + 1, command.steps().get(i)));
		}
		Constraints.writeOrConflict(() -> templates.saveAndFlush(template),
				() -> new DomainProblem(DomainProblem.Kind.CONFLICT, "template-version-taken", "Saved twice",
						"Someone saved a version of route " + key + " at the same moment; reload and save again."));
		return details(template, true, names);
	}

	@Transactional(readOnly = true)
	public Map<String, String> agencyNames() {
		Map<String, String> names = new java.util.LinkedHashMap<>();
		agencies.findAllByOrderByCodeAsc().forEach(a -> names.put(a.code(), a.name()));
		return names;
	}

	/** Adds an agency that route steps may name (AUTHORITY); an existing code is a conflict. */
	public Map<String, String> addAgency(Actor actor, String code, String name) {
		if (!actor.isAuthority()) {
			throw DomainProblem.forbidden("Only the coordinating authority adds agencies.");
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,29}")) {
			problems.add(new FieldProblem("code", "must be 2 to 30 capitals, digits or _, starting with a letter"));
		}
		if (name == null || name.isBlank() || name.length() > 200) {
			problems.add(new FieldProblem("name", "must be 1 to 200 characters"));
		}
		if (!problems.isEmpty()) {
			throw DomainProblem.invalid(problems);
		}
		DomainProblem taken = new DomainProblem(DomainProblem.Kind.CONFLICT, "duplicate-agency", "Agency exists",
				"Agency " + code + " already exists.", List.of(new FieldProblem("code", "is already used")));
		if (agencies.existsById(code)) {
			throw taken;
		}
		Constraints.writeOrConflict(() -> agencies.saveAndFlush(new Agency(code, name.trim())), () -> taken);
		return Map.of("code", code, "name", name.trim());
	}

	// Cases

	/** Opens a case: the coordinating authority, or the subject's applicant. */
	public CaseDetails open(Actor actor, OpenCase command) {
		Checks.valid(validator, command);
		SubjectRef subject = new SubjectRef(command.subjectKind(), command.subjectId());
		SubjectAccess access = subjects.of(subject.kind());
		if (!access.exists(subject)) {
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "subject-not-found", "Unknown subject",
					subject + " does not exist.", List.of(new FieldProblem("subjectId", "does not exist")));
		}
		if (!actor.isAuthority() && !access.mayRespond(actor, subject)) {
			throw DomainProblem.forbidden("Only the coordinating authority or the applicant opens a case.");
		}
		ApprovalTemplate template = templates.findById(command.templateId())
			.orElseThrow(() -> new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "template-not-found",
					"Unknown template", "Template " + command.templateId() + " does not exist.",
					List.of(new FieldProblem("templateId", "does not exist"))));
		if (cases.existsBySubjectKindAndSubjectIdAndTemplateKeyAndStatusIn(subject.kind(), subject.id(),
				template.key(), EnumSet.of(CaseStatus.OPEN, CaseStatus.APPROVED))) {
			throw duplicateCase(subject, template.key());
		}
		ApprovalCase[] created = new ApprovalCase[1];
		Constraints.writeOrConflict(
				() -> created[0] = work.open(subject, template, actor.username(), clock.instant(), clock.getZone()),
				() -> duplicateCase(subject, template.key()));
		return details(created[0]);
	}

	@Transactional(readOnly = true)
	public CaseDetails find(Actor actor, long caseId) {
		ApprovalCase c = cases.findById(caseId).orElseThrow(() -> DomainProblem.notFound("Case", caseId));
		requireRead(actor, c.subject());
		return details(c);
	}

	/** A subject's cases, newest first. */
	@Transactional(readOnly = true)
	public List<CaseDetails> casesOf(Actor actor, SubjectRef subject) {
		requireRead(actor, subject);
		return cases.findAllBySubjectKindAndSubjectIdOrderByOpenedAtDesc(subject.kind(), subject.id())
			.stream()
			.map(this::details)
			.toList();
	}

	/** The latest cases of every subject, for the roles that read everything. */
	@Transactional(readOnly = true)
	public List<CaseDetails> recent(Actor actor) {
		if (!actor.readsEverything()) {
			throw DomainProblem.forbidden("Only programme staff list every case.");
		}
		return cases.findTop200ByOrderByOpenedAtDesc().stream().map(this::details).toList();
	}

	/** True when the subject has an approved case on this route: the QUAD lifecycle's gate. */
	@Transactional(readOnly = true)
	public boolean hasApprovedCase(SubjectRef subject, String templateKey) {
		return cases.existsBySubjectKindAndSubjectIdAndTemplateKeyAndStatus(subject.kind(), subject.id(), templateKey,
				CaseStatus.APPROVED);
	}

	public CaseDetails decide(Actor actor, long caseId, long stepId, Decision decision) {
		Checks.valid(validator, decision);
		Outcome outcome = decision.outcome();
		if (outcome != Outcome.APPROVED && (decision.reason() == null || decision.reason().isBlank())) {
			throw DomainProblem.invalid("reason", "is required to " + (outcome == Outcome.QUERIED ? "query" : "reject"));
		}
		ApprovalCase c = work.locked(caseId);
		ApprovalStep step = c.step(stepId);
		requireOwnAgency(actor, step);
		work.decide(c, step, outcome, blankToNull(decision.reason()), attachments(decision.attachments()),
				actor.username(), clock.instant(), clock.getZone());
		return details(c);
	}

	public CaseDetails respond(Actor actor, long caseId, long stepId, QueryResponse response) {
		Checks.valid(validator, response);
		ApprovalCase c = work.locked(caseId);
		ApprovalStep step = c.step(stepId);
		if (!subjects.mayRespond(actor, c.subject())) {
			throw new DomainProblem(DomainProblem.Kind.FORBIDDEN, "not-applicant", "Not the applicant",
					"Only users of the applicant answer an agency's query.");
		}
		work.respond(c, step, response.message().trim(), attachments(response.attachments()), actor.username(),
				clock.instant(), clock.getZone());
		return details(c);
	}

	/** The coordinating authority escalates an open step before its deadline. */
	public CaseDetails escalate(Actor actor, long caseId, long stepId, @Nullable String reason) {
		if (!actor.isAuthority()) {
			throw DomainProblem.forbidden("Only the coordinating authority escalates a step.");
		}
		ApprovalCase c = work.locked(caseId);
		work.escalate(c, c.step(stepId), actor.username(), blankToNull(reason), clock.instant());
		return details(c);
	}

	/** An officer of the step's agency takes it: the case page then names who holds it. */
	public CaseDetails take(Actor actor, long caseId, long stepId) {
		ApprovalCase c = work.locked(caseId);
		ApprovalStep step = c.step(stepId);
		requireOwnAgency(actor, step);
		if (!step.state().isPending()) {
			throw new DomainProblem(DomainProblem.Kind.CONFLICT, "step-not-pending", "Not with the agency",
					"Step " + step.code() + " is " + step.state() + ".");
		}
		step.assign(actor.username());
		cases.saveAndFlush(c);
		return details(c);
	}

	/**
	 * An agency officer's queue: the pending steps of their agency, the most urgent first. The coordinating
	 * authority sees every agency's pending steps.
	 */
	@Transactional(readOnly = true)
	public List<QueueItem> queue(Actor actor) {
		List<ApprovalStep> pending;
		if (actor.isAuthority()) {
			pending = cases.allPendingSteps();
		}
		else if (actor.has(Role.AGENCY)) {
			Optional<String> agency = agencyOf(actor);
			pending = agency.isPresent() ? cases.pendingSteps(agency.get()) : List.of();
		}
		else {
			throw DomainProblem.forbidden("Queues are for agency officers and the coordinating authority.");
		}
		LocalDate today = LocalDate.now(clock);
		WorkingCalendar calendar = holidays.calendar();
		Map<SubjectRef, String> names = new HashMap<>();
		return pending.stream()
			.map(s -> {
				SubjectRef subject = s.approvalCase().subject();
				LocalDate due = s.dueOn();
				int left = due == null ? 0
						: today.isAfter(due) ? -calendar.workingDaysBetween(due, today)
								: calendar.workingDaysBetween(today, due);
				return new QueueItem(s.approvalCase().id(), s.id(), subject,
						names.computeIfAbsent(subject, subjects::describe), s.code(), s.name(), s.agency(), s.state(),
						s.assignee(), s.openedAt(), due, s.overdue(today), left);
			})
			.sorted(Comparator.comparing(QueueItem::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(QueueItem::stepId))
			.toList();
	}

	/** The agency the actor decides for, if any: as the identity says (single sign-on), else the account's. */
	@Transactional(readOnly = true)
	public Optional<String> agencyOf(Actor actor) {
		if (!actor.has(Role.AGENCY)) {
			return Optional.empty();
		}
		String claimed = actor.agency();
		return claimed != null ? Optional.of(claimed) : users.agencyOf(actor.username());
	}

	/** May this actor answer queries on this subject's cases (for showing the answer form)? */
	@Transactional(readOnly = true)
	public boolean mayRespond(Actor actor, SubjectRef subject) {
		return subjects.mayRespond(actor, subject);
	}

	private void requireOwnAgency(Actor actor, ApprovalStep step) {
		if (!actor.has(Role.AGENCY)) {
			throw new DomainProblem(DomainProblem.Kind.FORBIDDEN, "not-agency-officer", "Not an agency officer",
					"Only officers of " + step.agency() + " decide step " + step.code() + ".");
		}
		String own = agencyOf(actor).orElse(null);
		if (!step.agency().equals(own)) {
			throw new DomainProblem(DomainProblem.Kind.FORBIDDEN, "not-your-agency", "Another agency's step",
					"Step " + step.code() + " belongs to " + step.agency() + "; you decide for "
							+ (own == null ? "no agency" : own) + ".");
		}
	}

	/** May this actor read the subject's cases (programme staff, or the subject's own applicants)? */
	@Transactional(readOnly = true)
	public boolean mayRead(Actor actor, SubjectRef subject) {
		return subjects.mayRead(actor, subject);
	}

	private void requireRead(Actor actor, SubjectRef subject) {
		if (!subjects.mayRead(actor, subject)) {
			throw DomainProblem.forbidden("You may read only the cases of subjects you belong to.");
		}
	}

	private static DomainProblem duplicateCase(SubjectRef subject, String key) {
		return new DomainProblem(DomainProblem.Kind.CONFLICT, "case-exists", "Case already open",
				subject + " already has an open or approved case on route " + key + ".");
	}

	private static List<Attachment> attachments(@Nullable List<Attachment> given) {
		return given == null ? List.of() : given;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static List<String> dependencies(NewTemplate.Step step) {
		return step.dependsOn() == null ? List.of() : step.dependsOn().stream().map(String::trim).toList();
	}

	/** A step that reaches itself through dependencies, or null when the route is acyclic. */
	private static @Nullable String cycle(List<NewTemplate.Step> steps) {
		Map<String, List<String>> graph = new HashMap<>();
		steps.forEach(s -> graph.put(s.code().trim(), dependencies(s)));
		Map<String, Integer> mark = new HashMap<>();
		for (String code : graph.keySet()) {
			String found = visit(code, graph, mark);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static @Nullable String visit(String code, Map<String, List<String>> graph, Map<String, Integer> mark) {
		Integer state = mark.get(code);
		if (state != null) {
			return state == 1 ? code : null;
		}
		mark.put(code, 1);
		for (String next : graph.getOrDefault(code, List.of())) {
			String found = visit(next, graph, mark);
			if (found != null) {
				return found;
			}
		}
		mark.put(code, 2);
		return null;
	}

	private TemplateDetails details(ApprovalTemplate t, boolean latest, Map<String, String> names) {
		return new TemplateDetails(t.id(), t.key(), t.name(), t.versionNo(), latest, t.description(), t.createdBy(),
				t.createdAt(), t.steps().stream()
					.map(s -> new TemplateDetails.Step(s.code(), s.name(), s.agency(),
							names.getOrDefault(s.agency(), s.agency()), s.unit(), s.requirements(), s.legalBasis(),
							s.slaDays(), s.dependsOn(), s.optional(), s.lapseRule()))
					.toList());
	}

	CaseDetails details(ApprovalCase c) {
		ApprovalTemplate template = templates.findById(c.templateId()).orElseThrow();
		Map<String, String> names = agencyNames();
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, clock.getZone());
		WorkingCalendar calendar = holidays.calendar();
		List<CaseDetails.Step> steps = c.steps().stream().map(s -> {
			boolean caseOpen = c.status() == CaseStatus.OPEN;
			String heldBy = !caseOpen ? null
					: s.state().isPending() ? s.agency() : s.state() == StepState.QUERIED ? CaseDetails.APPLICANT : null;
			Instant since = heldBy == null ? null : s.segmentStartedAt();
			Integer heldDays = since == null ? null
					: calendar.workingDaysBetween(LocalDate.ofInstant(since, clock.getZone()), today);
			return new CaseDetails.Step(s.id(), s.code(), s.name(), s.agency(), names.getOrDefault(s.agency(), s.agency()),
					s.unit(), s.requirements(), s.legalBasis(), s.slaDays(), s.dependsOn(), s.optional(), s.lapseRule(),
					s.state(), s.assignee(), s.openedAt(), s.dueOn(), caseOpen && s.overdue(today), heldBy, since,
					heldDays, s.remainingDays(), s.decidedAt(), s.decidedBy(), s.reason(), s.workingDaysTaken(),
					s.withinSla(), s.escalatedAt(), s.attachments().stream().map(StepAttachment::details).toList(),
					s.events().stream().map(StepEvent::details).toList());
		}).toList();
		return new CaseDetails(c.id(), c.subject(), subjects.describe(c.subject()), subjects.path(c.subject()),
				template.id(), template.key(), template.name(), template.versionNo(), c.status(), c.openedBy(),
				c.openedAt(), c.closedAt(), steps, c.version());
	}
}
