package org.quadhub.demo;

import org.quadhub.matching.Exclusion;
import org.quadhub.matching.MatchingFacts;
import org.quadhub.matching.PairCommand;
import org.quadhub.matching.ProfileCommand;
import org.quadhub.partners.OrganisationCommand;
import org.quadhub.partners.OrganisationDetails;
import org.quadhub.partners.OrganisationKind;
import org.quadhub.partners.Partners;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Country;
import org.quadhub.shared.Sector;
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

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A registry big enough for matching to choose from: real anchor organisations from the programme's sectors (names
 * only; their capabilities are the public outline of what they do) and generated illustrative ones, over 300 in
 * all, plus matching facts (capacities, two exclusions and an incompatible pair among the illustrative ones, a few
 * collaborations). Everything is created only if missing.
 */
@Component
@ConditionalOnBooleanProperty("quadhub.demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class MatchingDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MatchingDemo.class);
	static final String ILLUSTRATIVE = "Illustrative organisation generated for the demo registry; not a real entity.";
	private static final String ANCHOR = "Demo registry entry: a real organisation, listed to give matching realistic choices; no partnership is implied.";

	static final Map<Sector, List<String>> CAPABILITIES = new EnumMap<>(Map.of(
			Sector.ELECTRIC_VEHICLES_AND_BATTERIES, List.of("lithium-ion cells", "battery packs", "battery management systems",
					"electric drivetrains", "power electronics", "battery materials", "charging infrastructure"),
			Sector.ELECTRONICS, List.of("smartphones", "printed circuit boards", "display panels", "surface-mount assembly",
					"electronic components", "consumer electronics"),
			Sector.SEMICONDUCTORS, List.of("chip packaging", "wafer fabrication", "chip design", "test and assembly",
					"power semiconductors", "photolithography"),
			Sector.NANOMATERIALS, List.of("graphene", "carbon nanotubes", "nanocoatings", "nanomaterials characterisation"),
			Sector.BIOTECH_AND_PHARMA, List.of("vaccines", "biologics", "generic pharmaceuticals",
					"active pharmaceutical ingredients", "clinical trials", "diagnostics"),
			Sector.AGRI_TECH, List.of("seed technology", "precision agriculture", "agricultural drones", "fertilisers",
					"food processing", "irrigation technology"),
			Sector.INFORMATION_TECHNOLOGY, List.of("cloud", "software services", "artificial intelligence", "cybersecurity",
					"5g", "data centres"),
			Sector.RENEWABLE_ENERGY, List.of("solar modules", "inverters", "wind turbines", "energy storage", "polysilicon",
					"grid integration"),
			Sector.PRECISION_ENGINEERING, List.of("cnc machining", "industrial robots", "machine tools", "rail vehicles",
					"heavy machinery", "precision castings"),
			Sector.DEFENCE_EQUIPMENT, List.of("armoured vehicles", "avionics", "shipbuilding", "radar systems", "uavs",
					"munitions")));

	private record Anchor(String name, Sector sector, String city, String province) {
	}

	private static final List<Anchor> CHINESE_COMPANIES = List.of(
			a("Gotion High-Tech", Sector.ELECTRIC_VEHICLES_AND_BATTERIES, "Hefei", "Anhui"),
			a("EVE Energy", Sector.ELECTRIC_VEHICLES_AND_BATTERIES, "Huizhou", "Guangdong"),
			a("CALB Group", Sector.ELECTRIC_VEHICLES_AND_BATTERIES, "Changzhou", "Jiangsu"),
			a("Sunwoda Electronic", Sector.ELECTRIC_VEHICLES_AND_BATTERIES, "Shenzhen", "Guangdong"),
			a("Geely Automobile", Sector.ELECTRIC_VEHICLES_AND_BATTERIES, "Hangzhou", "Zhejiang"),
			a("SAIC Motor", Sector.ELECTRIC_VEHICLES_AND_BATTERIES, "Shanghai", "Shanghai"),
			a("Great Wall Motor", Sector.ELECTRIC_VEHICLES_AND_BATTERIES, "Baoding", "Hebei"),
			a("Chery Automobile", Sector.ELECTRIC_VEHICLES_AND_BATTERIES, "Wuhu", "Anhui"),
			a("NIO", Sector.ELECTRIC_VEHICLES_AND_BATTERIES, "Hefei", "Anhui"),
			a("XPeng", Sector.ELECTRIC_VEHICLES_AND_BATTERIES, "Guangzhou", "Guangdong"),
			a("Lenovo", Sector.ELECTRONICS, "Beijing", "Beijing"),
			a("OPPO", Sector.ELECTRONICS, "Dongguan", "Guangdong"),
			a("vivo", Sector.ELECTRONICS, "Dongguan", "Guangdong"),
			a("TCL Technology", Sector.ELECTRONICS, "Huizhou", "Guangdong"),
			a("Hisense", Sector.ELECTRONICS, "Qingdao", "Shandong"),
			a("Haier Smart Home", Sector.ELECTRONICS, "Qingdao", "Shandong"),
			a("BOE Technology", Sector.ELECTRONICS, "Beijing", "Beijing"),
			a("Luxshare Precision", Sector.ELECTRONICS, "Dongguan", "Guangdong"),
			a("Goertek", Sector.ELECTRONICS, "Weifang", "Shandong"),
			a("Transsion Holdings", Sector.ELECTRONICS, "Shenzhen", "Guangdong"),
			a("SMIC", Sector.SEMICONDUCTORS, "Shanghai", "Shanghai"),
			a("Hua Hong Semiconductor", Sector.SEMICONDUCTORS, "Shanghai", "Shanghai"),
			a("Tongfu Microelectronics", Sector.SEMICONDUCTORS, "Nantong", "Jiangsu"),
			a("Tianshui Huatian Technology", Sector.SEMICONDUCTORS, "Tianshui", "Gansu"),
			a("NAURA Technology", Sector.SEMICONDUCTORS, "Beijing", "Beijing"),
			a("AMEC", Sector.SEMICONDUCTORS, "Shanghai", "Shanghai"),
			a("GigaDevice", Sector.SEMICONDUCTORS, "Beijing", "Beijing"),
			a("Cnano Technology", Sector.NANOMATERIALS, "Zhenjiang", "Jiangsu"),
			a("The Sixth Element Materials", Sector.NANOMATERIALS, "Changzhou", "Jiangsu"),
			a("Sinopharm", Sector.BIOTECH_AND_PHARMA, "Beijing", "Beijing"),
			a("Sinovac Biotech", Sector.BIOTECH_AND_PHARMA, "Beijing", "Beijing"),
			a("WuXi AppTec", Sector.BIOTECH_AND_PHARMA, "Wuxi", "Jiangsu"),
			a("Jiangsu Hengrui Pharmaceuticals", Sector.BIOTECH_AND_PHARMA, "Lianyungang", "Jiangsu"),
			a("Fosun Pharma", Sector.BIOTECH_AND_PHARMA, "Shanghai", "Shanghai"),
			a("Yuan Longping High-Tech Agriculture", Sector.AGRI_TECH, "Changsha", "Hunan"),
			a("XAG", Sector.AGRI_TECH, "Guangzhou", "Guangdong"),
			a("Syngenta Group China", Sector.AGRI_TECH, "Shanghai", "Shanghai"),
			a("Inspur", Sector.INFORMATION_TECHNOLOGY, "Jinan", "Shandong"),
			a("iFlytek", Sector.INFORMATION_TECHNOLOGY, "Hefei", "Anhui"),
			a("Hikvision", Sector.INFORMATION_TECHNOLOGY, "Hangzhou", "Zhejiang"),
			a("Alibaba Cloud", Sector.INFORMATION_TECHNOLOGY, "Hangzhou", "Zhejiang"),
			a("ZTE", Sector.INFORMATION_TECHNOLOGY, "Shenzhen", "Guangdong"),
			a("JinkoSolar", Sector.RENEWABLE_ENERGY, "Shangrao", "Jiangxi"),
			a("Trina Solar", Sector.RENEWABLE_ENERGY, "Changzhou", "Jiangsu"),
			a("JA Solar", Sector.RENEWABLE_ENERGY, "Beijing", "Beijing"),
			a("Tongwei", Sector.RENEWABLE_ENERGY, "Chengdu", "Sichuan"),
			a("Goldwind", Sector.RENEWABLE_ENERGY, "Urumqi", "Xinjiang"),
			a("Mingyang Smart Energy", Sector.RENEWABLE_ENERGY, "Zhongshan", "Guangdong"),
			a("Sungrow Power Supply", Sector.RENEWABLE_ENERGY, "Hefei", "Anhui"),
			a("Sany Heavy Industry", Sector.PRECISION_ENGINEERING, "Changsha", "Hunan"),
			a("XCMG", Sector.PRECISION_ENGINEERING, "Xuzhou", "Jiangsu"),
			a("Zoomlion", Sector.PRECISION_ENGINEERING, "Changsha", "Hunan"),
			a("CRRC", Sector.PRECISION_ENGINEERING, "Beijing", "Beijing"),
			a("Siasun Robot and Automation", Sector.PRECISION_ENGINEERING, "Shenyang", "Liaoning"),
			a("NORINCO", Sector.DEFENCE_EQUIPMENT, "Beijing", "Beijing"),
			a("AVIC", Sector.DEFENCE_EQUIPMENT, "Beijing", "Beijing"),
			a("CETC", Sector.DEFENCE_EQUIPMENT, "Beijing", "Beijing"),
			a("CSSC", Sector.DEFENCE_EQUIPMENT, "Shanghai", "Shanghai"));

	private static final List<Anchor> PAKISTANI_COMPANIES = List.of(
			a("Pak Suzuki Motor Company", Sector.ELECTRIC_VEHICLES_AND_BATTERIES, "Karachi", "Sindh"),
			a("Indus Motor Company", Sector.ELECTRIC_VEHICLES_AND_BATTERIES, "Karachi", "Sindh"),
			a("Honda Atlas Cars", Sector.ELECTRIC_VEHICLES_AND_BATTERIES, "Lahore", "Punjab"),
			a("Sazgar Engineering Works", Sector.ELECTRIC_VEHICLES_AND_BATTERIES, "Lahore", "Punjab"),
			a("Exide Pakistan", Sector.ELECTRIC_VEHICLES_AND_BATTERIES, "Karachi", "Sindh"),
			a("Lucky Motor Corporation", Sector.ELECTRIC_VEHICLES_AND_BATTERIES, "Karachi", "Sindh"),
			a("Ghandhara Industries", Sector.ELECTRIC_VEHICLES_AND_BATTERIES, "Karachi", "Sindh"),
			a("Millat Tractors", Sector.PRECISION_ENGINEERING, "Lahore", "Punjab"),
			a("Al-Ghazi Tractors", Sector.PRECISION_ENGINEERING, "Dera Ismail Khan", "Khyber Pakhtunkhwa"),
			a("Pak Elektron (PEL)", Sector.ELECTRONICS, "Lahore", "Punjab"),
			a("Dawlance", Sector.ELECTRONICS, "Karachi", "Sindh"),
			a("Orient Electronics", Sector.ELECTRONICS, "Lahore", "Punjab"),
			a("Haier Pakistan", Sector.ELECTRONICS, "Lahore", "Punjab"),
			a("Systems Limited", Sector.INFORMATION_TECHNOLOGY, "Lahore", "Punjab"),
			a("NetSol Technologies", Sector.INFORMATION_TECHNOLOGY, "Lahore", "Punjab"),
			a("Avanceon", Sector.INFORMATION_TECHNOLOGY, "Lahore", "Punjab"),
			a("TRG Pakistan", Sector.INFORMATION_TECHNOLOGY, "Karachi", "Sindh"),
			a("Engro Corporation", Sector.AGRI_TECH, "Karachi", "Sindh"),
			a("Fauji Fertilizer Company", Sector.AGRI_TECH, "Rawalpindi", "Punjab"),
			a("Fatima Fertilizer", Sector.AGRI_TECH, "Lahore", "Punjab"),
			a("Searle Pakistan", Sector.BIOTECH_AND_PHARMA, "Karachi", "Sindh"),
			a("Ferozsons Laboratories", Sector.BIOTECH_AND_PHARMA, "Nowshera", "Khyber Pakhtunkhwa"),
			a("AGP Limited", Sector.BIOTECH_AND_PHARMA, "Karachi", "Sindh"),
			a("Highnoon Laboratories", Sector.BIOTECH_AND_PHARMA, "Lahore", "Punjab"),
			a("Martin Dow", Sector.BIOTECH_AND_PHARMA, "Karachi", "Sindh"),
			a("K-Electric", Sector.RENEWABLE_ENERGY, "Karachi", "Sindh"),
			a("Lucky Electric Power", Sector.RENEWABLE_ENERGY, "Karachi", "Sindh"),
			a("Pakistan Ordnance Factories", Sector.DEFENCE_EQUIPMENT, "Wah", "Punjab"),
			a("Heavy Industries Taxila", Sector.DEFENCE_EQUIPMENT, "Taxila", "Punjab"),
			a("Pakistan Aeronautical Complex", Sector.DEFENCE_EQUIPMENT, "Kamra", "Punjab"),
			a("Karachi Shipyard and Engineering Works", Sector.DEFENCE_EQUIPMENT, "Karachi", "Sindh"),
			a("Global Industrial and Defence Solutions", Sector.DEFENCE_EQUIPMENT, "Rawalpindi", "Punjab"),
			a("International Steels", Sector.PRECISION_ENGINEERING, "Karachi", "Sindh"),
			a("Crescent Steel and Allied Products", Sector.PRECISION_ENGINEERING, "Faisalabad", "Punjab"));

	private static final List<Anchor> CHINESE_ACADEMIA = List.of(
			a("Peking University", Sector.BIOTECH_AND_PHARMA, "Beijing", "Beijing"),
			a("Zhejiang University", Sector.INFORMATION_TECHNOLOGY, "Hangzhou", "Zhejiang"),
			a("Harbin Institute of Technology", Sector.PRECISION_ENGINEERING, "Harbin", "Heilongjiang"),
			a("Beihang University", Sector.DEFENCE_EQUIPMENT, "Beijing", "Beijing"),
			a("Beijing Institute of Technology", Sector.DEFENCE_EQUIPMENT, "Beijing", "Beijing"),
			a("Huazhong University of Science and Technology", Sector.ELECTRONICS, "Wuhan", "Hubei"),
			a("University of Science and Technology of China", Sector.SEMICONDUCTORS, "Hefei", "Anhui"),
			a("Xi'an Jiaotong University", Sector.RENEWABLE_ENERGY, "Xi'an", "Shaanxi"),
			a("Tianjin University", Sector.NANOMATERIALS, "Tianjin", "Tianjin"),
			a("Sichuan University", Sector.BIOTECH_AND_PHARMA, "Chengdu", "Sichuan"),
			a("Wuhan University", Sector.INFORMATION_TECHNOLOGY, "Wuhan", "Hubei"),
			a("South China University of Technology", Sector.ELECTRIC_VEHICLES_AND_BATTERIES, "Guangzhou", "Guangdong"),
			a("Southeast University", Sector.ELECTRONICS, "Nanjing", "Jiangsu"),
			a("Nanjing University", Sector.NANOMATERIALS, "Nanjing", "Jiangsu"),
			a("Northwestern Polytechnical University", Sector.DEFENCE_EQUIPMENT, "Xi'an", "Shaanxi"),
			a("Dalian University of Technology", Sector.PRECISION_ENGINEERING, "Dalian", "Liaoning"),
			a("Tongji University", Sector.ELECTRIC_VEHICLES_AND_BATTERIES, "Shanghai", "Shanghai"),
			a("Chongqing University", Sector.ELECTRIC_VEHICLES_AND_BATTERIES, "Chongqing", "Chongqing"),
			a("Xidian University", Sector.SEMICONDUCTORS, "Xi'an", "Shaanxi"),
			a("University of Electronic Science and Technology of China", Sector.SEMICONDUCTORS, "Chengdu", "Sichuan"),
			a("China Agricultural University", Sector.AGRI_TECH, "Beijing", "Beijing"),
			a("Nanjing Agricultural University", Sector.AGRI_TECH, "Nanjing", "Jiangsu"),
			a("Institute of Microelectronics, Chinese Academy of Sciences", Sector.SEMICONDUCTORS, "Beijing", "Beijing"),
			a("Institute of Semiconductors, Chinese Academy of Sciences", Sector.SEMICONDUCTORS, "Beijing", "Beijing"),
			a("Ningbo Institute of Materials Technology and Engineering, CAS", Sector.NANOMATERIALS, "Ningbo", "Zhejiang"),
			a("National Center for Nanoscience and Technology", Sector.NANOMATERIALS, "Beijing", "Beijing"),
			a("Shanghai Institute of Materia Medica, CAS", Sector.BIOTECH_AND_PHARMA, "Shanghai", "Shanghai"),
			a("Chinese Academy of Agricultural Sciences", Sector.AGRI_TECH, "Beijing", "Beijing"),
			a("North China Electric Power University", Sector.RENEWABLE_ENERGY, "Beijing", "Beijing"));

	private static final List<Anchor> PAKISTANI_ACADEMIA = List.of(
			a("Quaid-i-Azam University", Sector.NANOMATERIALS, "Islamabad", "Islamabad Capital Territory"),
			a("University of the Punjab", Sector.BIOTECH_AND_PHARMA, "Lahore", "Punjab"),
			a("UET Peshawar", Sector.RENEWABLE_ENERGY, "Peshawar", "Khyber Pakhtunkhwa"),
			a("UET Taxila", Sector.ELECTRONICS, "Taxila", "Punjab"),
			a("Mehran University of Engineering and Technology", Sector.PRECISION_ENGINEERING, "Jamshoro", "Sindh"),
			a("Pakistan Institute of Engineering and Applied Sciences (PIEAS)", Sector.NANOMATERIALS, "Islamabad", "Islamabad Capital Territory"),
			a("Air University", Sector.DEFENCE_EQUIPMENT, "Islamabad", "Islamabad Capital Territory"),
			a("Institute of Space Technology", Sector.DEFENCE_EQUIPMENT, "Islamabad", "Islamabad Capital Territory"),
			a("University of Agriculture Faisalabad", Sector.AGRI_TECH, "Faisalabad", "Punjab"),
			a("Sindh Agriculture University", Sector.AGRI_TECH, "Hyderabad", "Sindh"),
			a("Bahauddin Zakariya University", Sector.AGRI_TECH, "Multan", "Punjab"),
			a("University of Peshawar", Sector.BIOTECH_AND_PHARMA, "Peshawar", "Khyber Pakhtunkhwa"),
			a("Aga Khan University", Sector.BIOTECH_AND_PHARMA, "Karachi", "Sindh"),
			a("Dow University of Health Sciences", Sector.BIOTECH_AND_PHARMA, "Karachi", "Sindh"),
			a("FAST National University of Computer and Emerging Sciences", Sector.INFORMATION_TECHNOLOGY, "Islamabad", "Islamabad Capital Territory"),
			a("Institute of Business Administration (IBA) Karachi", Sector.INFORMATION_TECHNOLOGY, "Karachi", "Sindh"),
			a("Habib University", Sector.ELECTRONICS, "Karachi", "Sindh"),
			a("BUET Khuzdar", Sector.PRECISION_ENGINEERING, "Quetta", "Balochistan"),
			a("Government College University Lahore", Sector.NANOMATERIALS, "Lahore", "Punjab"),
			a("Capital University of Science and Technology", Sector.INFORMATION_TECHNOLOGY, "Islamabad", "Islamabad Capital Territory"),
			a("Bahria University", Sector.DEFENCE_EQUIPMENT, "Islamabad", "Islamabad Capital Territory"),
			a("National University of Technology (NUTECH)", Sector.PRECISION_ENGINEERING, "Islamabad", "Islamabad Capital Territory"),
			a("Khwaja Fareed University of Engineering and IT", Sector.RENEWABLE_ENERGY, "Bahawalpur", "Punjab"),
			a("Mirpur University of Science and Technology", Sector.ELECTRIC_VEHICLES_AND_BATTERIES, "Mirpur", "Azad Jammu and Kashmir"),
			a("Karakoram International University", Sector.RENEWABLE_ENERGY, "Gilgit", "Gilgit-Baltistan"),
			a("UET Lahore Faisalabad Campus", Sector.ELECTRIC_VEHICLES_AND_BATTERIES, "Faisalabad", "Punjab"),
			a("University of Sargodha", Sector.AGRI_TECH, "Sargodha", "Punjab"),
			a("Sukkur IBA University", Sector.INFORMATION_TECHNOLOGY, "Sukkur", "Sindh"));

	private static final List<String[]> CHINESE_CITIES = List.of(new String[] { "Shenzhen", "Guangdong" },
			new String[] { "Suzhou", "Jiangsu" }, new String[] { "Hefei", "Anhui" }, new String[] { "Wuhan", "Hubei" },
			new String[] { "Chengdu", "Sichuan" }, new String[] { "Ningbo", "Zhejiang" }, new String[] { "Xiamen", "Fujian" },
			new String[] { "Changsha", "Hunan" }, new String[] { "Qingdao", "Shandong" }, new String[] { "Tianjin", "Tianjin" });
	private static final List<String[]> PAKISTANI_CITIES = List.of(new String[] { "Lahore", "Punjab" },
			new String[] { "Karachi", "Sindh" }, new String[] { "Faisalabad", "Punjab" }, new String[] { "Islamabad", "Islamabad Capital Territory" },
			new String[] { "Sialkot", "Punjab" }, new String[] { "Peshawar", "Khyber Pakhtunkhwa" }, new String[] { "Gujranwala", "Punjab" },
			new String[] { "Multan", "Punjab" }, new String[] { "Hyderabad", "Sindh" }, new String[] { "Quetta", "Balochistan" },
			new String[] { "Rashakai", "Khyber Pakhtunkhwa" }, new String[] { "Gwadar", "Balochistan" });
	private static final Map<Sector, String> TRADE = new EnumMap<>(Map.of(Sector.ELECTRIC_VEHICLES_AND_BATTERIES,
			"Battery Systems", Sector.ELECTRONICS, "Electronics", Sector.SEMICONDUCTORS, "Microelectronics",
			Sector.NANOMATERIALS, "Advanced Materials", Sector.BIOTECH_AND_PHARMA, "Biosciences", Sector.AGRI_TECH,
			"Agritech", Sector.INFORMATION_TECHNOLOGY, "Digital Systems", Sector.RENEWABLE_ENERGY, "Solar and Wind",
			Sector.PRECISION_ENGINEERING, "Precision Machinery", Sector.DEFENCE_EQUIPMENT, "Aerospace Systems"));

	/** How many illustrative organisations of each kind are generated per country, to pass 300 in all. */
	static final int GENERATED_COMPANIES = 50;
	static final int GENERATED_INSTITUTES = 15;

	private final Partners partners;
	private final MatchingFacts facts;
	private final TransactionTemplate transaction;
	private final Actor system = Actor.system();

	MatchingDemo(Partners partners, MatchingFacts facts, PlatformTransactionManager transactions) {
		this.partners = partners;
		this.facts = facts;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		load();
	}

	void load() {
		transaction.executeWithoutResult(status -> loadInTransaction());
	}

	private void loadInTransaction() {
		List<OrganisationDetails> generated = new ArrayList<>();
		int total = 0;
		total += anchors(CHINESE_COMPANIES, Country.CN, OrganisationKind.INDUSTRY);
		total += anchors(PAKISTANI_COMPANIES, Country.PK, OrganisationKind.INDUSTRY);
		total += anchors(CHINESE_ACADEMIA, Country.CN, OrganisationKind.ACADEMIA);
		total += anchors(PAKISTANI_ACADEMIA, Country.PK, OrganisationKind.ACADEMIA);
		generated.addAll(generate(Country.CN, OrganisationKind.INDUSTRY, GENERATED_COMPANIES));
		generated.addAll(generate(Country.PK, OrganisationKind.INDUSTRY, GENERATED_COMPANIES));
		generated.addAll(generate(Country.CN, OrganisationKind.ACADEMIA, GENERATED_INSTITUTES));
		generated.addAll(generate(Country.PK, OrganisationKind.ACADEMIA, GENERATED_INSTITUTES));
		facts(generated);
		log.info("Matching demo registry present: {} anchor and {} illustrative organisations", total, generated.size());
	}

	private int anchors(List<Anchor> anchors, Country country, OrganisationKind kind) {
		for (Anchor anchor : anchors) {
			ensure(anchor.name(), country, kind, anchor.sector(), anchor.city(), anchor.province(), ANCHOR);
		}
		return anchors.size();
	}

	private List<OrganisationDetails> generate(Country country, OrganisationKind kind, int count) {
		List<OrganisationDetails> made = new ArrayList<>();
		Sector[] sectors = Sector.values();
		List<String[]> cities = country == Country.CN ? CHINESE_CITIES : PAKISTANI_CITIES;
		for (int i = 0; i < count; i++) {
			Sector sector = sectors[i % sectors.length];
			String[] city = cities.get((i * 7 + kind.ordinal()) % cities.size());
			String name = kind == OrganisationKind.INDUSTRY
					? city[0] + " " + TRADE.get(sector) + (country == Country.CN ? " Co., Ltd." : " (Pvt) Ltd.") + " " + (i / sectors.length + 1)
					: city[0] + " Institute of " + TRADE.get(sector) + " " + (i / sectors.length + 1);
			made.add(ensure(name, country, kind, sector, city[0], city[1], ILLUSTRATIVE));
		}
		return made;
	}

	private OrganisationDetails ensure(String name, Country country, OrganisationKind kind, Sector sector, String city,
			String province, String description) {
		return partners.findByName(country, name).orElseGet(() -> {
			Random random = new Random(name.hashCode());
			List<String> pool = new ArrayList<>(CAPABILITIES.get(sector));
			java.util.Collections.shuffle(pool, random);
			Set<String> capabilities = new LinkedHashSet<>(pool.subList(0, 2 + random.nextInt(Math.min(3, pool.size() - 1))));
			Set<Sector> sectors = new LinkedHashSet<>(List.of(sector));
			if (random.nextInt(4) == 0) {
				sectors.add(Sector.values()[random.nextInt(Sector.values().length)]);
			}
			return partners.register(system, new OrganisationCommand(name, null, null, country, kind, sectors,
					capabilities, city, province, null, null, null, null, description, true, null));
		});
	}

	/** Capacities, exclusions, an incompatible pair and collaborations, all among the illustrative organisations. */
	private void facts(List<OrganisationDetails> generated) {
		if (generated.size() < 8) {
			return;
		}
		setProfile(generated.get(0).id(), 3, null, null);
		setProfile(generated.get(1).id(), 1, null, null);
		setProfile(generated.get(2).id(), null, Exclusion.SANCTIONED, "Illustrative: listed under sanctions in the demo.");
		setProfile(generated.get(GENERATED_COMPANIES).id(), null, Exclusion.CONFLICT,
				"Illustrative: in a commercial dispute with the authority in the demo.");
		facts.addIncompatiblePair(system, new PairCommand(generated.get(3).id(), generated.get(GENERATED_COMPANIES + 3).id(),
				"Illustrative: competing bids for the same zone."));
		for (int i = 0; i < 6; i++) {
			facts.addCollaboration(system, new PairCommand(generated.get(4 + i).id(),
					generated.get(GENERATED_COMPANIES + 4 + i).id(), "Illustrative joint project in the demo."));
		}
	}

	private void setProfile(long organisationId, @org.jspecify.annotations.Nullable Integer capacity,
			@org.jspecify.annotations.Nullable Exclusion exclusion, @org.jspecify.annotations.Nullable String note) {
		if (facts.profile(system, organisationId).version() == null) {
			facts.saveProfile(system, organisationId, new ProfileCommand(capacity, exclusion, note, null));
		}
	}

	private static Anchor a(String name, Sector sector, String city, String province) {
		return new Anchor(name, sector, city, province);
	}
}
