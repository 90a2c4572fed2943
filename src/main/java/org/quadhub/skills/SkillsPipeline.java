package org.quadhub.skills;

import jakarta.validation.Validator;
import org.quadhub.partners.OrganisationDetails;
import org.quadhub.partners.OrganisationKind;
import org.quadhub.partners.Partners;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.Quads;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Checks;
import org.quadhub.shared.Constraints;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.DomainProblem.FieldProblem;
import org.quadhub.shared.Role;
import org.quadhub.shared.Sector;
import org.quadhub.shared.StateChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A QUAD's skills pipeline. The coordinating authority and the QUAD's own partners enter the plan's demand and the
 * programmes; other signed-in roles read. The demand is replaced as a whole (by API or CSV upload), all or nothing.
 */
@Service
@Transactional
public class SkillsPipeline {

	private final ProgrammeRepository programmes;
	private final Quads quads;
	private final Partners partners;
	private final JdbcTemplate jdbc;
	private final Validator validator;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	SkillsPipeline(ProgrammeRepository programmes, Quads quads, Partners partners, JdbcTemplate jdbc,
			Validator validator, ApplicationEventPublisher events, Clock clock) {
		this.programmes = programmes;
		this.quads = quads;
		this.partners = partners;
		this.jdbc = jdbc;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public SkillsView view(Actor actor, long quadId) {
		QuadDetails quad = read(actor, quadId);
		List<DemandRow> demand = demand(quadId);
		List<Programme> list = programmes.findAllByQuadIdOrderByNameAscIdAsc(quadId);
		Map<Long, OrganisationDetails> universities = partners
			.lookup(list.stream().map(Programme::universityId).collect(Collectors.toSet()));
		Set<Long> partnerIds = partnerIds(quad);
		List<ProgrammeDetails> details = list.stream()
			.map(p -> p.details(universities.containsKey(p.universityId()) ? universities.get(p.universityId()).name()
					: "#" + p.universityId(), partnerIds.contains(p.universityId())))
			.toList();
		return new SkillsView(quadId, quad.name(), quad.productCategory(), demand, details,
				SkillsGap.compute(demand, SkillsGap.supply(list)), mayWrite(actor, quad));
	}

	@Transactional(readOnly = true)
	public List<GapRow> gap(Actor actor, long quadId) {
		read(actor, quadId);
		return SkillsGap.compute(demand(quadId), SkillsGap.supply(programmes.findAllByQuadIdOrderByNameAscIdAsc(quadId)));
	}

	/** Replaces the QUAD's demand with these rows (one per year and category); nothing changes if one is wrong. */
	public List<DemandRow> replaceDemand(Actor actor, long quadId, List<DemandRow> rows) {
		write(actor, quadId);
		List<FieldProblem> problems = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			DemandRow row = rows.get(i);
			String at = "demand[" + i + "]";
			if (row == null) {
				problems.add(new FieldProblem(at, "must not be null"));
				continue;
			}
			validator.validate(row).forEach(v -> problems.add(new FieldProblem(at + "." + v.getPropertyPath(),
					v.getMessage())));
			if (row.year() != null && row.category() != null && !seen.add(row.year() + "|" + row.category())) {
				problems.add(new FieldProblem(at, row.category() + " in " + row.year() + " appears twice"));
			}
		}
		if (rows.size() > 2000) {
			problems.add(new FieldProblem("demand", "at most 2000 rows"));
		}
		if (!problems.isEmpty()) {
			throw DomainProblem.invalid(problems);
		}
		List<DemandRow> before = demand(quadId);
		jdbc.update("delete from skills_demand where quad_id = ?", quadId);
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.batchUpdate("insert into skills_demand (quad_id, year, category, headcount, updated_by, updated_at) "
				+ "values (?, ?, ?, ?, ?, ?)", rows.stream()
			.map(r -> new Object[] { quadId, r.year(), Objects.requireNonNull(r.category()).name(), r.headcount(),
					actor.username(), now })
			.toList());
		events.publishEvent(new StateChange("skills-demand", Long.toString(quadId), "replace",
				Map.of("rows", describe(before)), Map.of("rows", describe(rows))));
		return demand(quadId);
	}

	/**
	 * Replaces the demand from a CSV text with the columns {@code year,category,headcount} (a header line is
	 * optional; categories as ENGINEERS or engineers or skilled workers). Errors name the line.
	 */
	public List<DemandRow> importDemand(Actor actor, long quadId, String csv) {
		write(actor, quadId);
		List<DemandRow> rows = new ArrayList<>();
		List<FieldProblem> problems = new ArrayList<>();
		String[] lines = csv.replace("\uFEFF", "").split("\\r?\\n");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].trim();
			String at = "line " + (i + 1);
			if (line.isEmpty() || (i == 0 && line.toLowerCase(Locale.ROOT).startsWith("year"))) {
				continue;
			}
			String[] cells = line.split("[,;\\t]", -1);
			if (cells.length != 3) {
				problems.add(new FieldProblem(at, "needs three columns: year, category, headcount"));
				continue;
			}
			Integer year = parse(cells[0], at + ".year", problems);
			SkillCategory category = null;
			String name = cells[1].trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
			try {
				category = SkillCategory.valueOf(name);
			}
			catch (IllegalArgumentException e) {
				problems.add(new FieldProblem(at + ".category", "must be one of ENGINEERS, SCIENTISTS, TECHNICIANS, "
						+ "SKILLED_WORKERS, not " + cells[1].trim()));
			}
			Integer headcount = parse(cells[2], at + ".headcount", problems);
			rows.add(new DemandRow(year, category, headcount));
		}
		if (!problems.isEmpty()) {
			throw DomainProblem.invalid(problems);
		}
		if (rows.isEmpty()) {
			throw DomainProblem.invalid("file", "has no demand rows (columns: year, category, headcount)");
		}
		return replaceDemand(actor, quadId, rows);
	}

	public ProgrammeDetails addProgramme(Actor actor, long quadId, ProgrammeCommand command) {
		QuadDetails quad = write(actor, quadId);
		OrganisationDetails university = check(command);
		Instant now = clock.instant();
		Programme programme = new Programme(quadId, actor.username(), now);
		programme.apply(command, command.sector() == null ? quad.productCategory() : command.sector(),
				actor.username(), now);
		save(programme);
		return programme.details(university.name(), partnerIds(quad).contains(university.id()));
	}

	public ProgrammeDetails updateProgramme(Actor actor, long quadId, long id, ProgrammeCommand command) {
		QuadDetails quad = write(actor, quadId);
		Programme programme = programmes.findById(id).filter(p -> p.quadId() == quadId)
			.orElseThrow(() -> DomainProblem.notFound("Programme", id));
		Checks.valid(validator, command);
		if (command.version() == null) {
			throw DomainProblem.invalid("version", "is required: send the version you last read");
		}
		if (programme.version() != command.version()) {
			throw DomainProblem.staleVersion("Programme", id);
		}
		OrganisationDetails university = check(command);
		Sector sector = command.sector() == null ? quad.productCategory() : command.sector();
		programme.apply(command, sector, actor.username(), clock.instant());
		save(programme);
		return programme.details(university.name(), partnerIds(quad).contains(university.id()));
	}

	private OrganisationDetails check(ProgrammeCommand command) {
		Checks.valid(validator, command);
		List<FieldProblem> invalid = new ArrayList<>();
		if (command.graduates() != null) {
			Set<Integer> years = new HashSet<>();
			for (int i = 0; i < command.graduates().size(); i++) {
				if (!years.add(command.graduates().get(i).year())) {
					invalid.add(new FieldProblem("graduates[" + i + "].year", "appears twice"));
				}
			}
		}
		if (command.revisedOn() != null && !Boolean.TRUE.equals(command.curriculumRevised())) {
			invalid.add(new FieldProblem("revisedOn", "is only given when curriculumRevised is true"));
		}
		if (command.revisedOn() != null && command.revisedOn().isAfter(LocalDate.now(clock))) {
			invalid.add(new FieldProblem("revisedOn", "must not be in the future"));
		}
		if (!invalid.isEmpty()) {
			throw DomainProblem.invalid(invalid);
		}
		long universityId = Objects.requireNonNull(command.universityId());
		OrganisationDetails university = partners.lookup(List.of(universityId)).get(universityId);
		if (university == null || university.kind() != OrganisationKind.ACADEMIA) {
			String message = university == null ? "organisation " + universityId + " does not exist"
					: university.name() + " is not a university or R&D institute";
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "not-a-university", "Not a university", message,
					List.of(new FieldProblem("universityId", message)));
		}
		return university;
	}

	private void save(Programme programme) {
		Constraints.writeOrConflict(() -> programmes.saveAndFlush(programme),
				() -> new DomainProblem(DomainProblem.Kind.CONFLICT, "duplicate-programme", "Programme already listed",
						"This university's programme of that name is already listed for the QUAD.",
						List.of(new FieldProblem("name", "is already listed for this university and QUAD"))));
	}

	private List<DemandRow> demand(long quadId) {
		return jdbc.query("select year, category, headcount from skills_demand where quad_id = ? order by year, category",
				(rs, n) -> new DemandRow(rs.getInt(1), SkillCategory.valueOf(rs.getString(2)), rs.getInt(3)), quadId);
	}

	private static String describe(List<DemandRow> rows) {
		return rows.stream().map(r -> r.year() + ":" + r.category() + "=" + r.headcount())
			.collect(Collectors.joining(","));
	}

	private static Integer parse(String cell, String field, List<FieldProblem> problems) {
		try {
			return Integer.valueOf(cell.trim());
		}
		catch (NumberFormatException e) {
			problems.add(new FieldProblem(field, "must be a whole number, not " + cell.trim()));
			return null;
		}
	}

	private QuadDetails read(Actor actor, long quadId) {
		if (actor.isAnonymous()) {
			throw DomainProblem.forbidden("Sign in to read the skills pipeline.");
		}
		return quads.find(actor, quadId);
	}

	private QuadDetails write(Actor actor, long quadId) {
		QuadDetails quad = quads.find(Actor.system(), quadId);
		if (!mayWrite(actor, quad)) {
			throw DomainProblem.forbidden(
					"Only the coordinating authority and the QUAD's own partners enter its skills plan and programmes.");
		}
		return quad;
	}

	private static boolean mayWrite(Actor actor, QuadDetails quad) {
		Long organisation = actor.organisationId();
		return actor.isAuthority() || (actor.has(Role.PARTNER) && organisation != null
				&& partnerIds(quad).contains(organisation));
	}

	private static Set<Long> partnerIds(QuadDetails quad) {
		return quad.partners().values().stream().map(QuadDetails.Partner::id).collect(Collectors.toSet());
	}
}
