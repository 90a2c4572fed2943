package org.quadhub.demo;

import org.quadhub.ip.AgreementCommand;
import org.quadhub.ip.AgreementStatus;
import org.quadhub.ip.AgreementType;
import org.quadhub.ip.Agreements;
import org.quadhub.ip.Holder;
import org.quadhub.ip.IpReminders;
import org.quadhub.ip.MilestoneCommand;
import org.quadhub.ip.MilestoneStatus;
import org.quadhub.ip.PatentCommand;
import org.quadhub.ip.PatentOffice;
import org.quadhub.ip.PatentRegister;
import org.quadhub.ip.PatentStatus;
import org.quadhub.ip.TransferMilestones;
import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.QuadSummary;
import org.quadhub.quads.Quads;
import org.quadhub.shared.Actor;
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

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * IP records for two demo QUADs: agreements (joint development, technology transfer, confidentiality), a PCT
 * application whose national-phase entry falls due within three months, national filings (one granted, with an
 * annuity coming up), and technology-transfer milestones; then one reminder run so the IP inbox is not empty. Dates
 * are relative to the day the demo is loaded; application numbers carry DEMO and every figure is illustrative. A
 * QUAD that already has agreements is left alone.
 */
@Component
@ConditionalOnBooleanProperty("quadhub.demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
class IpDemo implements ApplicationRunner {

	static final String EV = "EV QUAD: BYD · Hubco · Tsinghua · NUST";
	static final String CELLS = "Battery-cell QUAD: CATL · Atlas Battery · CSU · GIKI";

	private static final Logger log = LoggerFactory.getLogger(IpDemo.class);

	private final Quads quads;
	private final Agreements agreements;
	private final PatentRegister patents;
	private final TransferMilestones milestones;
	private final IpReminders reminders;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final Actor system = Actor.system();

	IpDemo(Quads quads, Agreements agreements, PatentRegister patents, TransferMilestones milestones,
			IpReminders reminders, PlatformTransactionManager transactions, Clock clock) {
		this.quads = quads;
		this.agreements = agreements;
		this.patents = patents;
		this.milestones = milestones;
		this.reminders = reminders;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		load();
	}

	void load() {
		LocalDate today = LocalDate.now(clock);
		transaction.executeWithoutResult(status -> {
			find(EV).filter(q -> agreements.of(system, q.id()).isEmpty()).ifPresent(q -> ev(q, today));
			find(CELLS).filter(q -> agreements.of(system, q.id()).isEmpty()).ifPresent(q -> cells(q, today));
		});
		int made = reminders.run(today);
		log.info("IP demo data present; {} reminders made", made);
	}

	private Optional<QuadDetails> find(String name) {
		return quads.search(system, null, null).stream()
			.filter(q -> q.name().equals(name))
			.map(QuadSummary::id)
			.findFirst()
			.map(id -> quads.find(system, id));
	}

	private static long seat(QuadDetails quad, PartnerRole role) {
		return quad.partners().get(role).id();
	}

	private static Holder share(long organisationId, String percent) {
		return new Holder(organisationId, null, new BigDecimal(percent));
	}

	private void ev(QuadDetails q, LocalDate today) {
		long byd = seat(q, PartnerRole.CHINESE_INDUSTRY);
		long hubco = seat(q, PartnerRole.PAKISTANI_INDUSTRY);
		long tsinghua = seat(q, PartnerRole.CHINESE_ACADEMIA);
		long nust = seat(q, PartnerRole.PAKISTANI_ACADEMIA);
		LocalDate start = today.minusDays(420);
		agreements.create(system, q.id(), new AgreementCommand(AgreementType.JOINT_DEVELOPMENT,
				"Joint development of an LFP battery pack for two- and three-wheelers",
				List.of(share(byd, "40"), share(hubco, "30"), share(tsinghua, "15"), share(nust, "15")),
				"Traction battery packs up to 10 kWh", "Pakistan, China and export markets",
				"Illustrative: 2.5% of net sales of packs sold outside Pakistan and China, shared by ownership", start,
				start.plusYears(5), "Laws of Pakistan; ICC arbitration seated in Singapore", AgreementStatus.IN_FORCE,
				null));
		agreements.create(system, q.id(), new AgreementCommand(AgreementType.TECHNOLOGY_TRANSFER,
				"Transfer of pack assembly and end-of-line testing know-how to Hubco",
				List.of(share(byd, "100"), share(hubco, "0")), "Pack assembly, testing and field service", "Pakistan",
				"Illustrative: lump sum in three tranches tied to the transfer milestones", start.plusDays(30),
				start.plusYears(3).plusDays(30), "Laws of Pakistan", AgreementStatus.IN_FORCE, null));
		agreements.create(system, q.id(), new AgreementCommand(AgreementType.CONFIDENTIALITY,
				"Mutual confidentiality undertaking of the four partners",
				List.of(share(byd, "25"), share(hubco, "25"), share(tsinghua, "25"), share(nust, "25")), null, null,
				null, today.minusDays(500), today.plusDays(60), "Laws of Pakistan", AgreementStatus.IN_FORCE, null));
		LocalDate priority = today.minusMonths(28).minusDays(3);
		patents.register(system, q.id(), new PatentCommand("Modular battery pack with passive thermal barrier",
				PatentOffice.CNIPA, null, "CN-DEMO-2024-0001", priority, priority, PatentStatus.PUBLISHED, null, null,
				List.of(share(byd, "50"), share(tsinghua, "25"), share(nust, "25")), null, null));
		patents.register(system, q.id(), new PatentCommand("Modular battery pack with passive thermal barrier",
				PatentOffice.WIPO_PCT, null, "PCT/CN-DEMO/0001", priority, priority.plusMonths(11),
				PatentStatus.PUBLISHED, null, null, List.of(share(byd, "50"), share(tsinghua, "25"), share(nust, "25")),
				EnumSet.of(PatentOffice.IPO_PK, PatentOffice.EPO, PatentOffice.USPTO), null));
		LocalDate filed = today.minusYears(4).plusDays(45);
		patents.register(system, q.id(), new PatentCommand("Battery-management firmware with cell balancing",
				PatentOffice.IPO_PK, null, "PK-DEMO-2022-0001", null, filed, PatentStatus.GRANTED, "PK-DEMO-G-0001",
				filed.plusMonths(30), List.of(share(nust, "60"), share(hubco, "40")), null, null));
		milestones.create(system, q.id(), new MilestoneCommand("Local battery-pack assembly line commissioned at Hub",
				today.minusDays(120), today.minusDays(110),
				"Illustrative: commissioning certificate signed by both companies", MilestoneStatus.ACHIEVED, null,
				null));
		milestones.create(system, q.id(), new MilestoneCommand("First locally designed battery-management module",
				today.plusDays(25), null, null, MilestoneStatus.IN_PROGRESS, null, null));
		milestones.create(system, q.id(), new MilestoneCommand("Cell-level test laboratory accredited (ISO/IEC 17025)",
				today.plusDays(150), null, null, MilestoneStatus.PLANNED, null, null));
	}

	private void cells(QuadDetails q, LocalDate today) {
		long catl = seat(q, PartnerRole.CHINESE_INDUSTRY);
		long atlas = seat(q, PartnerRole.PAKISTANI_INDUSTRY);
		long csu = seat(q, PartnerRole.CHINESE_ACADEMIA);
		long giki = seat(q, PartnerRole.PAKISTANI_ACADEMIA);
		agreements.create(system, q.id(), new AgreementCommand(AgreementType.LICENCE,
				"Licence of LFP cell chemistry for local cell assembly", List.of(share(catl, "100"), share(atlas, "0")),
				"LFP prismatic cells for storage and vehicles", "Pakistan", "Illustrative: 3% of net cell sales",
				today.minusDays(60), today.plusYears(7), "Laws of the People's Republic of China; CIETAC arbitration",
				AgreementStatus.SIGNED, null));
		agreements.create(system, q.id(), new AgreementCommand(AgreementType.JOINT_DEVELOPMENT,
				"Joint research on sodium-ion cathodes", List.of(share(csu, "50"), share(giki, "50")),
				"Sodium-ion cathode materials", "Worldwide", null, today.minusDays(30), null, "Laws of Pakistan",
				AgreementStatus.DRAFT, null));
		milestones.create(system, q.id(), new MilestoneCommand("Cell formation and grading line installed",
				today.plusDays(80), null, null, MilestoneStatus.PLANNED, null, null));
	}
}
