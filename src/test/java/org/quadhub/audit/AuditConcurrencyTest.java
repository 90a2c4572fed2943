package org.quadhub.audit;

import org.junit.jupiter.api.Test;
import org.quadhub.shared.Actor;
import org.quadhub.shared.StateChange;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Many transactions appending at once never fork the chain. */
@QuadHubTest
class AuditConcurrencyTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditTrail trail;

	@Test
	void parallelWritersProduceOneValidChain() throws Exception {
		String kind = "concurrency-" + UUID.randomUUID();
		int writers = 8;
		int transactionsEach = 15;
		TransactionTemplate tx = new TransactionTemplate(transactions);
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> done = new ArrayList<>();
		for (int w = 0; w < writers; w++) {
			int writer = w;
			done.add(pool.submit(() -> {
				start.await();
				for (int t = 0; t < transactionsEach; t++) {
					int n = t;
					tx.executeWithoutResult(status -> {
						// two entries per transaction: they must stay adjacent in the chain
						events.publishEvent(new StateChange(kind, writer + "-" + n, "upload", null, Map.of("part", 1)));
						events.publishEvent(new StateChange(kind, writer + "-" + n, "upload", null, Map.of("part", 2)));
					});
				}
				return null;
			}));
		}
		start.countDown();
		for (Future<?> f : done) {
			f.get(120, TimeUnit.SECONDS);
		}
		pool.shutdown();

		List<Map<String, Object>> rows = jdbc.queryForList(
				"select id, subject_id, prev_hash, hash from audit_entry where subject_kind = ? order by id", kind);
		assertThat(rows).hasSize(writers * transactionsEach * 2);
		for (int i = 0; i < rows.size(); i += 2) {
			assertThat(rows.get(i + 1).get("subject_id")).isEqualTo(rows.get(i).get("subject_id"));
			assertThat(rows.get(i + 1).get("prev_hash")).isEqualTo(rows.get(i).get("hash"));
		}
		Integer forks = jdbc.queryForObject(
				"select count(*) from (select prev_hash from audit_entry group by prev_hash having count(*) > 1) f",
				Integer.class);
		assertThat(forks).isZero();
		Verification verification = trail.verify(Actor.system());
		assertThat(verification.valid()).isTrue();
		assertThat(verification.firstBrokenEntryId()).isNull();
	}
}
