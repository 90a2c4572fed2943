package org.quadhub.ip;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.QuadSummary;
import org.quadhub.quads.Quads;
import org.quadhub.reporting.PatentStage;
import org.quadhub.reporting.ReportDetails;
import org.quadhub.reporting.ReportStatus;
import org.quadhub.reporting.Reports;
import org.quadhub.reporting.SubmitReport;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Checks;
import org.quadhub.shared.Constraints;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.DomainProblem.FieldProblem;
import org.quadhub.shared.StateChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The joint patent register: applications per QUAD with office, numbers, dates, status and owners; their
 * deadlines (PCT national-phase entry per designated office, yearly annuities, from the per-office rules); and the
 * register-based R&D figures (filed and granted per year) that reporting's figures are compared with.
 */
@Service
@Transactional
public class PatentRegister {

	/** Longest look-ahead of the deadlines list, in days (ten years). */
	public static final int MAX_WITHIN_DAYS = 3660;

	private final PatentRepository patents;
	private final IpAccess access;
	private final OfficeRules rules;
	private final DeadlineFinder finder;
	private final Quads quads;
	private final Reports reports;
	private final Validator validator;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PatentRegister(PatentRepository patents, IpAccess access, OfficeRules rules, DeadlineFinder finder, Quads quads,
			Reports reports, Validator validator, ApplicationEventPublisher events, Clock clock) {
		this.patents = patents;
		this.access = access;
		this.rules = rules;
		this.finder = finder;
		this.quads = quads;
		this.reports = reports;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	public PatentDetails register(Actor actor, long quadId, PatentCommand command) {
		QuadDetails quad = access.write(actor, quadId);
		Checks.valid(validator, command);
		PatentStatus status = check(command);
		List<Stake> owners = IpAccess.resolve(quad, Objects.requireNonNull(command.owners()), "owners");
		Instant now = clock.instant();
		Patent patent = new Patent(quadId, actor.username(), now);
		patent.apply(command, owners, status, actor.username(), now);
		save(patent);
		return details(patent, quad.name());
	}

	public PatentDetails update(Actor actor, long quadId, long id, PatentCommand command) {
		QuadDetails quad = access.write(actor, quadId);
		Patent patent = load(quadId, id);
		Checks.valid(validator, command);
		if (command.version() == null) {
			throw DomainProblem.invalid("version", "is required: send the version you last read");
		}
		if (patent.version() != command.version()) {
			throw DomainProblem.staleVersion("Patent", id);
		}
		PatentStatus status = check(command);
		List<Stake> owners = IpAccess.resolve(quad, Objects.requireNonNull(command.owners()), "owners");
		patent.apply(command, owners, status, actor.username(), clock.instant());
		save(patent);
		return details(patent, quad.name());
	}

	@Transactional(readOnly = true)
	public List<PatentDetails> of(Actor actor, long quadId) {
		QuadDetails quad = access.read(actor, quadId);
		return patents.findAllByQuadIdOrderByFilingDateDescIdDesc(quadId).stream()
			.map(p -> details(p, quad.name()))
			.toList();
	}

	@Transactional(readOnly = true)
	public PatentDetails find(Actor actor, long quadId, long id) {
		QuadDetails quad = access.read(actor, quadId);
		return details(load(quadId, id), quad.name());
	}

	/** Register-based figures of one QUAD per calendar year: applications filed, patents granted. */
	@Transactional(readOnly = true)
	public List<PatentFigures> figures(long quadId) {
		return figures(patents.findAllByQuadIdOrderByFilingDateDescIdDesc(quadId));
	}

	/** Register-based figures of the whole programme per calendar year. */
	@Transactional(readOnly = true)
	public List<PatentFigures> figures() {
		return figures(patents.findAll());
	}

	/** A QUAD's register figures next to those its accepted reports give, per year. */
	@Transactional(readOnly = true)
	public List<FigureComparison> comparison(Actor actor, long quadId) {
		access.read(actor, quadId);
		Map<Integer, long[]> years = new TreeMap<>();
		for (PatentFigures f : figures(quadId)) {
			long[] row = years.computeIfAbsent(f.year(), y -> new long[4]);
			row[0] = f.filed();
			row[1] = f.granted();
		}
		Set<String> counted = new HashSet<>();
		List<ReportDetails> accepted = reports.ofQuad(Actor.system(), quadId).stream()
			.filter(r -> r.status() == ReportStatus.ACCEPTED)
			.sorted(Comparator.comparing(ReportDetails::period))
			.toList();
		for (ReportDetails report : accepted) {
			int year = Integer.parseInt(report.period().substring(0, 4));
			for (SubmitReport.Patent p : report.patents()) {
				if (p.stage() == null || p.office() == null || p.number() == null) {
					continue;
				}
				String key = p.stage() + "|" + p.office().trim().toUpperCase(Locale.ROOT) + "|"
						+ p.number().trim().toUpperCase(Locale.ROOT);
				if (counted.add(key)) {
					long[] row = years.computeIfAbsent(year, y -> new long[4]);
					row[p.stage() == PatentStage.FILED ? 2 : 3]++;
				}
			}
		}
		List<FigureComparison> rows = new ArrayList<>();
		years.forEach((year, r) -> rows.add(new FigureComparison(year, r[0], r[1], r[2], r[3])));
		return rows;
	}

	/** Deadlines of the QUADs the actor may read, due from today to {@code within} days ahead. */
	@Transactional(readOnly = true)
	public List<Deadline> deadlines(Actor actor, int within) {
		if (within < 0 || within > MAX_WITHIN_DAYS) {
			throw DomainProblem.invalid("within", "must be between 0 and " + MAX_WITHIN_DAYS + " days");
		}
		if (actor.isAnonymous()) {
			throw DomainProblem.forbidden("Sign in to read IP deadlines.");
		}
		Map<Long, String> visible = new LinkedHashMap<>();
		for (QuadSummary q : quads.search(actor, null, null)) {
			visible.put(q.id(), q.name());
		}
		LocalDate today = LocalDate.now(clock);
		return finder.between(visible, today, today.plusDays(within), today);
	}

	/** Deadlines of one QUAD due from today to {@code within} days ahead. */
	@Transactional(readOnly = true)
	public List<Deadline> deadlines(Actor actor, long quadId, int within) {
		QuadDetails quad = access.read(actor, quadId);
		LocalDate today = LocalDate.now(clock);
		return finder.between(Map.of(quadId, quad.name()), today, today.plusDays(within), today);
	}

	@Transactional(readOnly = true)
	public List<OfficeRule> officeRules() {
		return List.copyOf(rules.all().values());
	}

	/** Changes one office's deadline rule (coordinating authority only). */
	public OfficeRule updateOfficeRule(Actor actor, OfficeRule rule) {
		if (!actor.isAuthority()) {
			throw DomainProblem.forbidden("Only the coordinating authority changes office deadline rules.");
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (rule.nationalPhaseMonths() < 12 || rule.nationalPhaseMonths() > 40) {
			problems.add(new FieldProblem("nationalPhaseMonths", "must be between 12 and 40"));
		}
		Integer first = rule.firstAnnuityYear();
		if (first != null && (first < 1 || first > 20)) {
			problems.add(new FieldProblem("firstAnnuityYear", "must be between 1 and 20, or empty for none"));
		}
		if (rule.lastAnnuityYear() < 1 || rule.lastAnnuityYear() > 30
				|| (first != null && rule.lastAnnuityYear() < first)) {
			problems.add(new FieldProblem("lastAnnuityYear", "must be between firstAnnuityYear and 30"));
		}
		if (!problems.isEmpty()) {
			throw DomainProblem.invalid(problems);
		}
		OfficeRule before = rules.all().get(rule.office());
		rules.save(rule);
		events.publishEvent(new StateChange("ip-office-rule", rule.office().name(), "update", asMap(before), asMap(rule)));
		return rule;
	}

	private static @Nullable Map<String, @Nullable Object> asMap(@Nullable OfficeRule rule) {
		if (rule == null) {
			return null;
		}
		Map<String, @Nullable Object> map = new LinkedHashMap<>();
		map.put("nationalPhaseMonths", rule.nationalPhaseMonths());
		map.put("firstAnnuityYear", rule.firstAnnuityYear());
		map.put("lastAnnuityYear", rule.lastAnnuityYear());
		return map;
	}

	private PatentDetails details(Patent patent, String quadName) {
		LocalDate today = LocalDate.now(clock);
		List<Deadline> upcoming = PatentDeadlines.of(patent, quadName, rules.all(), today, today.plusYears(3), today);
		return patent.details(upcoming.stream().limit(5).toList());
	}

	private void save(Patent patent) {
		Constraints.writeOrConflict(() -> patents.saveAndFlush(patent),
				() -> new DomainProblem(DomainProblem.Kind.CONFLICT, "duplicate-patent", "Application already registered",
						"Application " + patent.applicationNumber() + " at " + patent.office()
								+ " is already in the register.",
						List.of(new FieldProblem("applicationNumber", "is already registered at this office"))));
	}

	private PatentStatus check(PatentCommand c) {
		PatentStatus status = c.status() == null ? PatentStatus.FILED : c.status();
		List<FieldProblem> invalid = new ArrayList<>();
		if (c.priorityDate() != null && c.filingDate() != null && c.priorityDate().isAfter(c.filingDate())) {
			invalid.add(new FieldProblem("priorityDate", "must not be after filingDate"));
		}
		if (c.filingDate() != null && c.filingDate().isAfter(LocalDate.now(clock))) {
			invalid.add(new FieldProblem("filingDate", "must not be in the future"));
		}
		if (c.office() == PatentOffice.OTHER && (c.officeName() == null || c.officeName().isBlank())) {
			invalid.add(new FieldProblem("officeName", "is required when the office is OTHER"));
		}
		if (c.grantDate() != null && c.filingDate() != null && c.grantDate().isBefore(c.filingDate())) {
			invalid.add(new FieldProblem("grantDate", "must not be before filingDate"));
		}
		if (!invalid.isEmpty()) {
			throw DomainProblem.invalid(invalid);
		}
		List<FieldProblem> rules = new ArrayList<>();
		if (status == PatentStatus.GRANTED) {
			if (c.grantNumber() == null || c.grantNumber().isBlank()) {
				rules.add(new FieldProblem("grantNumber", "is required for a granted patent"));
			}
			if (c.grantDate() == null) {
				rules.add(new FieldProblem("grantDate", "is required for a granted patent"));
			}
		}
		Set<PatentOffice> designated = c.designatedOffices() == null ? Set.of() : c.designatedOffices();
		if (!designated.isEmpty() && c.office() != PatentOffice.WIPO_PCT) {
			rules.add(new FieldProblem("designatedOffices", "only a PCT application (WIPO_PCT) designates offices"));
		}
		if (designated.contains(PatentOffice.WIPO_PCT)) {
			rules.add(new FieldProblem("designatedOffices", "WIPO_PCT cannot be designated for national-phase entry"));
		}
		if (!rules.isEmpty()) {
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "patent-rule", "Patent record incomplete",
					rules.stream().map(p -> p.field() + " " + p.message()).collect(Collectors.joining("; ")), rules);
		}
		return status;
	}

	private Patent load(long quadId, long id) {
		return patents.findById(id).filter(p -> p.quadId() == quadId)
			.orElseThrow(() -> DomainProblem.notFound("Patent", id));
	}

	private static List<PatentFigures> figures(List<Patent> list) {
		Map<Integer, long[]> years = new TreeMap<>();
		for (Patent p : list) {
			years.computeIfAbsent(p.filingDate().getYear(), y -> new long[2])[0]++;
			LocalDate granted = p.grantDate();
			if (granted != null && p.status() == PatentStatus.GRANTED) {
				years.computeIfAbsent(granted.getYear(), y -> new long[2])[1]++;
			}
		}
		List<PatentFigures> rows = new ArrayList<>();
		years.forEach((year, r) -> rows.add(new PatentFigures(year, r[0], r[1])));
		return rows;
	}
}
