package org.quadhub.demo;

import org.quadhub.quads.QuadSummary;
import org.quadhub.quads.Quads;
import org.quadhub.reporting.JobCategory;
import org.quadhub.reporting.PatentStage;
import org.quadhub.reporting.QuadPerformance;
import org.quadhub.reporting.ReportDetails;
import org.quadhub.reporting.Reports;
import org.quadhub.reporting.ReviewDecision;
import org.quadhub.reporting.SubmitReport;
import org.quadhub.reporting.Targets;
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
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Accepted monthly results for the demo's established QUADs, shaped so the dashboard shows every light: the EV
 * QUAD ahead of its trajectory, the smartphone QUAD at risk, the vaccine QUAD off track, the solar QUAD on track;
 * the EV QUAD's latest month waits for review. Loaded once: a QUAD that has reports is left alone.
 */
@Component
@ConditionalOnBooleanProperty("quadhub.demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class ReportingDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReportingDemo.class);

	/** Share of its trajectory each demo QUAD achieves, and where it sells. */
	record Plan(String namePrefix, double share, List<String> hsCodes, List<String> destinations) {
	}

	static final List<Plan> PLANS = List.of(
			new Plan("EV QUAD: ", 1.12, List.of("870380", "850760"), List.of("AE", "SA", "KZ", "UZ", "QA", "KE")),
			new Plan("Smartphone QUAD: ", 0.74, List.of("851713"), List.of("AE", "SA", "OM", "EG", "NG")),
			new Plan("Vaccine QUAD: ", 0.32, List.of("3002", "3004"), List.of("KE", "ET", "UZ", "IQ")),
			new Plan("Solar QUAD: ", 1.0, List.of("854143", "850440"), List.of("DE", "AE", "ZA", "TR")));

	private final Quads quads;
	private final Reports reports;
	private final Targets targets;
	private final Clock clock;
	private final TransactionTemplate transaction;
	private final Actor system = Actor.system();

	ReportingDemo(Quads quads, Reports reports, Targets targets, Clock clock, PlatformTransactionManager transactions) {
		this.quads = quads;
		this.reports = reports;
		this.targets = targets;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		transaction.executeWithoutResult(status -> load());
	}

	void load() {
		List<QuadSummary> all = quads.overview().quads();
		int loaded = 0;
		for (Plan plan : PLANS) {
			Optional<QuadSummary> quad = all.stream().filter(q -> q.name().startsWith(plan.namePrefix())).findFirst();
			if (quad.isEmpty() || quad.get().establishedOn() == null || !reports.ofQuad(system, quad.get().id()).isEmpty()) {
				continue;
			}
			load(quad.get().id(), plan, "EV QUAD: ".equals(plan.namePrefix()));
			loaded++;
		}
		if (loaded > 0) {
			log.info("Demo results reports loaded for {} QUADs", loaded);
		}
	}

	private void load(long quadId, Plan plan, boolean leaveLastForReview) {
		Random random = new Random(plan.namePrefix().hashCode());
		YearMonth last = YearMonth.now(clock).minusMonths(1);
		List<QuadPerformance.MonthPoint> months = targets.performance(system, quadId).months();
		int jobs = 120;
		for (QuadPerformance.MonthPoint point : months) {
			YearMonth month = YearMonth.parse(point.month());
			if (month.isAfter(last)) {
				break;
			}
			double value = point.expectedUsd() * plan.share() * (0.9 + 0.2 * random.nextDouble());
			List<SubmitReport.Line> lines = new ArrayList<>();
			double[] weights = new double[plan.hsCodes().size() * plan.destinations().size()];
			double total = 0;
			for (int i = 0; i < weights.length; i++) {
				weights[i] = 1 + random.nextDouble() * 3 / (1 + i % plan.destinations().size());
				total += weights[i];
			}
			int i = 0;
			for (String hs : plan.hsCodes()) {
				for (String destination : plan.destinations()) {
					BigDecimal usd = BigDecimal.valueOf(value * weights[i++] / total).setScale(2, RoundingMode.HALF_UP);
					BigDecimal quantity = usd.divide(BigDecimal.valueOf(hs.startsWith("8703") ? 18_000 : 120), 0,
							RoundingMode.HALF_UP);
					lines.add(new SubmitReport.Line(null, hs, destination, usd, quantity, "units"));
				}
			}
			jobs += (int) Math.round(40 * plan.share() + random.nextInt(25));
			List<SubmitReport.Jobs> employment = List.of(
					new SubmitReport.Jobs(JobCategory.ENGINEERS, jobs / 5, jobs / 20),
					new SubmitReport.Jobs(JobCategory.SCIENTISTS, jobs / 20, jobs / 50),
					new SubmitReport.Jobs(JobCategory.TECHNICIANS, jobs / 4, jobs / 25),
					new SubmitReport.Jobs(JobCategory.SKILLED_WORKERS, jobs / 2, jobs / 8),
					new SubmitReport.Jobs(JobCategory.OTHER, jobs / 10, jobs / 30));
			boolean quarterEnd = month.getMonthValue() % 3 == 0;
			List<SubmitReport.Training> training = quarterEnd
					? List.of(new SubmitReport.Training("Technician apprenticeship", 30 + random.nextInt(40), 8 + random.nextInt(10)))
					: List.of();
			List<SubmitReport.Patent> patents = month.getMonthValue() == 6
					? List.of(new SubmitReport.Patent(PatentStage.FILED, "CNIPA", "CN" + month.getYear() + quadId + "0" + month.getMonthValue(), null))
					: List.of();
			SubmitReport report = new SubmitReport(month.toString(), lines,
					BigDecimal.valueOf(value * 1.3).setScale(2, RoundingMode.HALF_UP), new BigDecimal("0.35"),
					BigDecimal.valueOf(2_000_000L + random.nextInt(3_000_000)), employment, training,
					quarterEnd ? 1 : 0, patents, quarterEnd ? 1 : 0, month.getMonthValue() == 12 ? 1 : 0);
			ReportDetails stored = reports.submit(system, quadId, report, null).report();
			if (!(leaveLastForReview && month.equals(last))) {
				reports.review(system, stored.id(), new ReviewDecision(ReviewDecision.Verdict.ACCEPT, null, null));
			}
		}
	}
}
