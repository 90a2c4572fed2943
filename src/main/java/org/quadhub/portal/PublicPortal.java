package org.quadhub.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.quadhub.approvals.InertiaMetrics;
import org.quadhub.committee.Committee;
import org.quadhub.committee.DecisionView;
import org.quadhub.committee.MeetingSummary;
import org.quadhub.committee.MinutesState;
import org.quadhub.committee.SubjectRef;
import org.quadhub.partners.OrganisationDetails;
import org.quadhub.partners.OrganisationUpdated;
import org.quadhub.partners.Partners;
import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.QuadSummary;
import org.quadhub.quads.Quads;
import org.quadhub.reporting.Dashboard;
import org.quadhub.reporting.ProgrammeDashboard;
import org.quadhub.reporting.QuadPerformance;
import org.quadhub.reporting.Reports;
import org.quadhub.reporting.Targets;
import org.quadhub.shared.Actor;
import org.quadhub.shared.AuditHead;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.Generation;
import org.quadhub.shared.ReadModel;
import org.quadhub.shared.SubjectChanges;
import org.quadhub.zones.AllocationDetails;
import org.quadhub.zones.ZoneSummary;
import org.quadhub.zones.Zones;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the public portal shows, as public projections. The modules are read with the system actor, and every
 * figure is copied field by field into this package's records, so a field added to another module's view never
 * becomes public by accident. Exports are accepted figures only (reporting keeps its monthly read model from the
 * effective, accepted revision of each period).
 */
@Service
@Transactional(readOnly = true)
public class PublicPortal {

	/** How many published audit heads the portal lists. */
	static final int AUDIT_HEADS = 7;

	private static final Actor READER = Actor.system();

	private final Quads quads;
	private final Partners partners;
	private final Zones zones;
	private final Reports reports;
	private final Dashboard dashboard;
	private final Targets targets;
	private final InertiaMetrics inertia;
	private final Committee committee;
	private final ObjectProvider<AuditHead> auditHead;
	private final ObjectProvider<SubjectChanges> subjectChanges;

	/**
	 * What the QUAD list shows besides its partners' names (see {@link #on(OrganisationUpdated)}): QUADs, zones and
	 * plots, with accepted figures and trajectories, which the dashboard's version follows.
	 */
	private static final String[] QUAD_SUBJECTS = { "quad", "quad_transition", "zone", "plot_allocation" };
	/** What the programme totals show besides accepted figures and trajectories: the QUADs. */
	private static final String[] PROGRAMME_SUBJECTS = { "quad", "quad_transition" };
	/** What the published decisions show. */
	private static final String[] DECISION_SUBJECTS = { "committee_meeting", "committee_minutes",
			"committee_decision", "committee_agenda_item", "quad" };
	/**
	 * Also rebuilt after this long, in the background: changes made through another instance (ADR 0026). Five
	 * minutes, not 30 s: the list's rebuild is hundreds of reads, a burst that tipped a 90 %-busy machine into
	 * seconds of backlog every half minute (ADR 0027).
	 */
	private static final Duration MAX_AGE = Duration.ofMinutes(5);

	/** Everything of the QUAD list but fresh partner names: costly to build (hundreds of reads). */
	private final ReadModel<QuadListBase> quadBase = new ReadModel<>(MAX_AGE);
	/** The list with its partners' names as they are now: one read of the listed partners. */
	private final ReadModel<List<PublicQuad>> quadList = new ReadModel<>(MAX_AGE);
	private final java.util.concurrent.atomic.AtomicLong quadBaseBuilds = new java.util.concurrent.atomic.AtomicLong();
	private final ReadModel<ProgrammeTotals> programmeTotals = new ReadModel<>(MAX_AGE);
	private final ReadModel<List<PublicDecision>> decisionList = new ReadModel<>(MAX_AGE);

	/** What a kept public read model was built from. */
	private record Stamp(long subjects, long figures, long partners) {
	}

	/** The QUAD list as built, which organisation holds each seat, and which build it is. */
	private record QuadListBase(List<PublicQuad> quads, Map<Long, Map<PartnerRole, Long>> seatHolders, long build) {
	}

	/** What the named QUAD list was made from: a build of the base and the partners' changes since. */
	private record NamesStamp(long baseBuild, long partners) {
	}

	/** The organisations that sit in a listed QUAD, and a counter moved when one of them changes. */
	private volatile Set<Long> listedPartners = Set.of();
	private final Generation partnerChanges = new Generation();

	PublicPortal(Quads quads, Partners partners, Zones zones, Reports reports, Dashboard dashboard, Targets targets,
			InertiaMetrics inertia, Committee committee, ObjectProvider<AuditHead> auditHead,
			ObjectProvider<SubjectChanges> subjectChanges) {
		this.subjectChanges = subjectChanges;
		this.quads = quads;
		this.partners = partners;
		this.zones = zones;
		this.reports = reports;
		this.dashboard = dashboard;
		this.targets = targets;
		this.inertia = inertia;
		this.committee = committee;
		this.auditHead = auditHead;
	}

	private Stamp stamp(String... kinds) {
		SubjectChanges changes = subjectChanges.getIfAvailable();
		return new Stamp(changes == null ? 0 : changes.stamp(kinds), dashboard.version(), partnerChanges.get());
	}

	/**
	 * A partner's registry entry changed: its names are on the portal. Any other organisation's change (most of
	 * the registry's edits) leaves the public QUAD list alone.
	 */
	@EventListener
	void on(OrganisationUpdated event) {
		if (!listedPartners.contains(event.organisationId())) {
			return;
		}
		partnerChanges.moved();
	}

	/**
	 * Every QUAD, by name. Kept in memory until a QUAD, a partner's name, a plot or an accepted figure changes
	 * (see {@link ReadModel}), so a busy portal does not rebuild it per visitor.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<PublicQuad> quads() {
		Stamp stamp = stamp(QUAD_SUBJECTS);
		QuadListBase base = quadBase.get(new Stamp(stamp.subjects(), stamp.figures(), 0), this::buildQuads);
		return quadList.get(new NamesStamp(base.build(), stamp.partners()), () -> named(base));
	}

	private QuadListBase buildQuads() {
		List<QuadDetails> all = quads.overview().quads().stream()
			.map(s -> quads.find(READER, s.id()))
			.toList();
		Set<Long> partnerIds = new java.util.HashSet<>();
		Map<Long, Map<PartnerRole, Long>> seatHolders = new HashMap<>();
		all.forEach(d -> d.partners().forEach((role, p) -> {
			partnerIds.add(p.id());
			seatHolders.computeIfAbsent(d.id(), k -> new java.util.EnumMap<>(PartnerRole.class)).put(role, p.id());
		}));
		listedPartners = Set.copyOf(partnerIds);
		return new QuadListBase(project(all), seatHolders, quadBaseBuilds.incrementAndGet());
	}

	/**
	 * The kept list with every seat's names read again: a partner's rename (about one in nine registry edits under
	 * load) costs one read of the listed partners, not a rebuild of the whole list.
	 */
	private List<PublicQuad> named(QuadListBase base) {
		Set<Long> ids = new java.util.HashSet<>();
		base.seatHolders().values().forEach(seats -> ids.addAll(seats.values()));
		Map<Long, OrganisationDetails> organisations = partners.lookup(ids);
		List<PublicQuad> named = new ArrayList<>(base.quads().size());
		for (PublicQuad q : base.quads()) {
			Map<PartnerRole, Long> holders = base.seatHolders().getOrDefault(q.id(), Map.of());
			List<PublicPartner> seats = new ArrayList<>(q.partners().size());
			for (PublicPartner seat : q.partners()) {
				Long holder = holders.get(seat.role());
				OrganisationDetails o = holder == null ? null : organisations.get(holder);
				seats.add(o == null ? seat : new PublicPartner(seat.role(), o.name(), o.nameZh(), o.nameUr(), o.country()));
			}
			named.add(q.withPartners(seats));
		}
		return List.copyOf(named);
	}

	/** One QUAD; 404 if there is none with this id. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public PublicQuad quad(long id) {
		for (PublicQuad q : quads()) {
			if (q.id() == id) {
				return q;
			}
		}
		return project(List.of(quads.find(READER, id))).get(0);
	}

	/** A QUAD's exports against its trajectory month by month (empty before establishment). */
	public QuadTrajectory trajectory(long id) {
		QuadPerformance performance = targets.performance(READER, id);
		List<QuadTrajectory.Month> months = performance.months().stream()
			.map(m -> new QuadTrajectory.Month(m.month(),
					BigDecimal.valueOf(m.expectedUsd()).setScale(2, RoundingMode.HALF_UP), m.actualUsd()))
			.toList();
		return new QuadTrajectory(months);
	}

	/** The programme's accepted exports against the USD 200 bn target (kept like {@link #quads()}). */
	@Transactional(propagation = Propagation.SUPPORTS)
	public ProgrammeTotals programme() {
		return programmeTotals.get(stamp(PROGRAMME_SUBJECTS), this::buildProgramme);
	}

	private ProgrammeTotals buildProgramme() {
		ProgrammeDashboard board = dashboard.programme(READER, null);
		List<QuadSummary> all = quads.overview().quads();
		Map<Integer, BigDecimal> accepted = new TreeMap<>();
		for (QuadSummary q : all) {
			reports.acceptedExportsByYear(q.id()).forEach((year, usd) -> accepted.merge(year, usd, BigDecimal::add));
		}
		Map<Integer, BigDecimal> trajectory = new TreeMap<>();
		for (ProgrammeDashboard.YearTotal y : board.programme()) {
			trajectory.put(y.year(), BigDecimal.valueOf(y.trajectoryUsd()).setScale(2, RoundingMode.HALF_UP));
		}
		Set<Integer> years = new java.util.TreeSet<>(trajectory.keySet());
		years.addAll(accepted.keySet());
		List<ProgrammeTotals.Year> rows = years.stream()
			.map(y -> new ProgrammeTotals.Year(y, accepted.getOrDefault(y, BigDecimal.ZERO),
					trajectory.getOrDefault(y, BigDecimal.ZERO)))
			.toList();
		BigDecimal total = accepted.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		long established = all.stream().filter(q -> q.establishedOn() != null).count();
		BigDecimal trailing = board.quads().stream().map(ProgrammeDashboard.QuadStanding::trailingActualUsd)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return new ProgrammeTotals(board.programmeTargetUsd(), board.programmeTargetYear(), total, trailing,
				all.size(), established, rows);
	}

	/** Approval timeliness by agency (never by officer), slowest median first. */
	public List<AgencyTimeliness> agencies() {
		return inertia.byAgency(READER).stream()
			.map(r -> new AgencyTimeliness(r.agency(), r.label(), r.decided(), r.medianWorkingDays(),
					r.withinSlaShare(), r.pending(), r.overdueNow(), r.deemedApprovals()))
			.toList();
	}

	/** Decisions of meetings whose minutes are final, newest first (kept until the committee's records change). */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<PublicDecision> decisions() {
		return decisionList.get(stamp(DECISION_SUBJECTS), this::buildDecisions);
	}

	private List<PublicDecision> buildDecisions() {
		Set<Long> finalMeetings = committee.meetings(READER).stream()
			.filter(m -> m.minutesState() == MinutesState.FINAL)
			.map(MeetingSummary::id)
			.collect(Collectors.toSet());
		Map<Long, String> quadNames = new HashMap<>();
		quads.overview().quads().forEach(q -> quadNames.put(q.id(), q.name()));
		List<PublicDecision> published = new ArrayList<>();
		for (DecisionView d : committee.decisions(READER, null, null)) {
			if (!finalMeetings.contains(d.meetingId())) {
				continue;
			}
			SubjectRef subject = d.subject();
			Long quadId = subject != null && SubjectRef.QUAD.equals(subject.kind()) ? subject.id() : null;
			published.add(new PublicDecision(d.id(), d.meetingTitle(), d.meetingDate(), d.textEn(), d.textZh(),
					d.textUr(), quadId, quadId == null ? null : quadNames.get(quadId)));
		}
		published.sort(Comparator.comparing(PublicDecision::meetingDate).reversed()
			.thenComparing(PublicDecision::id));
		return published;
	}

	/** Published decisions about one QUAD. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<PublicDecision> decisionsAbout(long quadId) {
		return decisions().stream().filter(d -> d.quadId() != null && d.quadId() == quadId).toList();
	}

	/** The audit chain's published daily heads, newest first; empty when none is published (or no audit module). */
	public List<AuditHead.Published> auditHeads() {
		AuditHead head = auditHead.getIfAvailable();
		if (head == null) {
			return List.of();
		}
		return List.copyOf(head.published(AUDIT_HEADS));
	}

	private List<PublicQuad> project(List<QuadDetails> details) {
		Set<Long> organisationIds = new LinkedHashSet<>();
		details.forEach(d -> d.partners().values().forEach(p -> organisationIds.add(p.id())));
		Map<Long, OrganisationDetails> organisations = partners.lookup(organisationIds);
		Map<Long, List<String>> zonesByQuad = zonesByQuad(details.stream().map(QuadDetails::id).toList());
		Map<Long, ProgrammeDashboard.QuadStanding> standings = dashboard.programme(READER, null).quads().stream()
			.collect(Collectors.toMap(ProgrammeDashboard.QuadStanding::quadId, s -> s, (a, b) -> a));
		List<PublicQuad> result = new ArrayList<>();
		for (QuadDetails d : details) {
			List<PublicPartner> seats = new ArrayList<>();
			for (PartnerRole role : PartnerRole.values()) {
				QuadDetails.Partner seat = d.partners().get(role);
				if (seat == null) {
					continue;
				}
				OrganisationDetails o = organisations.get(seat.id());
				seats.add(new PublicPartner(role, seat.name(), o == null ? null : o.nameZh(),
						o == null ? null : o.nameUr(), seat.country()));
			}
			BigDecimal accepted = reports.acceptedExportsByYear(d.id()).values().stream()
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			ProgrammeDashboard.QuadStanding standing = standings.get(d.id());
			BigDecimal trailingExpected = standing == null ? null
					: BigDecimal.valueOf(standing.trailingExpectedUsd()).setScale(2, RoundingMode.HALF_UP);
			result.add(new PublicQuad(d.id(), PublicQuad.codeOf(d.id()), d.name(), d.productCategory(),
					d.productDescription(), d.hsCodes().stream().map(QuadDetails.HsLine::code).toList(), d.status(),
					List.copyOf(seats), zonesByQuad.getOrDefault(d.id(), List.of()), d.establishedOn(),
					d.targetYears(), d.targetDate(), d.exportTargetUsd(), accepted,
					standing == null ? null : standing.trailingActualUsd(), trailingExpected,
					standing == null ? "NOT_STARTED" : String.valueOf(standing.standing())));
		}
		return result;
	}

	/** Names of the zones where each QUAD holds an active plot. */
	private Map<Long, List<String>> zonesByQuad(Collection<Long> quadIds) {
		Map<Long, List<String>> result = new LinkedHashMap<>();
		if (quadIds.size() == 1) {
			long id = quadIds.iterator().next();
			result.put(id, zones.ofQuad(READER, id).stream().filter(AllocationDetails::active)
				.map(AllocationDetails::zoneName).distinct().sorted().toList());
			return result;
		}
		Set<Long> wanted = Set.copyOf(quadIds);
		for (ZoneSummary zone : zones.list(READER)) {
			for (AllocationDetails plot : zones.find(READER, zone.id()).allocations()) {
				if (plot.active() && wanted.contains(plot.quadId())) {
					List<String> names = result.computeIfAbsent(plot.quadId(), k -> new ArrayList<>());
					if (!names.contains(zone.name())) {
						names.add(zone.name());
					}
				}
			}
		}
		result.replaceAll((k, v) -> v.stream().sorted().toList());
		return result;
	}

}
