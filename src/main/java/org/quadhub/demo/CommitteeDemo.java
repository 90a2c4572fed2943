package org.quadhub.demo;

import org.jspecify.annotations.Nullable;
import org.quadhub.committee.ActionItemCommand;
import org.quadhub.committee.ActionItemView;
import org.quadhub.committee.ActionItems;
import org.quadhub.committee.ActionStatus;
import org.quadhub.committee.ActionStatusChange;
import org.quadhub.committee.AgendaItemCommand;
import org.quadhub.committee.AgendaItemView;
import org.quadhub.committee.Attendee;
import org.quadhub.committee.Committee;
import org.quadhub.committee.CommitteeMembers;
import org.quadhub.committee.CommitteeMinutes;
import org.quadhub.committee.DecisionCommand;
import org.quadhub.committee.DecisionView;
import org.quadhub.committee.MeetingCommand;
import org.quadhub.committee.MeetingDetails;
import org.quadhub.committee.MemberCommand;
import org.quadhub.committee.MinutesCommand;
import org.quadhub.committee.SignMinutes;
import org.quadhub.committee.SubjectRef;
import org.quadhub.quads.QuadSummary;
import org.quadhub.quads.Quads;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Country;
import org.quadhub.shared.Role;
import org.quadhub.users.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Three joint committee meetings around today: one with final minutes, one whose minutes Pakistan signed weeks ago
 * and that still wait for China, and one ahead; decisions in English with Chinese and Urdu; action items, some
 * overdue. Seats the demo user {@code committee} for Pakistan and adds {@code committee-cn} for China. Dates are
 * relative to the day the demo is first loaded; a meeting that exists already is left alone.
 */
@Component
@ConditionalOnBooleanProperty("quadhub.demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class CommitteeDemo implements ApplicationRunner {

	/** The second demo committee user, who signs for China (password {@code committee-cn-demo-2026}). */
	static final String CHINA_MEMBER = "committee-cn";
	static final String PAKISTAN_MEMBER = "committee";
	static final String FINAL_MEETING = "13th JCC meeting on QUADs, Beijing";
	static final String WAITING_MEETING = "14th JCC meeting on QUADs, Islamabad";
	static final String UPCOMING_MEETING = "15th JCC meeting on QUADs (video conference)";

	private static final Logger log = LoggerFactory.getLogger(CommitteeDemo.class);

	private final Committee committee;
	private final CommitteeMinutes minutes;
	private final ActionItems actions;
	private final CommitteeMembers members;
	private final Users users;
	private final Quads quads;
	private final Clock clock;
	private final TransactionTemplate transaction;
	private final Actor system = Actor.system();
	private final Actor pakistan = new Actor(PAKISTAN_MEMBER, Set.of(Role.COMMITTEE), null);
	private final Actor china = new Actor(CHINA_MEMBER, Set.of(Role.COMMITTEE), null);

	CommitteeDemo(Committee committee, CommitteeMinutes minutes, ActionItems actions, CommitteeMembers members,
			Users users, Quads quads, Clock clock, PlatformTransactionManager transactions) {
		this.committee = committee;
		this.minutes = minutes;
		this.actions = actions;
		this.members = members;
		this.users = users;
		this.quads = quads;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		load();
	}

	/** All or nothing, like the main demo data. */
	void load() {
		transaction.executeWithoutResult(status -> loadInTransaction());
	}

	private void loadInTransaction() {
		users.ensure(PAKISTAN_MEMBER, PAKISTAN_MEMBER + DemoData.DEMO_PASSWORD_SUFFIX, Set.of(Role.COMMITTEE), null);
		users.ensure(CHINA_MEMBER, CHINA_MEMBER + DemoData.DEMO_PASSWORD_SUFFIX, Set.of(Role.COMMITTEE), null);
		seat(PAKISTAN_MEMBER, Country.PK, "Member for Pakistan (Ministry of Planning, Development and Special Initiatives)");
		seat(CHINA_MEMBER, Country.CN, "Member for China (National Development and Reform Commission)");
		List<String> existing = committee.meetings(system).stream().map(m -> m.title()).toList();
		LocalDate today = LocalDate.now(clock);
		if (!existing.contains(FINAL_MEETING)) {
			finalMeeting(today);
		}
		if (!existing.contains(WAITING_MEETING)) {
			waitingMeeting(today);
		}
		if (!existing.contains(UPCOMING_MEETING)) {
			upcomingMeeting(today);
		}
		log.info("Committee demo present: meetings '{}', '{}', '{}'; {} signs for Pakistan, {} for China",
				FINAL_MEETING, WAITING_MEETING, UPCOMING_MEETING, PAKISTAN_MEMBER, CHINA_MEMBER);
	}

	private void seat(String username, Country side, String title) {
		if (members.sideOf(username).isEmpty()) {
			members.seat(system, username, new MemberCommand(side, title, null));
		}
	}

	private void finalMeeting(LocalDate today) {
		LocalDate held = today.minusDays(120);
		MeetingDetails meeting = committee.createMeeting(system, new MeetingCommand(FINAL_MEETING, held,
				"Diaoyutai State Guesthouse, Beijing", null, "Federal Minister for Planning, Development and Special Initiatives",
				"Vice Chairman, National Development and Reform Commission", attendees(), null));
		Long ev = quad("BYD");
		Long phones = quad("Xiaomi");
		AgendaItemView evItem = agenda(meeting, "Export performance of the EV QUAD", ev);
		agenda(meeting, "Smartphone QUAD: component localisation plan", phones);
		DecisionView evDecision = committee.recordDecision(pakistan, meeting.id(), new DecisionCommand(
				"The committee endorses the EV QUAD's plan to add a second battery-pack line at Port Qasim and asks "
						+ "the Chinese side to extend the concessional loan by USD 150 million.",
				"委员会批准电动汽车四方合作在卡西姆港增设第二条电池组生产线的计划，并请中方将优惠贷款增加1.5亿美元。",
				"کمیٹی ای وی کواڈ کے پورٹ قاسم پر بیٹری پیک کی دوسری لائن لگانے کے منصوبے کی توثیق کرتی ہے اور چینی فریق سے رعایتی قرض میں پندرہ کروڑ ڈالر کے اضافے کی درخواست کرتی ہے۔",
				evItem.id(), null, null, null));
		committee.recordDecision(china, meeting.id(), new DecisionCommand(
				"Local content of smartphones assembled by the Smartphone QUAD shall reach 30% of factory value "
						+ "within two years.",
				"智能手机四方合作组装手机的本地化率应在两年内达到出厂价值的30%。",
				"اسمارٹ فون کواڈ کے تیار کردہ فونز میں مقامی پرزوں کا حصہ دو سال میں فیکٹری قیمت کا تیس فیصد ہو گا۔",
				null, phones == null ? null : SubjectRef.QUAD, phones, null));
		minutes.draft(system, meeting.id(), new MinutesCommand(minutesText(FINAL_MEETING, held,
				"The committee reviewed the EV and Smartphone QUADs and took the decisions recorded below."), null));
		minutes.sign(pakistan, meeting.id(), new SignMinutes(Country.PK, held.plusDays(9), null));
		minutes.sign(china, meeting.id(), new SignMinutes(Country.CN, held.plusDays(23), null));
		minutes.finalise(system, meeting.id(), null);
		action(meeting, "Submit the loan extension request to China Development Bank", Country.PK,
				"Joint Secretary, Economic Affairs Division", held.plusDays(30), evDecision.id(), ActionStatus.DONE);
		action(meeting, "Confirm the concessional loan extension", Country.CN, "Director, NDRC Foreign Capital Department",
				today.minusDays(21), evDecision.id(), ActionStatus.IN_PROGRESS);
		action(meeting, "Publish the component localisation roadmap", Country.PK, "Secretary, Ministry of Industries",
				today.minusDays(6), null, null);
	}

	private void waitingMeeting(LocalDate today) {
		LocalDate held = today.minusDays(45);
		MeetingDetails meeting = committee.createMeeting(system, new MeetingCommand(WAITING_MEETING, held,
				"Prime Minister's Office, Islamabad", "https://meet.quadhub.gov.pk/jcc-14",
				"Federal Minister for Planning, Development and Special Initiatives",
				"Vice Chairman, National Development and Reform Commission", attendees(), null));
		Long cells = quad("CATL");
		Long solar = quad("LONGi Green Energy");
		AgendaItemView cellItem = agenda(meeting, "Battery-cell QUAD: approvals pending for over 90 days", cells);
		agenda(meeting, "Solar QUAD: duty-free machinery list", solar);
		agenda(meeting, "Review of action items from the 13th meeting", null);
		DecisionView fastTrack = committee.recordDecision(pakistan, meeting.id(), new DecisionCommand(
				"The coordinating authority shall fast-track every pending approval of the Battery-cell QUAD; "
						+ "any step still open after 30 days is escalated to the Prime Minister's Office.",
				"协调机构应加快电池单体四方合作的所有待批事项；30天后仍未办结的事项上报总理办公室。",
				"رابطہ اتھارٹی بیٹری سیل کواڈ کی تمام زیر التوا منظوریاں فوری نمٹائے گی؛ تیس دن بعد بھی کھلا کوئی مرحلہ وزیر اعظم آفس کو بھیجا جائے گا۔",
				cellItem.id(), null, null, null));
		committee.recordDecision(china, meeting.id(), new DecisionCommand(
				"The Chinese side will send a technical team to review the Solar QUAD's machinery list.",
				"中方将派技术小组审查太阳能四方合作的设备清单。",
				"چینی فریق سولر کواڈ کی مشینری کی فہرست کا جائزہ لینے کے لیے تکنیکی ٹیم بھیجے گا۔",
				null, solar == null ? null : SubjectRef.QUAD, solar, null));
		minutes.draft(system, meeting.id(), new MinutesCommand(minutesText(WAITING_MEETING, held,
				"The committee reviewed stalled approvals and the Solar QUAD's machinery imports."), null));
		minutes.sign(pakistan, meeting.id(), new SignMinutes(Country.PK, held.plusDays(7), null));
		action(meeting, "Escalate the Battery-cell QUAD's open approval steps", Country.PK,
				"Secretary, Board of Investment", held.plusDays(30), fastTrack.id(), null);
		action(meeting, "Send the technical team to Lahore", Country.CN, "Counsellor, Embassy of China",
				today.plusDays(14), null, null);
	}

	private void upcomingMeeting(LocalDate today) {
		MeetingDetails meeting = committee.createMeeting(system, new MeetingCommand(UPCOMING_MEETING,
				today.plusDays(21), null, "https://meet.quadhub.gov.pk/jcc-15",
				"Federal Minister for Planning, Development and Special Initiatives",
				"Vice Chairman, National Development and Reform Commission", attendees(), null));
		agenda(meeting, "Chip-packaging QUAD proposal", quad("JCET Group"));
		agenda(meeting, "Signature of the 14th meeting's minutes", null);
		agenda(meeting, "Overdue action items of both sides", null);
	}

	private List<Attendee> attendees() {
		return List.of(new Attendee("Secretary, Board of Investment", Country.PK, "Member"),
				new Attendee("Chairman, Special Economic Zones Authority", Country.PK, "Member"),
				new Attendee("Director General, CPEC Secretariat", Country.PK, "Secretary of the committee"),
				new Attendee("Counsellor, Embassy of China in Islamabad", Country.CN, "Member"),
				new Attendee("Director, NDRC Foreign Capital Department", Country.CN, "Member"));
	}

	private AgendaItemView agenda(MeetingDetails meeting, String title, @Nullable Long quadId) {
		return committee.addAgendaItem(system, meeting.id(),
				new AgendaItemCommand(title, quadId == null ? null : SubjectRef.QUAD, quadId, null));
	}

	private void action(MeetingDetails meeting, String title, Country side, String owner, LocalDate due,
			@Nullable Long decisionId, @Nullable ActionStatus status) {
		ActionItemView item = actions.create(system, meeting.id(),
				new ActionItemCommand(title, side, owner, due, decisionId, null));
		if (status != null && status != item.status()) {
			actions.changeStatus(system, item.id(), new ActionStatusChange(status, null, item.version()));
		}
	}

	/** The demo QUAD whose name mentions this Chinese company, if the main demo data has it. */
	private @Nullable Long quad(String chineseCompany) {
		return quads.overview().quads().stream()
			.filter(q -> q.name().contains(" QUAD: ") && q.name().contains(chineseCompany.split(" ")[0]))
			.map(QuadSummary::id)
			.findFirst()
			.orElse(null);
	}

	private static String minutesText(String title, LocalDate held, String summary) {
		return "Minutes of the " + title + ", held on " + held + ".\n\n1. " + summary
				+ "\n2. Both sides reaffirmed the target of USD 5 billion of exports a year per QUAD within five years "
				+ "of establishment.\n3. The next meeting will review the action items below.";
	}
}
