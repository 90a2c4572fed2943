package org.quadhub.reporting;

import org.junit.jupiter.api.Test;
import org.quadhub.quads.QuadDetails;
import org.quadhub.quads.Quads;
import org.quadhub.shared.Actor;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@QuadHubTest
class ReportConcurrencyTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Quads quads;

	@Autowired
	Reports reports;

	@Autowired
	JdbcTemplate jdbc;

	private <T> List<T> race(int threads, Callable<T> task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> f : futures) {
				results.add(f.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void concurrentRetriesWithOneIdempotencyKeyStoreOneReport() throws Exception {
		QuadDetails quad = new ReportingFixtures(fixtures, quads, reports).established(LocalDate.now().minusYears(1));
		SubmitReport body = new SubmitReport(YearMonth.from(quad.establishedOn()).toString(),
				List.of(new SubmitReport.Line(null, "851713", "AE", new BigDecimal("123.45"), BigDecimal.ONE, "units")),
				null, null, null, null, null, null, null, null, null);
		List<Submitted> results = race(6, () -> reports.submit(Actor.system(), quad.id(), body, "retry-" + quad.id()));
		Set<Long> ids = results.stream().map(s -> s.report().id()).collect(Collectors.toSet());
		assertThat(ids).hasSize(1);
		assertThat(results.stream().filter(s -> !s.replayed()).count()).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from report where quad_id = ?", Long.class, quad.id()))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from report_export_line l join report_submission s "
				+ "on s.id = l.submission_id where s.quad_id = ?", Long.class, quad.id())).isEqualTo(1);
	}

	@Test
	void concurrentSubmissionsOfOnePeriodGetDistinctRevisions() throws Exception {
		QuadDetails quad = new ReportingFixtures(fixtures, quads, reports).established(LocalDate.now().minusYears(1));
		String month = YearMonth.from(quad.establishedOn()).toString();
		List<Submitted> results = race(5, () -> reports.submit(Actor.system(), quad.id(), new SubmitReport(month,
				List.of(), null, null, null, null, null, null, null, null, null), null));
		assertThat(results.stream().map(s -> s.report().revision()).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(1, 2, 3, 4, 5);
		assertThat(jdbc.queryForObject("select count(*) from report where quad_id = ? and status = 'SUBMITTED'",
				Long.class, quad.id())).isEqualTo(1);
	}
}
