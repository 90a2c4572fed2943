package org.quadhub.demo;

import org.jspecify.annotations.Nullable;
import org.quadhub.incentives.Assumptions;
import org.quadhub.incentives.DisbursementCommand;
import org.quadhub.incentives.Financing;
import org.quadhub.incentives.FinancingCommand;
import org.quadhub.incentives.FinancingKind;
import org.quadhub.incentives.ImportEntries;
import org.quadhub.incentives.Incentives;
import org.quadhub.incentives.LandTerms;
import org.quadhub.incentives.PackageCommand;
import org.quadhub.incentives.PolicyDetails;
import org.quadhub.incentives.RecordExchangeRate;
import org.quadhub.quads.QuadSummary;
import org.quadhub.quads.Quads;
import org.quadhub.shared.Actor;
import org.quadhub.zones.AllocatePlot;
import org.quadhub.zones.Province;
import org.quadhub.zones.ZoneCommand;
import org.quadhub.zones.ZoneStatus;
import org.quadhub.zones.ZoneSummary;
import org.quadhub.zones.Zones;
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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The CPEC priority zones of research/economics.md §6 with their reported areas, plots for the demo QUADs,
 * incentive packages under the seeded policy versions (one grandfathered under the SEZ Act 2012, one draft that
 * conflicts with the IMF 2024 commitment), Chinese financing with disbursements, and a dated exchange-rate table.
 * Allocatable areas, plot sizes, land values, import entries and exchange rates are illustrative. Idempotent.
 */
@Component
@ConditionalOnBooleanProperty("quadhub.demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ZonesDemo implements ApplicationRunner {

	static final String EV = "EV QUAD: BYD · Hubco · Tsinghua · NUST";
	static final String PHONES = "Smartphone QUAD: Xiaomi · Air Link · NUIST · COMSATS";
	static final String VACCINES = "Vaccine QUAD: CanSino · Getz · HUCM · ICCBS";
	static final String SOLAR = "Solar QUAD: LONGi · Reon · SJTU · UET Lahore";

	private static final Logger log = LoggerFactory.getLogger(ZonesDemo.class);
	private static final String ESTIMATED_AREA = " Allocatable area is an estimate (about 70% of the total, as at AIIC: "
			+ "2,276 saleable of 3,217 acres); replace it with the zone authority's figure.";

	private final Zones zones;
	private final Incentives incentives;
	private final Financing financing;
	private final Assumptions assumptions;
	private final Quads quads;
	private final TransactionTemplate transaction;
	private final Actor system = Actor.system();

	ZonesDemo(Zones zones, Incentives incentives, Financing financing, Assumptions assumptions, Quads quads,
			PlatformTransactionManager transactions) {
		this.zones = zones;
		this.incentives = incentives;
		this.financing = financing;
		this.assumptions = assumptions;
		this.quads = quads;
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
		rates();
		Map<String, Long> zoneIds = zones();
		Map<String, Long> quadIds = quads.overview().quads().stream()
			.collect(Collectors.toMap(QuadSummary::name, QuadSummary::id, (a, b) -> a));
		plot(quadIds.get(EV), zoneIds.get("Dhabeji Special Economic Zone"), "120", LocalDate.of(2022, 7, 1));
		plot(quadIds.get(PHONES), zoneIds.get("Allama Iqbal Industrial City (AIIC)"), "60", LocalDate.of(2023, 3, 1));
		plot(quadIds.get(VACCINES), zoneIds.get("Bostan Special Economic Zone"), "40", LocalDate.of(2024, 1, 15));
		plot(quadIds.get(SOLAR), zoneIds.get("Rashakai Special Economic Zone"), "80", LocalDate.of(2025, 6, 1));
		packages(quadIds);
		financingOf(quadIds);
		log.info("Zones demo data present: {} zones, packages and financing for the demo QUADs", zoneIds.size());
	}

	private void rates() {
		Set<String> present = assumptions.exchangeRates(system).stream()
			.map(r -> r.currency() + "@" + r.date()).collect(Collectors.toSet());
		String source = "Approximate interbank rate at the date (illustrative demo value; verify against SBP)";
		Object[][] table = {
				{ "USD", "2022-06-30", "204.40" }, { "USD", "2022-12-30", "226.40" }, { "USD", "2023-06-30", "286.00" },
				{ "USD", "2023-12-29", "282.00" }, { "USD", "2024-06-28", "278.40" }, { "USD", "2024-12-31", "278.60" },
				{ "USD", "2025-06-30", "283.80" }, { "CNY", "2022-06-30", "30.50" }, { "CNY", "2023-06-30", "39.40" },
				{ "CNY", "2024-06-28", "38.30" }, { "CNY", "2025-06-30", "39.60" } };
		for (Object[] row : table) {
			if (!present.contains(row[0] + "@" + row[1])) {
				assumptions.recordRate(system, new RecordExchangeRate((String) row[0], LocalDate.parse((String) row[1]),
						new BigDecimal((String) row[2]), source));
			}
		}
	}

	private Map<String, Long> zones() {
		List<ZoneCommand> all = List.of(
				zone("Rashakai Special Economic Zone", Province.KHYBER_PAKHTUNKHWA, "Nowshera", "1000", "700",
						ZoneStatus.UNDER_DEVELOPMENT, "CRBC-led SPV", null,
						"On the M-1. Phase I (247 acres) inaugurated July 2023 with 18 zone enterprises; full completion expected "
								+ "December 2027; cost stated as USD 128 m. Sources: dnd.com.pk; pakobserver.net." + ESTIMATED_AREA),
				zone("Dhabeji Special Economic Zone", Province.SINDH, "Thatta", "1530", "1071", ZoneStatus.UNDER_DEVELOPMENT,
						"Zahir Khan & Brothers (public-private partnership)", LocalDate.of(2023, 6, 22),
						"SEZ status 22 June 2023, groundbreaking 15 July 2023; construction about 12% by April 2025; a 1,500-acre "
								+ "extension approved. Sources: thenews.com.pk; dawn.com; urdupoint.com." + ESTIMATED_AREA),
				zone("Allama Iqbal Industrial City (AIIC)", Province.PUNJAB, "Faisalabad", "3217", "2276",
						ZoneStatus.OPERATIONAL, "Faisalabad Industrial Estate Development and Management Company (FIEDMC)", null,
						"M-4 Sahianwala. Inaugurated 3 January 2020; over 1,000 acres sold by April 2021; 20 units in production "
								+ "(August 2021); completion expected July 2026. Area 3,217-3,432 acres by source; 2,276 saleable "
								+ "(CPEC Authority). Sources: dnd.com.pk; nation.com.pk; urdupoint.com."),
				zone("Bostan Special Economic Zone", Province.BALOCHISTAN, "Pishin", "1000", "700",
						ZoneStatus.UNDER_DEVELOPMENT, "Balochistan Industrial Development Authority", null,
						"Phase I on 200 acres completed (November 2021). Target sectors: fruit processing, pharma, motorbikes, "
								+ "chromite, ceramics. Sources: urdupoint.com; dawn.com." + ESTIMATED_AREA),
				zone("Mohmand Marble City", Province.KHYBER_PAKHTUNKHWA, "Mohmand", "350", "237",
						ZoneStatus.UNDER_DEVELOPMENT, "KP Economic Zones Development and Management Company", null,
						"SEZ status June 2021; 106 of 290 plots leased (January 2021); 2,000-acre extension approved. "
								+ "Leasable area about 237 acres. Sources: nation.com.pk; urdupoint.com."),
				zone("ICT Model Industrial Zone", Province.ISLAMABAD_CAPITAL_TERRITORY, "Islamabad", "4500", "3150",
						ZoneStatus.NOTIFIED, null, null,
						"Planning: 4,500 acres at Rawat or 7,500 near the new airport under consideration. Sources: urdupoint.com; "
								+ "pakistantimestoday.com." + ESTIMATED_AREA),
				zone("Mirpur Special Economic Zone", Province.AZAD_JAMMU_KASHMIR, "Mirpur", "1088", "760",
						ZoneStatus.NOTIFIED, null, null,
						"Feasibility and surveys done (2019); 1,185 acres identified in two phases (571 + 614). Sources: "
								+ "urdupoint.com; briwatch.info." + ESTIMATED_AREA),
				zone("Moqpondass Special Economic Zone", Province.GILGIT_BALTISTAN, "Gilgit", "250", "175",
						ZoneStatus.NOTIFIED, null, null,
						"Land acquired (2017). Sources: urdupoint.com; dtnext.in." + ESTIMATED_AREA),
				zone("Gwadar Free Zone", Province.BALOCHISTAN, "Gwadar", "2282", "1600", ZoneStatus.OPERATIONAL,
						"China Overseas Port Holding Company (COPHC)", null,
						"43-year lease to COPHC (November 2015); Phase I completed, over 30 enterprises registered (2021); "
								+ "23-year income-tax holiday (2019 ordinance). Area 2,260-2,282 acres by source. Sources: "
								+ "thenews.com.pk; pakistanweekly.co.uk; dailytimes.com.pk." + ESTIMATED_AREA));
		Map<String, Long> ids = new HashMap<>();
		Map<String, Long> existing = zones.list(system).stream()
			.collect(Collectors.toMap(ZoneSummary::name, ZoneSummary::id, (a, b) -> a));
		for (ZoneCommand command : all) {
			Long id = existing.get(command.name());
			ids.put(command.name(), id != null ? id : zones.create(system, command).id());
		}
		return ids;
	}

	private static ZoneCommand zone(String name, Province province, String district, String total, String allocatable,
			ZoneStatus status, @Nullable String developer, @Nullable LocalDate notifiedOn, String notes) {
		return new ZoneCommand(name, province, district, new BigDecimal(total), new BigDecimal(allocatable), status,
				developer, null, null, true, true, notifiedOn, notes, null);
	}

	private void plot(@Nullable Long quadId, @Nullable Long zoneId, String acres, LocalDate on) {
		if (quadId == null || zoneId == null || !zones.ofQuad(system, quadId).isEmpty()) {
			return;
		}
		zones.allocate(system, zoneId, new AllocatePlot(quadId, new BigDecimal(acres), on));
	}

	private void packages(Map<String, Long> quadIds) {
		Map<String, Long> policies = incentives.policies(system).stream()
			.collect(Collectors.toMap(PolicyDetails::name, PolicyDetails::id, (a, b) -> a));
		Long sezAct = policies.get("SEZ Act 2012");
		Long imf = policies.get("IMF 2024 commitment");
		if (sezAct == null || imf == null) {
			return;
		}
		// EV: signed under the SEZ Act 2012 with 10 years and half-price land; grandfathered now the IMF commitment is in force
		Long ev = quadIds.get(EV);
		if (ev != null && incentives.packageOf(system, ev).isEmpty()) {
			incentives.savePackage(system, ev, new PackageCommand(sezAct, LocalDate.of(2022, 5, 15), LandTerms.SUBSIDISED,
					new BigDecimal("50"), new BigDecimal("1200000000"), "PKR", 10, LocalDate.of(2022, 7, 1), true, null,
					List.of(), null));
			incentives.sign(system, ev, LocalDate.of(2022, 6, 20), null);
			incentives.recordImports(system, ev, new ImportEntries(List.of(
					new ImportEntries.Entry("KAPW-HC-2022-041877", LocalDate.of(2022, 11, 14),
							"Body-in-white welding line (illustrative)", new BigDecimal("4200000000"), "PKR", new BigDecimal("10")),
					new ImportEntries.Entry("KAPW-HC-2023-006215", LocalDate.of(2023, 2, 9),
							"Battery-pack assembly and test line (illustrative)", new BigDecimal("18500000"), "USD",
							new BigDecimal("10")))));
		}
		// Smartphones: signed under the SEZ Act, market land and no tax holiday: the IMF commitment allows it too
		Long phones = quadIds.get(PHONES);
		if (phones != null && incentives.packageOf(system, phones).isEmpty()) {
			incentives.savePackage(system, phones, new PackageCommand(sezAct, LocalDate.of(2023, 1, 10), LandTerms.MARKET,
					null, new BigDecimal("540000000"), "PKR", 0, null, false, null, List.of(), null));
			incentives.sign(system, phones, LocalDate.of(2023, 2, 20), null);
		}
		// Vaccines: a draft still under the superseded SEZ Act terms: conflicts with the policy in force
		Long vaccines = quadIds.get(VACCINES);
		if (vaccines != null && incentives.packageOf(system, vaccines).isEmpty()) {
			incentives.savePackage(system, vaccines, new PackageCommand(sezAct, LocalDate.of(2023, 12, 1), LandTerms.FREE,
					null, new BigDecimal("320000000"), "PKR", 10, LocalDate.of(2024, 1, 15), true, null, List.of(), null));
		}
		// Solar: under the IMF 2024 commitment, market terms only
		Long solar = quadIds.get(SOLAR);
		if (solar != null && incentives.packageOf(system, solar).isEmpty()) {
			incentives.savePackage(system, solar, new PackageCommand(imf, LocalDate.of(2025, 4, 1), LandTerms.MARKET, null,
					new BigDecimal("400000000"), "PKR", 0, null, false, null, List.of(), null));
			incentives.sign(system, solar, LocalDate.of(2025, 5, 20), null);
		}
	}

	private void financingOf(Map<String, Long> quadIds) {
		Long ev = quadIds.get(EV);
		if (ev != null && financing.ofQuad(system, ev).isEmpty()) {
			long loan = financing.add(system, ev, new FinancingCommand(FinancingKind.CONCESSIONAL_LOAN,
					"Export-Import Bank of China", new BigDecimal("300000000"), "USD", new BigDecimal("2.0"), 20, 5, null,
					null, null, null, LocalDate.of(2022, 9, 1),
					"Terms as the 2018 CPEC government concessional loans (20-year tenor, 5-year grace, ~2%); amount illustrative.")).id();
			disburse(ev, loan, "2023-01-16", "90000000", "First tranche: plant civil works");
			disburse(ev, loan, "2023-09-01", "60000000", "Second tranche: assembly lines");
			disburse(ev, loan, "2024-06-03", "45000000", "Third tranche: battery-pack line");
			financing.add(system, ev, new FinancingCommand(FinancingKind.EXPORT_CREDIT_GUARANTEE,
					"China Export & Credit Insurance Corporation (Sinosure)", new BigDecimal("200000000"), "USD", null, null,
					null, null, null, new BigDecimal("90"), new BigDecimal("1.5"), LocalDate.of(2023, 4, 10),
					"Cover and premium illustrative: Sinosure pricing was not found (research note §8)."));
		}
		Long phones = quadIds.get(PHONES);
		if (phones != null && financing.ofQuad(system, phones).isEmpty()) {
			long grant = financing.add(system, phones, new FinancingCommand(FinancingKind.TRAINING_GRANT,
					"Ministry of Commerce of China (MOFCOM), through NUIST", new BigDecimal("12000000"), "CNY", null, null,
					null, 600, "SMT line technicians and RF test engineers, Lahore and Nanjing", null, null,
					LocalDate.of(2023, 5, 2), "Illustrative.")).id();
			disburse(phones, grant, "2023-09-01", "4000000", "Cohort 1");
			disburse(phones, grant, "2024-09-02", "4000000", "Cohort 2");
		}
	}

	private void disburse(long quadId, long instrumentId, String date, String amount, String note) {
		financing.disburse(system, quadId, instrumentId, new DisbursementCommand(LocalDate.parse(date), new BigDecimal(amount),
				null, note));
	}
}
