package org.quadhub.demo;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.quadhub.approvals.Approvals;
import org.quadhub.approvals.CaseDetails;
import org.quadhub.approvals.CaseStatus;
import org.quadhub.approvals.Decision;
import org.quadhub.approvals.Holidays;
import org.quadhub.approvals.OpenCase;
import org.quadhub.approvals.Outcome;
import org.quadhub.approvals.StepState;
import org.quadhub.approvals.SubjectRef;
import org.quadhub.approvals.WorkingCalendar;
import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.ProposeQuad;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.QuadStatus;
import org.quadhub.quads.Quads;
import org.quadhub.quads.TransitionQuad;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Country;
import org.quadhub.shared.HsCatalogue;
import org.quadhub.shared.Role;
import org.quadhub.shared.Sector;
import org.quadhub.users.Users;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.PrintStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.Set;

/**
 * Seeds a programme of realistic size for load tests (command {@code seed-load}): organisations in bulk SQL, QUADs
 * through the real lifecycle (proposal, an establishment case approved step by step by the agencies' officers, every
 * transition), ten years of accepted monthly reports in bulk SQL with their read models computed by the same
 * statements the review runs on acceptance, live approval cases for the agencies' queues, and partner users.
 * Deterministic (fixed seed), idempotent (nothing happens when the load QUADs exist).
 */
@Component
@ConditionalOnBooleanProperty("quadhub.demo")
class LoadSeed {

	/** Names of the seeded QUADs start with this; their presence means the database is seeded. */
	static final String QUAD_PREFIX = "Load QUAD ";
	static final String REVIEW_PREFIX = "Load QUAD under review ";
	static final String PARTNER_USER_PREFIX = "load-partner-";
	static final String PARTNER_PASSWORD = "load-partner-2026";
	static final String MARK = "Synthetic organisation for load tests (seed-load).";

	private static final String[] CN_CITIES = { "Shenzhen", "Hefei", "Wuhan", "Xi'an", "Chengdu", "Suzhou", "Ningbo",
			"Changsha", "Tianjin", "Qingdao", "Hangzhou", "Guangzhou", "Nanjing", "Shenyang", "Chongqing" };
	private static final String[] CN_CITIES_ZH = { "深圳", "合肥", "武汉", "西安", "成都", "苏州", "宁波", "长沙", "天津", "青岛",
			"杭州", "广州", "南京", "沈阳", "重庆" };
	private static final String[] CN_PROVINCES = { "Guangdong", "Anhui", "Hubei", "Shaanxi", "Sichuan", "Jiangsu",
			"Zhejiang", "Hunan", "Tianjin", "Shandong", "Zhejiang", "Guangdong", "Jiangsu", "Liaoning", "Chongqing" };
	private static final String[] PK_CITIES = { "Lahore", "Karachi", "Islamabad", "Faisalabad", "Sialkot", "Rawalpindi",
			"Peshawar", "Multan", "Gujranwala", "Hyderabad", "Quetta", "Haripur", "Gwadar", "Sukkur" };
	private static final String[] PK_PROVINCES = { "Punjab", "Sindh", "Islamabad Capital Territory", "Punjab", "Punjab",
			"Punjab", "Khyber Pakhtunkhwa", "Punjab", "Punjab", "Sindh", "Balochistan", "Khyber Pakhtunkhwa",
			"Balochistan", "Sindh" };
	private static final String[] STEMS = { "Huaxin", "Zhongke", "Tianrui", "Hengtong", "Jinlong", "Xinyuan", "Boyu",
			"Ruida", "Kaisheng", "Lianchuang", "Anxin", "Guoxin", "Yuntai", "Haoyang", "Shengda", "Mingtai" };
	private static final String[] STEMS_ZH = { "华芯", "中科", "天瑞", "亨通", "金龙", "新源", "博宇", "瑞达", "凯盛", "联创", "安信",
			"国芯", "云泰", "浩洋", "盛达", "明泰" };
	private static final String[] PK_STEMS = { "Indus", "Ravi", "Margalla", "Karakoram", "Chenab", "Potohar",
			"Mehran", "Khyber", "Jhelum", "Sutlej", "Hunza", "Thar", "Saif", "Crescent", "Pak-Asia", "Star" };
	private static final Map<Sector, String> TRADE = new EnumMap<>(Map.of(Sector.ELECTRIC_VEHICLES_AND_BATTERIES,
			"Battery Technology", Sector.ELECTRONICS, "Electronics", Sector.SEMICONDUCTORS, "Microelectronics",
			Sector.NANOMATERIALS, "Advanced Materials", Sector.BIOTECH_AND_PHARMA, "Biopharma", Sector.AGRI_TECH,
			"Agri Systems", Sector.INFORMATION_TECHNOLOGY, "Information Systems", Sector.RENEWABLE_ENERGY,
			"Solar Energy", Sector.PRECISION_ENGINEERING, "Precision Machinery", Sector.DEFENCE_EQUIPMENT,
			"Aerospace Systems"));
	private static final Map<Sector, List<String>> HS_CODES = new EnumMap<>(Map.of(
			Sector.ELECTRIC_VEHICLES_AND_BATTERIES, List.of("850760", "870380", "850440"),
			Sector.ELECTRONICS, List.of("851713", "852872", "851762"),
			Sector.SEMICONDUCTORS, List.of("854231", "854232", "854239"),
			Sector.NANOMATERIALS, List.of("280300", "381800", "280469"),
			Sector.BIOTECH_AND_PHARMA, List.of("300490", "300215", "294190"),
			Sector.AGRI_TECH, List.of("843143", "843280", "310520"),
			Sector.INFORMATION_TECHNOLOGY, List.of("847130", "847150", "852351"),
			Sector.RENEWABLE_ENERGY, List.of("854140", "850231", "850440"),
			Sector.PRECISION_ENGINEERING, List.of("845710", "846693", "848210"),
			Sector.DEFENCE_EQUIPMENT, List.of("880240", "880730", "901320")));
	private static final String[] DESTINATIONS = { "AE", "SA", "DE", "GB", "US", "CN", "TR", "EG", "KE", "NG", "MY",
			"ID", "BD", "LK", "UZ", "KZ", "IT", "NL", "QA", "OM" };
	private static final String[] CAPABILITIES = { "battery management", "cell assembly", "pcb assembly",
			"injection moulding", "cnc machining", "clean room", "firmware", "power electronics", "biologics",
			"fermentation", "thin film", "wafer testing", "drone avionics", "precision casting", "data analytics",
			"quality certification", "export logistics", "r&d laboratory", "process engineering", "materials testing" };
	private static final String[] PROGRAMMES = { "Line operator certification", "Quality control apprenticeship",
			"Process engineering diploma", "Technician exchange in China", "Graduate research traineeship" };

	private final Quads quads;
	private final Approvals approvals;
	private final ApprovalsDemo approvalsDemo;
	private final Holidays holidays;
	private final Users users;
	private final JdbcTemplate jdbc;
	private final DataSource dataSource;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final Actor system = Actor.system();

	LoadSeed(Quads quads, Approvals approvals, ApprovalsDemo approvalsDemo, Holidays holidays, Users users,
			JdbcTemplate jdbc, DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
		this.quads = quads;
		this.approvals = approvals;
		this.approvalsDemo = approvalsDemo;
		this.holidays = holidays;
		this.users = users;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** How much to seed. */
	record Size(int organisations, int quads, int months) {
	}

	/** What the run created. */
	record Result(boolean alreadySeeded, int organisations, int quads, int reports, long exportLines, int openCases) {

		@Override
		public String toString() {
			return alreadySeeded ? "already seeded, nothing done"
					: String.format(Locale.ROOT, "%,d organisations, %,d established QUADs, %,d accepted monthly "
							+ "reports with %,d export lines, %d open approval cases", organisations, quads, reports,
							exportLines, openCases);
		}
	}

	Result seed(Size size, PrintStream out) {
		Integer existing = jdbc.queryForObject("select count(*) from quad where name like ?", Integer.class,
				QUAD_PREFIX + "%");
		if (existing != null && existing > 0) {
			return new Result(true, 0, 0, 0, 0, 0);
		}
		long started = System.nanoTime();
		Result result = transaction.execute(s -> seedAll(size, out));
		lap(out, "all, committed", started);
		// a programme that has lived with this data has had its tables vacuumed and its pages written out: do it now,
		// or autovacuum and the first checkpoint arrive in the middle of whatever runs next (one minute on)
		long t = System.nanoTime();
		jdbc.execute("vacuum (analyze)");
		lap(out, "vacuum and analyze", t);
		t = System.nanoTime();
		try {
			jdbc.execute("checkpoint");
			lap(out, "checkpoint", t);
		}
		catch (org.springframework.dao.DataAccessException e) {
			out.println("seed-load: checkpoint skipped (" + e.getMostSpecificCause().getMessage() + ")");
		}
		return result;
	}

	/** Everything in one transaction: a failed run leaves nothing behind, so it can simply be run again. */
	private Result seedAll(Size size, PrintStream out) {
		SplittableRandom random = new SplittableRandom(20261129L);
		long t = System.nanoTime();
		List<Long> orgs = transaction.execute(s -> organisations(size.organisations(), random));
		t = lap(out, "organisations", t);
		approvalsDemo.officers();
		WorkingCalendar calendar = holidays.calendar();
		YearMonth now = YearMonth.now(clock);
		List<QuadPlan> plans = new ArrayList<>();
		int quarter = size.organisations() / 4;
		Sector[] sectors = Sector.values();
		HsCatalogue catalogue = HsCatalogue.standard();
		for (int q = 0; q < size.quads(); q++) {
			int i = q;
			Sector sector = sectors[i % sectors.length];
			// every QUAD has the full span of monthly reports (the load target: ten years of them for each of 50)
			int monthsAgo = Math.max(1, size.months());
			LocalDate establishedOn = now.minusMonths(monthsAgo).atDay(1 + (i * 7) % 27);
			List<String> codes = HS_CODES.get(sector).stream().filter(catalogue::contains).toList();
			Map<PartnerRole, Long> seats = seats(orgs, quarter, i);
			QuadStatus target = i % 5 == 4 ? QuadStatus.PRODUCING : QuadStatus.EXPORTING;
			long id = transaction.execute(s -> establish(String.format(Locale.ROOT, "%s%02d: %s", QUAD_PREFIX, i + 1,
					TRADE.get(sector)), sector, codes, seats, establishedOn, target, calendar, i));
			plans.add(new QuadPlan(id, sector, codes, YearMonth.from(establishedOn), i));
		}
		t = lap(out, "QUADs through their lifecycle", t);
		int open = 0;
		for (int i = 0; i < Math.max(2, size.quads() / 5); i++) {
			int n = i;
			Sector sector = sectors[(n + 3) % sectors.length];
			Map<PartnerRole, Long> seats = seats(orgs, quarter, size.quads() + n);
			List<String> codes = HS_CODES.get(sector).stream().filter(catalogue::contains).toList();
			transaction.executeWithoutResult(s -> underReview(String.format(Locale.ROOT, "%s%02d: %s", REVIEW_PREFIX,
					n + 1, TRADE.get(sector)), sector, codes, seats, calendar, 3 + n * 4));
			open++;
		}
		t = lap(out, "open approval cases", t);
		for (int i = 0; i < Math.min(10, plans.size()); i++) {
			Long org = jdbc.queryForObject("select organisation_id from quad_partner where quad_id = ? and role = ?",
					Long.class, plans.get(i).id(), PartnerRole.PAKISTANI_INDUSTRY.name());
			users.ensure(String.format(Locale.ROOT, "%s%02d", PARTNER_USER_PREFIX, i + 1), PARTNER_PASSWORD,
					Set.of(Role.PARTNER), org);
		}
		t = lap(out, "partner users", t);
		long[] counts = transaction.execute(s -> reports(plans, now, random));
		lap(out, "reports and read models", t);
		return new Result(false, orgs.size(), plans.size(), (int) counts[0], counts[1], open);
	}

	private static long lap(PrintStream out, String what, long since) {
		long now = System.nanoTime();
		out.printf(Locale.ROOT, "seed-load:   %-32s %6.1f s%n", what, (now - since) / 1e9);
		return now;
	}

	private record QuadPlan(long id, Sector sector, List<String> codes, YearMonth established, int index) {
	}

	/** The i-th QUAD's seats: one organisation of each quarter (CN industry, PK industry, CN academia, PK academia). */
	private static Map<PartnerRole, Long> seats(List<Long> orgs, int quarter, int i) {
		Map<PartnerRole, Long> seats = new EnumMap<>(PartnerRole.class);
		seats.put(PartnerRole.CHINESE_INDUSTRY, orgs.get(i % quarter));
		seats.put(PartnerRole.PAKISTANI_INDUSTRY, orgs.get(quarter + i % quarter));
		seats.put(PartnerRole.CHINESE_ACADEMIA, orgs.get(2 * quarter + i % quarter));
		seats.put(PartnerRole.PAKISTANI_ACADEMIA, orgs.get(3 * quarter + i % quarter));
		return seats;
	}

	// ---------------------------------------------------------------- organisations (bulk SQL)

	/** Inserts the organisations (a quarter of each country and kind) and returns their ids in that order. */
	private List<Long> organisations(int count, SplittableRandom random) {
		List<Long> ids = jdbc.queryForList("select nextval(pg_get_serial_sequence('organisation', 'id')) "
				+ "from generate_series(1, ?)", Long.class, count);
		Timestamp at = Timestamp.from(clock.instant());
		List<Object[]> rows = new ArrayList<>(count);
		List<Object[]> sectorRows = new ArrayList<>();
		List<Object[]> capabilityRows = new ArrayList<>();
		Sector[] sectors = Sector.values();
		int quarter = count / 4;
		for (int n = 0; n < count; n++) {
			int group = Math.min(3, n / quarter);
			boolean china = group == 0 || group == 2;
			boolean industry = group < 2;
			Sector sector = sectors[n % sectors.length];
			int stem = random.nextInt(STEMS.length);
			int city = random.nextInt(china ? CN_CITIES.length : PK_CITIES.length);
			String serial = String.format(Locale.ROOT, "%04d", n + 1);
			String name;
			String nameZh = null;
			if (china) {
				name = industry ? CN_CITIES[city] + " " + STEMS[stem] + " " + TRADE.get(sector) + " Co., Ltd. " + serial
						: CN_CITIES[city] + " Institute of " + TRADE.get(sector) + " " + serial;
				nameZh = CN_CITIES_ZH[city] + STEMS_ZH[stem] + (industry ? "科技有限公司" : "研究院") + serial;
			}
			else {
				name = industry ? PK_STEMS[stem] + " " + TRADE.get(sector) + " (Pvt) Ltd, " + PK_CITIES[city] + " " + serial
						: "University of " + PK_CITIES[city] + " " + TRADE.get(sector) + " Centre " + serial;
			}
			String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
			rows.add(new Object[] { ids.get(n), name, nameZh, key(name), china ? Country.CN.name() : Country.PK.name(),
					industry ? "INDUSTRY" : "ACADEMIA", china ? CN_CITIES[city] : PK_CITIES[city],
					china ? CN_PROVINCES[city] : PK_PROVINCES[city], "https://" + slug + ".example",
					"Partnership office", "partners@" + slug + ".example", (china ? "+86 " : "+92 ") + (100000 + n),
					MARK, n % quarter < 200 || n % 97 != 13, at, at, nameZh });
			sectorRows.add(new Object[] { ids.get(n), sector.name() });
			if (n % 3 == 0) {
				sectorRows.add(new Object[] { ids.get(n), sectors[(n + 1) % sectors.length].name() });
			}
			Set<String> caps = new LinkedHashSet<>();
			for (int c = 0; c < 2 + random.nextInt(4); c++) {
				caps.add(CAPABILITIES[random.nextInt(CAPABILITIES.length)]);
			}
			long id = ids.get(n);
			caps.forEach(c -> capabilityRows.add(new Object[] { id, c }));
		}
		jdbc.batchUpdate("insert into organisation (id, name, name_zh, name_key, country, kind, city, province, website, "
				+ "contact_name, contact_email, contact_phone, description, active, created_at, updated_at, native_name) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		jdbc.batchUpdate("insert into organisation_sector (organisation_id, sector) values (?, ?)", sectorRows);
		jdbc.batchUpdate("insert into organisation_capability (organisation_id, capability) values (?, ?)",
				capabilityRows);
		return ids;
	}

	/** The registry's duplicate key of a name, as partners computes it (Organisation.normalise). */
	static String key(String name) {
		String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
	}

	// ---------------------------------------------------------------- QUADs (real services)

	private long establish(String name, Sector sector, List<String> codes, Map<PartnerRole, Long> seats,
			LocalDate establishedOn, QuadStatus target, WorkingCalendar calendar, int variation) {
		QuadDetails quad = quads.propose(system, new ProposeQuad(name, sector,
				"Synthetic QUAD for load tests: " + TRADE.get(sector).toLowerCase(Locale.ROOT) + " for export.", codes,
				seats, new BigDecimal(2_000_000_000L + 250_000_000L * (variation % 8)), 10));
		quads.transition(system, quad.id(), new TransitionQuad(QuadStatus.UNDER_REVIEW, null, null));
		approvedCase(quad.id(), establishedOn.minusMonths(9), calendar, variation);
		for (QuadStatus step : List.of(QuadStatus.APPROVED, QuadStatus.AGREEMENT_SIGNED, QuadStatus.ESTABLISHED,
				QuadStatus.PRODUCING, QuadStatus.EXPORTING)) {
			quads.transition(system, quad.id(), new TransitionQuad(step, "Load-test history", establishedOn));
			if (step == target) {
				break;
			}
		}
		return quad.id();
	}

	/** Opens the establishment case and has each agency's officer approve every step a few working days after it opens. */
	private void approvedCase(long quadId, LocalDate opened, WorkingCalendar calendar, int variation) {
		CaseDetails c = approvals.at(at(opened, 9)).open(system, openCase(quadId));
		LocalDate day = opened;
		for (int round = 0; round < 100 && c.status() == CaseStatus.OPEN; round++) {
			day = calendar.addWorkingDays(day, 2 + (variation + round) % 5);
			for (long stepId : c.steps().stream().map(CaseDetails.Step::id).toList()) {
				CaseDetails.Step step = c.steps().stream().filter(s -> s.id() == stepId).findFirst().orElseThrow();
				if (c.status() == CaseStatus.OPEN && step.state() == StepState.OPEN) {
					c = approvals.at(at(day, 11)).decide(officer(step.agency()), c.id(), step.id(),
							new Decision(Outcome.APPROVED, "Documents complete; approved."));
				}
			}
		}
		if (c.status() != CaseStatus.APPROVED) {
			throw new IllegalStateException("establishment case of QUAD " + quadId + " ended " + c.status());
		}
	}

	/** A proposed QUAD under review whose case opened some working days ago; its first steps wait in the queues. */
	private void underReview(String name, Sector sector, List<String> codes, Map<PartnerRole, Long> seats,
			WorkingCalendar calendar, int workingDaysAgo) {
		QuadDetails quad = quads.propose(system, new ProposeQuad(name, sector,
				"Synthetic QUAD for load tests, under review.", codes, seats, null, null));
		quads.transition(system, quad.id(), new TransitionQuad(QuadStatus.UNDER_REVIEW, null, null));
		LocalDate opened = LocalDate.now(clock);
		for (int back = 0; back < workingDaysAgo; ) {
			opened = opened.minusDays(1);
			if (calendar.isWorkingDay(opened)) {
				back++;
			}
		}
		approvals.at(at(opened, 10)).open(system, openCase(quad.id()));
	}

	private OpenCase openCase(long quadId) {
		return new OpenCase(SubjectRef.QUAD, quadId,
				approvals.latest(Approvals.QUAD_ESTABLISHMENT).orElseThrow().id());
	}

	private static Actor officer(String agency) {
		return new Actor(ApprovalsDemo.officer(agency), Set.of(Role.AGENCY), null);
	}

	private Clock at(LocalDate day, int hour) {
		Instant instant = day.atTime(LocalTime.of(hour, 0)).atZone(clock.getZone()).toInstant();
		return Clock.fixed(instant, clock.getZone());
	}

	// ---------------------------------------------------------------- reports (bulk SQL)

	/**
	 * One accepted revision per month from establishment to last month for every QUAD, with its submission, 5 to
	 * 20 export lines (COPY), employment, training, patents and the other sections; then the read models.
	 */
	private long[] reports(List<QuadPlan> plans, YearMonth now, SplittableRandom random) {
		List<Object[]> submissions = new ArrayList<>();
		List<Object[]> reports = new ArrayList<>();
		List<Object[]> employment = new ArrayList<>();
		List<Object[]> training = new ArrayList<>();
		List<Object[]> patents = new ArrayList<>();
		StringBuilder lines = new StringBuilder(1 << 22);
		int total = 0;
		for (QuadPlan plan : plans) {
			total += (int) plan.established().until(now, java.time.temporal.ChronoUnit.MONTHS);
		}
		List<Long> submissionIds = total == 0 ? List.of()
				: jdbc.queryForList("select nextval(pg_get_serial_sequence('report_submission', 'id')) "
						+ "from generate_series(1, ?)", Long.class, total);
		List<Long> reportIds = total == 0 ? List.of()
				: jdbc.queryForList("select nextval(pg_get_serial_sequence('report', 'id')) from generate_series(1, ?)",
						Long.class, total);
		Instant latest = clock.instant().minusSeconds(3600);
		long lineCount = 0;
		int r = 0;
		for (QuadPlan plan : plans) {
			double peak = 4_000_000 + 1_500_000 * (plan.index() % 7);
			int months = (int) plan.established().until(now, java.time.temporal.ChronoUnit.MONTHS);
			String submitter = plan.index() < 10
					? String.format(Locale.ROOT, "%s%02d", PARTNER_USER_PREFIX, plan.index() + 1) : "authority";
			for (int k = 0; k < months; k++) {
				YearMonth month = plan.established().plusMonths(k);
				long submissionId = submissionIds.get(r);
				long reportId = reportIds.get(r);
				r++;
				Instant submitted = min(month.plusMonths(1).atDay(10).atTime(10, 0).atZone(clock.getZone())
					.toInstant(), latest.minusSeconds(7200));
				Instant reviewed = min(submitted.plusSeconds(5 * 86400L), latest);
				double ramp = peak / (1 + Math.exp(-(k - 30) / 9.0));
				int n = 5 + random.nextInt(16);
				Set<Integer> combos = new LinkedHashSet<>();
				while (combos.size() < n) {
					combos.add(random.nextInt(plan.codes().size() * DESTINATIONS.length));
				}
				BigDecimal exports = BigDecimal.ZERO.setScale(2);
				String period = month.atDay(1).toString();
				for (int combo : combos) {
					String hs = plan.codes().get(combo % plan.codes().size());
					String destination = DESTINATIONS[combo / plan.codes().size()];
					BigDecimal value = BigDecimal.valueOf(ramp / n * (0.5 + random.nextDouble()))
						.setScale(2, RoundingMode.HALF_UP);
					BigDecimal quantity = BigDecimal.valueOf(Math.max(1, value.doubleValue() / 850.0))
						.setScale(3, RoundingMode.HALF_UP);
					exports = exports.add(value);
					lines.append(submissionId).append('\t').append(period).append('\t').append(hs).append('\t')
						.append(destination).append('\t').append(value.toPlainString()).append('\t')
						.append(quantity.toPlainString()).append("\tunits\n");
				}
				lineCount += n;
				submissions.add(new Object[] { submissionId, plan.id(), submitter, Timestamp.from(submitted), n });
				BigDecimal production = exports.multiply(new BigDecimal("1.35")).setScale(2, RoundingMode.HALF_UP);
				BigDecimal localShare = BigDecimal.valueOf(Math.min(0.9, 0.2 + k * 0.004)).setScale(4,
						RoundingMode.HALF_UP);
				BigDecimal investment = BigDecimal.valueOf(250_000 + random.nextInt(750_000)).setScale(2);
				reports.add(new Object[] { reportId, plan.id(), month.atDay(1), month.plusMonths(1).atDay(1),
						submissionId, n, exports, production, localShare, investment, k % 12 == 0 ? 1 : 0,
						random.nextInt(3), random.nextInt(2), submitter, Timestamp.from(submitted),
						Timestamp.from(reviewed) });
				int scale = 20 + Math.min(k, 60) * 4;
				int[] share = { 25, 10, 30, 30, 5 };
				String[] categories = { "ENGINEERS", "SCIENTISTS", "TECHNICIANS", "SKILLED_WORKERS", "OTHER" };
				for (int c = 0; c < categories.length; c++) {
					int jobs = scale * share[c] / 100 + random.nextInt(5);
					employment.add(new Object[] { reportId, categories[c], jobs, jobs * (15 + random.nextInt(20)) / 100 });
				}
				if (k % 3 == 0) {
					int people = 10 + random.nextInt(40);
					training.add(new Object[] { reportId, PROGRAMMES[(k / 3) % PROGRAMMES.length], people,
							people * (20 + random.nextInt(25)) / 100 });
				}
				if (k % 12 == 6) {
					patents.add(new Object[] { reportId, k % 24 == 6 ? "FILED" : "GRANTED", k % 24 == 6 ? "CNIPA" : "IPO-PK",
							String.format(Locale.ROOT, "LT-%d-%03d", plan.id(), k), "Process improvement " + (k / 12 + 1) });
				}
			}
		}
		jdbc.batchUpdate("insert into report_submission (id, quad_id, channel, submitted_by, submitted_at, line_count) "
				+ "values (?, ?, 'API', ?, ?, ?)", submissions);
		jdbc.batchUpdate("insert into report (id, quad_id, period_kind, period_start, period_end, revision, status, "
				+ "submission_id, line_count, exports_usd, production_value_usd, local_content_share, investment_usd, "
				+ "curricula_updated, publications, prototypes, submitted_by, submitted_at, reviewed_by, reviewed_at, "
				+ "review_note, version) values (?, ?, 'MONTH', ?, ?, 1, 'ACCEPTED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
				+ "'authority', ?, null, 1)", reports);
		copyLines(lines);
		jdbc.batchUpdate("insert into report_employment (report_id, category, jobs, women) values (?, ?, ?, ?)",
				employment);
		jdbc.batchUpdate("insert into report_training (report_id, programme, people_trained, women) values (?, ?, ?, ?)",
				training);
		jdbc.batchUpdate("insert into report_patent (report_id, stage, office, number, title) values (?, ?, ?, ?, ?)",
				patents);
		Long[] ids = plans.stream().map(QuadPlan::id).toArray(Long[]::new);
		readModels(ids);
		return new long[] { reports.size(), lineCount };
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private void copyLines(StringBuilder lines) {
		try {
			Connection connection = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource);
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			copy.copyIn("copy report_export_line (submission_id, period, hs_code, destination, value_usd, quantity, "
					+ "unit) from stdin", new StringReader(lines.toString()));
		}
		catch (SQLException | java.io.IOException e) {
			throw new IllegalStateException("COPY of the export lines failed", e);
		}
	}

	/**
	 * The read models exactly as the review writes them on acceptance (reporting's ReportStore.makeEffective), for
	 * all periods of the given QUADs at once: the effective revision of each period, monthly totals, and totals by
	 * destination and year.
	 */
	private void readModels(Long[] quadIds) {
		String ids = "{" + String.join(",", java.util.Arrays.stream(quadIds).map(String::valueOf).toList()) + "}";
		// the export totals by month and destination that every upload writes with its lines (V23)
		jdbc.update("insert into report_line_rollup (submission_id, period, destination, exports_usd) "
				+ "select l.submission_id, l.period, l.destination, sum(l.value_usd) from report_export_line l "
				+ "where l.submission_id in (select submission_id from report where quad_id = any (?::bigint[])) "
				+ "group by l.submission_id, l.period, l.destination on conflict do nothing", ids);
		jdbc.update("insert into reporting_effective (quad_id, period_kind, period_start, report_id) "
				+ "select distinct on (quad_id, period_kind, period_start) quad_id, period_kind, period_start, id "
				+ "from report where status = 'ACCEPTED' and quad_id = any (?::bigint[]) "
				+ "order by quad_id, period_kind, period_start, revision desc", ids);
		jdbc.update("insert into reporting_month (quad_id, month, exports_usd) "
				+ "select r.quad_id, m::date, coalesce((select sum(l.value_usd) from report_export_line l "
				+ "  where l.submission_id = r.submission_id and l.period = m::date), 0) "
				+ "from reporting_effective e join report r on r.id = e.report_id, "
				+ "generate_series(r.period_start, r.period_end - 1, interval '1 month') m where e.quad_id = any (?::bigint[])", ids);
		jdbc.update("insert into reporting_destination_year (quad_id, year, destination, exports_usd) "
				+ "select e.quad_id, extract(year from r.period_start)::int, l.destination, sum(l.value_usd) "
				+ "from reporting_effective e join report r on r.id = e.report_id join report_export_line l "
				+ "on l.submission_id = r.submission_id and l.period >= r.period_start and l.period < r.period_end "
				+ "where e.quad_id = any (?::bigint[]) group by e.quad_id, extract(year from r.period_start)::int, l.destination",
				ids);
	}
}
