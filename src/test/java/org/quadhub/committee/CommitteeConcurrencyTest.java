package org.quadhub.committee;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Two people acting on the same committee record at the same moment: one wins, the other gets a conflict. */
@QuadHubTest
class CommitteeConcurrencyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Clock clock;

	@Autowired
	CommitteeMinutes minutes;

	@Autowired
	ActionItems actions;

	CommitteeApi api;

	@BeforeEach
	void setUp() {
		api = new CommitteeApi(mvc, json, fixtures);
	}

	/** Runs both at once (released together by a barrier) and returns what each produced or threw. */
	private static List<Object> race(Callable<?> first, Callable<?> second) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Object>> futures = new ArrayList<>();
			for (Callable<?> task : List.of(first, second)) {
				futures.add(pool.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					try {
						return task.call();
					}
					catch (DomainProblem | org.springframework.dao.OptimisticLockingFailureException e) {
						return e;
					}
				}));
			}
			List<Object> results = new ArrayList<>();
			for (Future<Object> f : futures) {
				results.add(f.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static boolean isConflict(Object outcome) {
		return outcome instanceof DomainProblem p && p.kind() == DomainProblem.Kind.CONFLICT
				|| outcome instanceof org.springframework.dao.OptimisticLockingFailureException;
	}

	@Test
	void twoPakistaniMembersSigningAtOnceGiveOneSignature() throws Exception {
		LocalDate today = LocalDate.now(clock);
		for (int round = 0; round < 3; round++) {
			long meeting = api.meeting(today);
			api.minutes(meeting, "Minutes for a race");
			Actor first = new Actor(api.member("PK"), Set.of(Role.COMMITTEE), null);
			Actor second = new Actor(api.member("PK"), Set.of(Role.COMMITTEE), null);
			SignMinutes sign = new SignMinutes(null, null, null);
			List<Object> outcomes = race(() -> minutes.sign(first, meeting, sign), () -> minutes.sign(second, meeting, sign));
			assertThat(outcomes).filteredOn(o -> o instanceof MinutesView).hasSize(1);
			assertThat(outcomes).filteredOn(CommitteeConcurrencyTest::isConflict).hasSize(1);
			MinutesView stored = minutes.minutes(Actor.system(), meeting);
			assertThat(stored.state()).isEqualTo(MinutesState.SIGNED_BY_PAKISTAN);
			assertThat(stored.signatures()).hasSize(1);
		}
	}

	@Test
	void twoStatusUpdatesFromTheSameVersionKeepTheFirst() throws Exception {
		LocalDate today = LocalDate.now(clock);
		long meeting = api.meeting(today);
		Actor authority = Actor.system();
		ActionItemView item = actions.create(authority, meeting, new ActionItemCommand(Fixtures.unique("Race item"),
				org.quadhub.shared.Country.CN, "NDRC", today.plusDays(5), null, null));
		List<Object> outcomes = race(
				() -> actions.changeStatus(authority, item.id(), new ActionStatusChange(ActionStatus.DONE, "done", item.version())),
				() -> actions.changeStatus(authority, item.id(),
						new ActionStatusChange(ActionStatus.CANCELLED, "dropped", item.version())));
		assertThat(outcomes).filteredOn(o -> o instanceof ActionItemView).hasSize(1);
		assertThat(outcomes).filteredOn(CommitteeConcurrencyTest::isConflict).hasSize(1);
		ActionItemView winner = (ActionItemView) outcomes.stream().filter(o -> o instanceof ActionItemView).findFirst().orElseThrow();
		assertThat(actions.find(authority, item.id()).status()).isEqualTo(winner.status());
	}
}
