package org.quadhub.demo;

import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.QuadSummary;
import org.quadhub.quads.Quads;
import org.quadhub.shared.Actor;
import org.quadhub.skills.DemandRow;
import org.quadhub.skills.GraduateYear;
import org.quadhub.skills.ProgrammeCommand;
import org.quadhub.skills.SkillCategory;
import org.quadhub.skills.SkillsPipeline;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Skills plans and university programmes for two demo QUADs (EV and solar), five years from the current one, so the
 * gap chart shows shortfalls of technicians and skilled workers that the partner universities' degree programmes do
 * not cover. Headcounts, enrolments and graduates are illustrative. A QUAD that already has programmes is left alone.
 */
@Component
@ConditionalOnBooleanProperty("quadhub.demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
class SkillsDemo implements ApplicationRunner {

	static final String EV = "EV QUAD: BYD · Hubco · Tsinghua · NUST";
	static final String SOLAR = "Solar QUAD: LONGi · Reon · SJTU · UET Lahore";

	private static final Logger log = LoggerFactory.getLogger(SkillsDemo.class);

	private final Quads quads;
	private final SkillsPipeline skills;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final Actor system = Actor.system();

	SkillsDemo(Quads quads, SkillsPipeline skills, PlatformTransactionManager transactions, Clock clock) {
		this.quads = quads;
		this.skills = skills;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		load();
	}

	void load() {
		int year = LocalDate.now(clock).getYear();
		transaction.executeWithoutResult(status -> {
			find(EV).filter(q -> skills.view(system, q.id()).programmes().isEmpty()).ifPresent(q -> {
				skills.replaceDemand(system, q.id(), plan(year, new int[] { 60, 15, 140, 320 }, 1.25));
				programme(q, PartnerRole.PAKISTANI_ACADEMIA, "BE Electrical Engineering (power electronics and batteries)",
						SkillCategory.ENGINEERS, 480, year, 95, 10, LocalDate.of(year - 1, 9, 1));
				programme(q, PartnerRole.PAKISTANI_ACADEMIA, "MS Energy Systems Engineering", SkillCategory.SCIENTISTS,
						60, year, 14, 2, null);
				programme(q, PartnerRole.CHINESE_ACADEMIA, "Joint certificate in battery-pack assembly and testing",
						SkillCategory.TECHNICIANS, 120, year, 40, 20, LocalDate.of(year - 1, 3, 15));
			});
			find(SOLAR).filter(q -> skills.view(system, q.id()).programmes().isEmpty()).ifPresent(q -> {
				skills.replaceDemand(system, q.id(), plan(year, new int[] { 45, 10, 110, 400 }, 1.2));
				programme(q, PartnerRole.PAKISTANI_ACADEMIA, "BSc Electrical Engineering (renewable energy)",
						SkillCategory.ENGINEERS, 360, year, 70, 5, LocalDate.of(year - 2, 8, 20));
				programme(q, PartnerRole.PAKISTANI_ACADEMIA, "Certificate in PV module manufacturing",
						SkillCategory.SKILLED_WORKERS, 200, year, 90, 30, null);
			});
		});
		log.info("Skills demo data present");
	}

	/** Five years of demand from {@code first}: the first year's headcount per category, growing by {@code growth}. */
	private static List<DemandRow> plan(int first, int[] base, double growth) {
		List<DemandRow> rows = new ArrayList<>();
		SkillCategory[] categories = SkillCategory.values();
		for (int y = 0; y < 5; y++) {
			for (int c = 0; c < categories.length; c++) {
				rows.add(new DemandRow(first + y, categories[c], (int) Math.round(base[c] * Math.pow(growth, y))));
			}
		}
		return rows;
	}

	private void programme(QuadDetails q, PartnerRole university, String name, SkillCategory category, int enrolment,
			int first, int graduates, int growth, @org.jspecify.annotations.Nullable LocalDate revisedOn) {
		List<GraduateYear> years = new ArrayList<>();
		for (int y = 0; y < 5; y++) {
			years.add(new GraduateYear(first + y, graduates + y * growth));
		}
		skills.addProgramme(system, q.id(), new ProgrammeCommand(q.partners().get(university).id(), name, category,
				null, enrolment, years, revisedOn != null, revisedOn, null));
	}

	private Optional<QuadDetails> find(String name) {
		return quads.search(system, null, null).stream()
			.filter(q -> q.name().equals(name))
			.map(QuadSummary::id)
			.findFirst()
			.map(id -> quads.find(system, id));
	}
}
