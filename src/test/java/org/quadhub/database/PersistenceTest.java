package org.quadhub.database;

import org.junit.jupiter.api.Test;
import org.quadhub.partners.OrganisationCommand;
import org.quadhub.partners.OrganisationDetails;
import org.quadhub.partners.OrganisationKind;
import org.quadhub.partners.Partners;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Country;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.Sector;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema and the rules that only the database can guarantee, on real PostgreSQL. */
@QuadHubTest
class PersistenceTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Partners partners;

	@Test
	void runsOnPostgresqlWithTheFlywaySchema() {
		assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
		assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
			.isGreaterThanOrEqualTo(1);
		assertThat(jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'public'",
				String.class))
			.contains("organisation", "quad", "quad_partner", "quad_transition", "app_user", "event_publication");
	}

	@Test
	void simultaneousRegistrationsOfOneNameWrittenDifferentlyLetExactlyOneIn() throws Exception {
		String name = Fixtures.unique("Racing Corp");
		List<String> spellings = List.of(name, name.toUpperCase(), name + ".", " " + name.toLowerCase() + " ");
		List<String> outcomes = race(spellings.stream()
			.map(spelling -> (Runnable) () -> partners.register(Actor.system(), command(spelling, "Lahore", null)))
			.toList());
		assertThat(outcomes).containsOnlyOnce("ok");
		assertThat(outcomes).filteredOn("duplicate-organisation"::equals).hasSize(spellings.size() - 1);
		assertThat(jdbc.queryForObject("select count(*) from organisation where name_key = ?", Integer.class,
				name.toLowerCase())).isEqualTo(1);
	}

	@Test
	void concurrentEditsOfTheSameVersionLetExactlyOneWin() throws Exception {
		String name = Fixtures.unique("Contested Org");
		OrganisationDetails org = partners.register(Actor.system(), command(name, "Lahore", null));
		List<String> cities = List.of("City 0", "City 1", "City 2", "City 3");
		List<String> outcomes = race(cities.stream()
			.map(city -> (Runnable) () -> partners.update(Actor.system(), org.id(), command(name, city, org.version())))
			.toList());
		assertThat(outcomes).containsOnlyOnce("ok");
		assertThat(outcomes).filteredOn("stale-version"::equals).hasSize(cities.size() - 1);
		assertThat(partners.find(Actor.system(), org.id()).version()).isEqualTo(org.version() + 1);
	}

	/** Starts every action at the same moment on its own thread; each outcome is "ok" or the problem's slug. */
	private static List<String> race(List<Runnable> actions) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(actions.size());
		try {
			List<Future<String>> results = new ArrayList<>();
			for (Runnable action : actions) {
				Callable<String> attempt = () -> {
					start.await();
					try {
						action.run();
						return "ok";
					}
					catch (DomainProblem problem) {
						return problem.slug();
					}
				};
				results.add(pool.submit(attempt));
			}
			start.countDown();
			List<String> outcomes = new ArrayList<>();
			for (Future<String> result : results) {
				outcomes.add(result.get());
			}
			return outcomes;
		}
		finally {
			pool.shutdown();
		}
	}

	private static OrganisationCommand command(String name, String city, Long version) {
		return new OrganisationCommand(name, null, null, Country.PK, OrganisationKind.INDUSTRY,
				Set.of(Sector.AGRI_TECH), Set.of(), city, null, null, null, null, null, null, true, version);
	}
}
