package org.quadhub.demo;

import org.junit.jupiter.api.Test;
import org.quadhub.committee.ActionItemFilter;
import org.quadhub.committee.ActionItemView;
import org.quadhub.committee.ActionItems;
import org.quadhub.committee.Committee;
import org.quadhub.committee.CommitteeMembers;
import org.quadhub.committee.CommitteeMinutes;
import org.quadhub.committee.DecisionView;
import org.quadhub.committee.MeetingDetails;
import org.quadhub.committee.MeetingSummary;
import org.quadhub.committee.MinutesState;
import org.quadhub.partners.Partners;
import org.quadhub.quads.Quads;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Country;
import org.quadhub.support.QuadHubTest;
import org.quadhub.users.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@QuadHubTest
class CommitteeDemoTest {

	@Autowired
	Committee committee;

	@Autowired
	CommitteeMinutes minutes;

	@Autowired
	ActionItems actions;

	@Autowired
	CommitteeMembers members;

	@Autowired
	Partners partners;

	@Autowired
	Quads quads;

	@Autowired
	Users users;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Test
	void loadsMeetingsInEveryMinutesStateWithTranslationsAndOverdueActionsOnce() {
		DemoTestSupport.baseDemo(context).load();
		CommitteeDemo demo = new CommitteeDemo(committee, minutes, actions, members, users, quads, clock, transactions);
		demo.load();
		int meetings = count("committee_meeting");
		int decisions = count("committee_decision");
		int items = count("committee_action_item");
		demo.load();
		assertThat(count("committee_meeting")).isEqualTo(meetings);
		assertThat(count("committee_decision")).isEqualTo(decisions);
		assertThat(count("committee_action_item")).isEqualTo(items);

		Actor system = Actor.system();
		List<MeetingSummary> all = committee.meetings(system);
		MeetingSummary done = find(all, CommitteeDemo.FINAL_MEETING);
		MeetingSummary waiting = find(all, CommitteeDemo.WAITING_MEETING);
		MeetingSummary upcoming = find(all, CommitteeDemo.UPCOMING_MEETING);
		assertThat(done.minutesState()).isEqualTo(MinutesState.FINAL);
		assertThat(waiting.minutesState()).isEqualTo(MinutesState.SIGNED_BY_PAKISTAN);
		assertThat(waiting.minutesWaitingFor()).isEqualTo("CN");
		assertThat(waiting.minutesWaitingDays()).isGreaterThanOrEqualTo(30);
		assertThat(upcoming.upcoming()).isTrue();
		assertThat(upcoming.minutesState()).isNull();

		MeetingDetails details = committee.meeting(system, waiting.id());
		assertThat(details.decisions()).isNotEmpty().allSatisfy(d -> {
			assertThat(d.textZh()).isNotBlank();
			assertThat(d.textUr()).isNotBlank();
		});
		assertThat(details.agenda()).extracting(a -> a.subject() == null ? "" : a.subject().kind()).contains("QUAD");
		List<DecisionView> onQuads = committee.decisions(system, null, null).stream()
			.filter(d -> d.subject() != null).toList();
		assertThat(onQuads).isNotEmpty();

		List<ActionItemView> overdue = actions.track(system, new ActionItemFilter(null, null, true, null));
		assertThat(overdue).extracting(ActionItemView::meetingTitle).contains(CommitteeDemo.FINAL_MEETING);
		assertThat(overdue).extracting(ActionItemView::ownerSide).contains(Country.PK, Country.CN);

		// the demo's committee users can sign: one for each side
		assertThat(members.sideOf(CommitteeDemo.PAKISTAN_MEMBER)).contains(Country.PK);
		assertThat(members.sideOf(CommitteeDemo.CHINA_MEMBER)).contains(Country.CN);
		assertThat(users.credentials(CommitteeDemo.CHINA_MEMBER)).isPresent();
	}

	private static MeetingSummary find(List<MeetingSummary> all, String title) {
		return all.stream().filter(m -> m.title().equals(title)).findFirst().orElseThrow();
	}

	private int count(String table) {
		Integer n = jdbc.queryForObject("select count(*) from " + table, Integer.class);
		return n == null ? 0 : n;
	}
}
