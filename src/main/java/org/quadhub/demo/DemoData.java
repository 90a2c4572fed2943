package org.quadhub.demo;

import org.quadhub.partners.OrganisationCommand;
import org.quadhub.partners.OrganisationDetails;
import org.quadhub.partners.OrganisationKind;
import org.quadhub.partners.Partners;
import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.ProposeQuad;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.QuadStatus;
import org.quadhub.quads.QuadSummary;
import org.quadhub.quads.Quads;
import org.quadhub.quads.TransitionQuad;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Country;
import org.quadhub.shared.Role;
import org.quadhub.shared.Sector;
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

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Realistic demo organisations (research/economics.md §9), six QUADs across the lifecycle, and one user per role.
 * Each item is created only if missing, so restarts never duplicate it.
 */
@Component
@ConditionalOnBooleanProperty("quadhub.demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoData implements ApplicationRunner {

	/** Demo sign-ins, documented in the README; they exist only when demo data is on. */
	static final Map<String, Role> DEMO_USERS = Map.of("authority", Role.AUTHORITY, "committee", Role.COMMITTEE,
			"partner", Role.PARTNER, "agency", Role.AGENCY, "zone", Role.ZONE_OFFICER);
	static final String DEMO_PASSWORD_SUFFIX = "-demo-2026";
	static final String PARTNER_USER_ORGANISATION = "National University of Sciences and Technology (NUST)";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);
	private static final String ILLUSTRATIVE = " Illustrative demo pairing, not an announced partnership.";

	private final Partners partners;
	private final Quads quads;
	private final Users users;
	private final TransactionTemplate transaction;
	private final ApprovalsDemo approvals;
	private final Actor system = Actor.system();
	private int approvedCases;

	DemoData(Partners partners, Quads quads, Users users, ApprovalsDemo approvals,
			PlatformTransactionManager transactions) {
		this.partners = partners;
		this.quads = quads;
		this.users = users;
		this.approvals = approvals;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		load();
	}

	/** All or nothing: a failure part-way leaves no half-loaded QUAD behind. */
	void load() {
		transaction.executeWithoutResult(status -> loadInTransaction());
	}

	private void loadInTransaction() {
		Map<String, Long> ids = organisations();
		quad(ids, "EV QUAD: BYD · Hubco · Tsinghua · NUST", Sector.ELECTRIC_VEHICLES_AND_BATTERIES,
				"Battery-electric passenger cars and their battery packs, assembled at Port Qasim for export to the "
						+ "Middle East and Central Asia (the op-ed's example).",
				List.of("870380", "850760"), "BYD", "Hub Power Company (Hubco)", "Tsinghua University",
				PARTNER_USER_ORGANISATION, QuadStatus.EXPORTING, LocalDate.of(2022, 7, 1));
		quad(ids, "Smartphone QUAD: Xiaomi · Air Link · NUIST · COMSATS", Sector.ELECTRONICS,
				"4G/5G smartphones assembled in Lahore; first exports to the UAE.", List.of("851713"), "Xiaomi",
				"Air Link Communication", "Nanjing University of Information Science and Technology",
				"COMSATS University Islamabad", QuadStatus.EXPORTING, LocalDate.of(2023, 3, 1));
		quad(ids, "Vaccine QUAD: CanSino · Getz · HUCM · ICCBS", Sector.BIOTECH_AND_PHARMA,
				"Vaccine fill-finish and medicaments in measured doses." + ILLUSTRATIVE, List.of("3002", "3004"),
				"CanSino Biologics", "Getz Pharma", "Hunan University of Chinese Medicine",
				"ICCBS, University of Karachi", QuadStatus.PRODUCING, LocalDate.of(2024, 1, 15));
		quad(ids, "Solar QUAD: LONGi · Reon · SJTU · UET Lahore", Sector.RENEWABLE_ENERGY,
				"Photovoltaic modules and string inverters." + ILLUSTRATIVE, List.of("854143", "850440"),
				"LONGi Green Energy", "Reon Energy", "Shanghai Jiao Tong University",
				"University of Engineering and Technology (UET) Lahore", QuadStatus.ESTABLISHED,
				LocalDate.of(2025, 6, 1));
		quad(ids, "Battery-cell QUAD: CATL · Atlas Battery · CSU · GIKI", Sector.ELECTRIC_VEHICLES_AND_BATTERIES,
				"Lithium-ion cells and energy-storage packs." + ILLUSTRATIVE, List.of("850760"), "CATL",
				"Atlas Battery", "Central South University", "Ghulam Ishaq Khan Institute (GIKI)",
				QuadStatus.UNDER_REVIEW, null);
		quad(ids, "Chip-packaging QUAD: JCET · NRTC · Fudan · ITU", Sector.SEMICONDUCTORS,
				"Outsourced semiconductor assembly and test; processor and controller ICs." + ILLUSTRATIVE,
				List.of("854231", "8541"), "JCET Group", "National Radio and Telecommunication Corporation (NRTC)",
				"Fudan University", "Information Technology University (ITU) Lahore", QuadStatus.PROPOSED, null);
		for (Map.Entry<String, Role> user : DEMO_USERS.entrySet()) {
			Long organisation = user.getValue() == Role.PARTNER ? ids.get(PARTNER_USER_ORGANISATION) : null;
			String agency = user.getValue() == Role.AGENCY ? ApprovalsDemo.DEMO_AGENCY : null;
			users.ensure(user.getKey(), user.getKey() + DEMO_PASSWORD_SUFFIX, Set.of(user.getValue()), organisation,
					agency);
		}
		log.info("Demo data present: {} organisations, {} QUADs, users {}", ids.size(), quads.overview().total(),
				DEMO_USERS.keySet());
	}

	private Map<String, Long> organisations() {
		List<OrganisationCommand> all = List.of(
				org("BYD", "比亚迪", Country.CN, OrganisationKind.INDUSTRY, "Shenzhen", "Guangdong",
						"https://www.byd.com", Set.of(Sector.ELECTRIC_VEHICLES_AND_BATTERIES),
						Set.of("electric vehicles", "battery packs", "power electronics")),
				org("CATL", "宁德时代", Country.CN, OrganisationKind.INDUSTRY, "Ningde", "Fujian", "https://www.catl.com",
						Set.of(Sector.ELECTRIC_VEHICLES_AND_BATTERIES, Sector.RENEWABLE_ENERGY),
						Set.of("lithium-ion cells", "energy storage", "battery materials")),
				org("Huawei", "华为", Country.CN, OrganisationKind.INDUSTRY, "Shenzhen", "Guangdong",
						"https://www.huawei.com", Set.of(Sector.ELECTRONICS, Sector.INFORMATION_TECHNOLOGY, Sector.RENEWABLE_ENERGY),
						Set.of("5g", "inverters", "cloud", "ict training")),
				org("Xiaomi", "小米", Country.CN, OrganisationKind.INDUSTRY, "Beijing", "Beijing", "https://www.mi.com",
						Set.of(Sector.ELECTRONICS), Set.of("smartphones", "consumer electronics")),
				org("LONGi Green Energy", "隆基绿能", Country.CN, OrganisationKind.INDUSTRY, "Xi'an", "Shaanxi",
						"https://www.longi.com", Set.of(Sector.RENEWABLE_ENERGY), Set.of("pv modules", "solar wafers")),
				org("JCET Group", "长电科技", Country.CN, OrganisationKind.INDUSTRY, "Jiangyin", "Jiangsu",
						"https://www.jcetglobal.com", Set.of(Sector.SEMICONDUCTORS),
						Set.of("osat", "chip packaging", "test")),
				org("CanSino Biologics", "康希诺生物", Country.CN, OrganisationKind.INDUSTRY, "Tianjin", "Tianjin",
						"https://www.cansinotech.com", Set.of(Sector.BIOTECH_AND_PHARMA), Set.of("vaccines", "fill-finish")),
				org("Hub Power Company (Hubco)", null, Country.PK, OrganisationKind.INDUSTRY, "Karachi", "Sindh",
						"https://www.hubpower.com", Set.of(Sector.ELECTRIC_VEHICLES_AND_BATTERIES, Sector.RENEWABLE_ENERGY),
						Set.of("power generation", "ev assembly", "energy storage")),
				org("Air Link Communication", null, Country.PK, OrganisationKind.INDUSTRY, "Lahore", "Punjab",
						"https://www.airlinkcommunication.com", Set.of(Sector.ELECTRONICS),
						Set.of("smartphone assembly", "distribution")),
				org("Getz Pharma", null, Country.PK, OrganisationKind.INDUSTRY, "Karachi", "Sindh",
						"https://www.getzpharma.com", Set.of(Sector.BIOTECH_AND_PHARMA),
						Set.of("who prequalification", "generics", "fill-finish")),
				org("Atlas Battery", null, Country.PK, OrganisationKind.INDUSTRY, "Karachi", "Sindh",
						"https://www.abl.atlas.pk", Set.of(Sector.ELECTRIC_VEHICLES_AND_BATTERIES), Set.of("batteries")),
				org("Reon Energy", null, Country.PK, OrganisationKind.INDUSTRY, "Karachi", "Sindh",
						"https://www.reonenergy.com", Set.of(Sector.RENEWABLE_ENERGY), Set.of("solar epc", "energy storage")),
				org("National Radio and Telecommunication Corporation (NRTC)", null, Country.PK, OrganisationKind.INDUSTRY,
						"Haripur", "Khyber Pakhtunkhwa", "https://www.nrtc.com.pk",
						Set.of(Sector.ELECTRONICS, Sector.SEMICONDUCTORS, Sector.DEFENCE_EQUIPMENT),
						Set.of("electronics manufacturing", "pcb assembly")),
				org("Tsinghua University", "清华大学", Country.CN, OrganisationKind.ACADEMIA, "Beijing", "Beijing",
						"https://www.tsinghua.edu.cn",
						Set.of(Sector.ELECTRIC_VEHICLES_AND_BATTERIES, Sector.SEMICONDUCTORS, Sector.INFORMATION_TECHNOLOGY),
						Set.of("automotive engineering", "battery chemistry", "microelectronics")),
				org("Central South University", "中南大学", Country.CN, OrganisationKind.ACADEMIA, "Changsha", "Hunan",
						"https://en.csu.edu.cn", Set.of(Sector.ELECTRIC_VEHICLES_AND_BATTERIES, Sector.NANOMATERIALS),
						Set.of("battery materials", "metallurgy")),
				org("Shanghai Jiao Tong University", "上海交通大学", Country.CN, OrganisationKind.ACADEMIA, "Shanghai",
						"Shanghai", "https://en.sjtu.edu.cn", Set.of(Sector.RENEWABLE_ENERGY, Sector.PRECISION_ENGINEERING),
						Set.of("photovoltaics", "power systems")),
				org("Nanjing University of Information Science and Technology", "南京信息工程大学", Country.CN,
						OrganisationKind.ACADEMIA, "Nanjing", "Jiangsu", "https://en.nuist.edu.cn",
						Set.of(Sector.ELECTRONICS, Sector.INFORMATION_TECHNOLOGY), Set.of("electronics", "meteorology")),
				org("Fudan University", "复旦大学", Country.CN, OrganisationKind.ACADEMIA, "Shanghai", "Shanghai",
						"https://www.fudan.edu.cn", Set.of(Sector.SEMICONDUCTORS, Sector.BIOTECH_AND_PHARMA),
						Set.of("microelectronics", "ic design")),
				org("Hunan University of Chinese Medicine", "湖南中医药大学", Country.CN, OrganisationKind.ACADEMIA,
						"Changsha", "Hunan", "https://www.hnucm.edu.cn", Set.of(Sector.BIOTECH_AND_PHARMA),
						Set.of("traditional chinese medicine", "pharmacology")),
				org(PARTNER_USER_ORGANISATION, null, Country.PK, OrganisationKind.ACADEMIA, "Islamabad",
						"Islamabad Capital Territory", "https://nust.edu.pk",
						Set.of(Sector.ELECTRIC_VEHICLES_AND_BATTERIES, Sector.ELECTRONICS, Sector.INFORMATION_TECHNOLOGY),
						Set.of("testing", "training", "electrical engineering")),
				org("NED University of Engineering and Technology", null, Country.PK, OrganisationKind.ACADEMIA, "Karachi",
						"Sindh", "https://www.neduet.edu.pk", Set.of(Sector.ELECTRIC_VEHICLES_AND_BATTERIES, Sector.PRECISION_ENGINEERING),
						Set.of("automotive engineering", "mechanical engineering")),
				org("University of Engineering and Technology (UET) Lahore", null, Country.PK, OrganisationKind.ACADEMIA,
						"Lahore", "Punjab", "https://www.uet.edu.pk", Set.of(Sector.RENEWABLE_ENERGY, Sector.PRECISION_ENGINEERING),
						Set.of("electrical engineering", "renewable energy")),
				org("COMSATS University Islamabad", null, Country.PK, OrganisationKind.ACADEMIA, "Islamabad",
						"Islamabad Capital Territory", "https://www.comsats.edu.pk",
						Set.of(Sector.ELECTRONICS, Sector.INFORMATION_TECHNOLOGY), Set.of("electronics", "computer science")),
				org("Ghulam Ishaq Khan Institute (GIKI)", null, Country.PK, OrganisationKind.ACADEMIA, "Topi",
						"Khyber Pakhtunkhwa", "https://giki.edu.pk",
						Set.of(Sector.ELECTRIC_VEHICLES_AND_BATTERIES, Sector.NANOMATERIALS, Sector.PRECISION_ENGINEERING),
						Set.of("materials engineering", "aerospace")),
				org("ICCBS, University of Karachi", null, Country.PK, OrganisationKind.ACADEMIA, "Karachi", "Sindh",
						"https://www.iccs.edu", Set.of(Sector.BIOTECH_AND_PHARMA), Set.of("chemistry", "biological sciences")),
				org("Information Technology University (ITU) Lahore", null, Country.PK, OrganisationKind.ACADEMIA,
						"Lahore", "Punjab", "https://itu.edu.pk", Set.of(Sector.SEMICONDUCTORS, Sector.INFORMATION_TECHNOLOGY),
						Set.of("chip design", "computer engineering")),
				org("Lahore University of Management Sciences (LUMS)", null, Country.PK, OrganisationKind.ACADEMIA,
						"Lahore", "Punjab", "https://lums.edu.pk", Set.of(Sector.INFORMATION_TECHNOLOGY, Sector.AGRI_TECH),
						Set.of("computer science", "management")));
		Map<String, Long> ids = new HashMap<>();
		for (OrganisationCommand command : all) {
			OrganisationDetails existing = partners.findByName(command.country(), command.name())
				.orElseGet(() -> partners.register(system, command));
			ids.put(existing.name(), existing.id());
		}
		return ids;
	}

	/** Pakistani organisations' names as they are written in Urdu. */
	private static final Map<String, String> URDU_NAMES = Map.ofEntries(
			Map.entry("Hub Power Company (Hubco)", "حب پاور کمپنی"),
			Map.entry("Air Link Communication", "ایئر لنک کمیونیکیشن"),
			Map.entry("Getz Pharma", "گیٹز فارما"),
			Map.entry("Atlas Battery", "اٹلس بیٹری"),
			Map.entry("Reon Energy", "ریون انرجی"),
			Map.entry("National Radio and Telecommunication Corporation (NRTC)", "نیشنل ریڈیو اینڈ ٹیلی کمیونیکیشن کارپوریشن"),
			Map.entry("NED University of Engineering and Technology", "این ای ڈی یونیورسٹی آف انجینئرنگ اینڈ ٹیکنالوجی"),
			Map.entry("University of Engineering and Technology (UET) Lahore", "یونیورسٹی آف انجینئرنگ اینڈ ٹیکنالوجی، لاہور"),
			Map.entry("COMSATS University Islamabad", "کامسیٹس یونیورسٹی اسلام آباد"),
			Map.entry("Ghulam Ishaq Khan Institute (GIKI)", "غلام اسحاق خان انسٹی ٹیوٹ"),
			Map.entry("ICCBS, University of Karachi", "آئی سی سی بی ایس، جامعہ کراچی"),
			Map.entry("Information Technology University (ITU) Lahore", "انفارمیشن ٹیکنالوجی یونیورسٹی، لاہور"),
			Map.entry("Lahore University of Management Sciences (LUMS)", "لاہور یونیورسٹی آف مینجمنٹ سائنسز"));

	private static OrganisationCommand org(String name, String nameZh, Country country, OrganisationKind kind,
			String city, String province, String website, Set<Sector> sectors, Set<String> capabilities) {
		String nameUr = URDU_NAMES.get(name);
		String nativeName = country == Country.CN ? nameZh : nameUr;
		return new OrganisationCommand(name, nameZh, nameUr, country, kind, sectors, capabilities, city, province,
				website, null, null, null, null, true, null, nativeName);
	}

	private void quad(Map<String, Long> ids, String name, Sector sector, String description, List<String> hsCodes,
			String chineseIndustry, String pakistaniIndustry, String chineseAcademia, String pakistaniAcademia,
			QuadStatus target, LocalDate establishedOn) {
		boolean exists = quads.overview().quads().stream().map(QuadSummary::name).anyMatch(name::equals);
		if (exists) {
			return;
		}
		Map<PartnerRole, Long> seats = new EnumMap<>(PartnerRole.class);
		seats.put(PartnerRole.CHINESE_INDUSTRY, ids.get(chineseIndustry));
		seats.put(PartnerRole.PAKISTANI_INDUSTRY, ids.get(pakistaniIndustry));
		seats.put(PartnerRole.CHINESE_ACADEMIA, ids.get(chineseAcademia));
		seats.put(PartnerRole.PAKISTANI_ACADEMIA, ids.get(pakistaniAcademia));
		QuadDetails quad = quads.propose(system, new ProposeQuad(name, sector, description, hsCodes, seats, null, null));
		List<QuadStatus> path = List.of(QuadStatus.UNDER_REVIEW, QuadStatus.APPROVED, QuadStatus.AGREEMENT_SIGNED,
				QuadStatus.ESTABLISHED, QuadStatus.PRODUCING, QuadStatus.EXPORTING);
		for (QuadStatus step : path) {
			if (target == QuadStatus.PROPOSED) {
				break;
			}
			if (step == QuadStatus.APPROVED) {
				// A QUAD is approved only through its establishment case: replay one that ended before establishment.
				approvals.approvedCase(quad.id(), establishedOn, approvedCases++ % 3);
			}
			quads.transition(system, quad.id(), new TransitionQuad(step, "Demo history", establishedOn));
			if (step == target) {
				break;
			}
		}
	}
}
