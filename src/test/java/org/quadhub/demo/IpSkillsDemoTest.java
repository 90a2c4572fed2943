package org.quadhub.demo;

import org.junit.jupiter.api.Test;
import org.quadhub.ip.Agreements;
import org.quadhub.ip.DeadlineKind;
import org.quadhub.ip.IpReminders;
import org.quadhub.ip.PatentRegister;
import org.quadhub.ip.TransferMilestones;
import org.quadhub.quads.QuadSummary;
import org.quadhub.quads.Quads;
import org.quadhub.shared.Actor;
import org.quadhub.skills.SkillsPipeline;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@QuadHubTest
class IpSkillsDemoTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	Quads quads;

	@Autowired
	Agreements agreements;

	@Autowired
	PatentRegister patents;

	@Autowired
	TransferMilestones milestones;

	@Autowired
	IpReminders reminders;

	@Autowired
	SkillsPipeline skills;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void loadsAgreementsPatentsMilestonesAndSkillsPlansOnceAndSomethingFallsDueWithinNinetyDays() {
		DemoTestSupport.baseDemo(context).load();
		IpDemo ip = new IpDemo(quads, agreements, patents, milestones, reminders, transactions, clock);
		SkillsDemo skillsDemo = new SkillsDemo(quads, skills, transactions, clock);
		ip.load();
		skillsDemo.load();
		Map<String, Integer> before = counts();
		ip.load();
		skillsDemo.load();
		assertThat(counts()).isEqualTo(before);

		Map<String, Long> ids = quads.overview().quads().stream()
			.collect(Collectors.toMap(QuadSummary::name, QuadSummary::id, (a, b) -> a));
		long ev = ids.get(IpDemo.EV);
		assertThat(agreements.of(Actor.system(), ev)).hasSize(3);
		assertThat(patents.of(Actor.system(), ev)).hasSize(3);
		assertThat(patents.deadlines(Actor.system(), ev, 90)).extracting(d -> d.kind())
			.contains(DeadlineKind.NATIONAL_PHASE, DeadlineKind.ANNUITY, DeadlineKind.MILESTONE,
					DeadlineKind.AGREEMENT_END);
		assertThat(reminders.of(Actor.system(), ev)).isNotEmpty();
		assertThat(skills.gap(Actor.system(), ids.get(SkillsDemo.SOLAR)))
			.anySatisfy(g -> assertThat(g.gap()).isPositive());
		assertThat(skills.view(Actor.system(), ids.get(SkillsDemo.EV)).programmes()).hasSize(3);
	}

	private Map<String, Integer> counts() {
		return Map.of("ip_agreement", count("ip_agreement"), "ip_patent", count("ip_patent"), "ip_milestone",
				count("ip_milestone"), "ip_reminder", count("ip_reminder"), "skills_programme",
				count("skills_programme"), "skills_demand", count("skills_demand"));
	}

	private int count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}
}
