package org.quadhub.demo;

import org.junit.jupiter.api.Test;
import org.quadhub.approvals.Approvals;
import org.quadhub.approvals.DeadlineSweep;
import org.quadhub.approvals.Holidays;
import org.quadhub.approvals.QueueItem;
import org.quadhub.approvals.SubjectRef;
import org.quadhub.quads.QuadStatus;
import org.quadhub.quads.QuadSummary;
import org.quadhub.quads.Quads;
import org.quadhub.reporting.ExportLineView;
import org.quadhub.reporting.ReportDetails;
import org.quadhub.reporting.ReportStatus;
import org.quadhub.reporting.Reports;
import org.quadhub.reporting.ReviewDecision;
import org.quadhub.reporting.SubmitReport;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Role;
import org.quadhub.support.QuadHubTest;
import org.quadhub.users.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load-test seeder (seed-load) on a small programme: what it writes is what the application would have
 * produced, above all the reporting read models, which the real review recomputes here and must find unchanged.
 */
@QuadHubTest
class LoadSeedTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	Quads quads;

	@Autowired
	Approvals approvals;

	@Autowired
	Holidays holidays;

	@Autowired
	DeadlineSweep sweep;

	@Autowired
	Users users;

	@Autowired
	Reports reports;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Clock clock;

	@Test
	void seedsAConsistentProgrammeWhoseReadModelsTheReviewReproduces() {
		DemoTestSupport.baseDemo(context).load();
		ApprovalsDemo approvalsDemo = new ApprovalsDemo(approvals, sweep, holidays, quads, users, clock, transactions);
		LoadSeed seed = new LoadSeed(quads, approvals, approvalsDemo, holidays, users, jdbc, dataSource, transactions,
				clock);
		int organisationsBefore = count("organisation");
		ByteArrayOutputStream log = new ByteArrayOutputStream();
		LoadSeed.Result result = seed.seed(new LoadSeed.Size(40, 3, 24), new PrintStream(log, true,
				StandardCharsets.UTF_8));

		assertThat(result.alreadySeeded()).isFalse();
		assertThat(count("organisation") - organisationsBefore).isEqualTo(40);
		assertThat(jdbc.queryForList("select distinct country || '/' || kind from organisation where description = ?",
				String.class, LoadSeed.MARK)).containsExactlyInAnyOrder("CN/INDUSTRY", "PK/INDUSTRY", "CN/ACADEMIA",
						"PK/ACADEMIA");

		List<QuadSummary> seeded = quads.overview().quads().stream()
			.filter(q -> q.name().startsWith(LoadSeed.QUAD_PREFIX) && !q.name().startsWith(LoadSeed.REVIEW_PREFIX))
			.toList();
		assertThat(seeded).hasSize(3);
		YearMonth now = YearMonth.now(clock);
		for (QuadSummary quad : seeded) {
			assertThat(quad.status()).isIn(QuadStatus.PRODUCING, QuadStatus.EXPORTING);
			assertThat(approvals.hasApprovedCase(SubjectRef.quad(quad.id()), Approvals.QUAD_ESTABLISHMENT)).isTrue();
			YearMonth established = YearMonth.from(quad.establishedOn());
			List<ReportDetails> accepted = reports.ofQuad(Actor.system(), quad.id());
			assertThat(accepted).hasSize((int) established.until(now, ChronoUnit.MONTHS));
			assertThat(accepted).allSatisfy(r -> {
				assertThat(r.status()).isEqualTo(ReportStatus.ACCEPTED);
				assertThat(r.lineCount()).isBetween(5L, 20L);
				assertThat(r.employment()).hasSize(5);
			});
			// the yearly totals the application reads equal the sum of the accepted reports
			Map<Integer, BigDecimal> byYear = accepted.stream().collect(Collectors.groupingBy(
					r -> Integer.parseInt(r.period().substring(0, 4)),
					Collectors.reducing(BigDecimal.ZERO, ReportDetails::exportsUsd, BigDecimal::add)));
			assertThat(reports.acceptedExportsByYear(quad.id())).isEqualTo(byYear);
		}
		assertThat(seeded.stream().map(QuadSummary::establishedOn).map(YearMonth::from).min(YearMonth::compareTo)
			.orElseThrow()).isEqualTo(now.minusMonths(24));

		// live cases wait in the agencies' queues
		List<QueueItem> queue = approvals.queue(new Actor("authority-check", Set.of(Role.AUTHORITY), null));
		assertThat(queue).anyMatch(item -> item.subjectName().startsWith(LoadSeed.REVIEW_PREFIX));
		assertThat(users.credentials(LoadSeed.PARTNER_USER_PREFIX + "01")).hasValueSatisfying(
				c -> assertThat(c.organisationId()).isNotNull());

		// the real review recomputes the month and its year's destination totals from the effective revisions: a
		// corrected revision with the same lines must leave every read-model row exactly as the seeder wrote it
		QuadSummary quad = seeded.get(0);
		List<Map<String, Object>> months = readModel("reporting_month", quad.id());
		List<Map<String, Object>> destinations = readModel("reporting_destination_year", quad.id());
		ReportDetails original = reports.ofQuad(Actor.system(), quad.id()).get(5);
		List<ExportLineView> lines = reports.lines(Actor.system(), original.id(), 0, 100);
		SubmitReport same = new SubmitReport(original.period(), lines.stream()
			.map(l -> new SubmitReport.Line(l.period(), l.hsCode(), l.destination(), l.valueUsd(), l.quantity(), l.unit()))
			.toList(), original.productionValueUsd(), original.localContentShare(), original.investmentUsd(),
				original.employment(), original.training(), original.curriculaUpdated(), original.patents(),
				original.publications(), original.prototypes());
		Actor authority = new Actor("authority-check", Set.of(Role.AUTHORITY), null);
		ReportDetails revision = reports.submit(authority, quad.id(), same, null).report();
		ReportDetails accepted = reports.review(authority, revision.id(), new ReviewDecision(
				ReviewDecision.Verdict.ACCEPT, null, revision.version()));
		assertThat(accepted.revision()).isEqualTo(2);
		assertThat(accepted.exportsUsd()).isEqualByComparingTo(original.exportsUsd());
		assertThat(readModel("reporting_month", quad.id())).isEqualTo(months);
		assertThat(readModel("reporting_destination_year", quad.id())).isEqualTo(destinations);

		// a second run finds the programme seeded and adds nothing
		int organisations = count("organisation");
		assertThat(seed.seed(new LoadSeed.Size(40, 3, 24), new PrintStream(log, true, StandardCharsets.UTF_8))
			.alreadySeeded()).isTrue();
		assertThat(count("organisation")).isEqualTo(organisations);
	}

	@Test
	void theCommandNeedsAnEmbeddedDataDirectory() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new LoadSeedCommand().run(List.of(), new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(code).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--data-dir");
		assertThat(new LoadSeedCommand().run(List.of("--data-dir", "x", "--quads", "100", "--organisations", "40"),
				new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8)))
			.isEqualTo(2);
		assertThat(org.quadhub.shared.CommandLineTool.named("seed-load")).isPresent();
	}

	private List<Map<String, Object>> readModel(String table, long quadId) {
		return jdbc.queryForList("select * from " + table + " where quad_id = ? order by 2, 3", quadId);
	}

	private int count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}
}
