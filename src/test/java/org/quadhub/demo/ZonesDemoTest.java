package org.quadhub.demo;

import org.junit.jupiter.api.Test;
import org.quadhub.incentives.Assumptions;
import org.quadhub.incentives.Financing;
import org.quadhub.incentives.FinancingKind;
import org.quadhub.incentives.Incentives;
import org.quadhub.incentives.PackageDetails;
import org.quadhub.incentives.Standing;
import org.quadhub.partners.Partners;
import org.quadhub.quads.QuadSummary;
import org.quadhub.quads.Quads;
import org.quadhub.shared.Actor;
import org.quadhub.support.QuadHubTest;
import org.quadhub.users.Users;
import org.quadhub.zones.Zones;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@QuadHubTest
class ZonesDemoTest {

	@Autowired
	Partners partners;

	@Autowired
	Quads quads;

	@Autowired
	Users users;

	@Autowired
	Zones zones;

	@Autowired
	Incentives incentives;

	@Autowired
	Financing financing;

	@Autowired
	Assumptions assumptions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Test
	void loadsTheCpecZonesPackagesAndFinancingAndLoadingAgainAddsNothing() {
		DemoTestSupport.baseDemo(context).load();
		ZonesDemo demo = new ZonesDemo(zones, incentives, financing, assumptions, quads, transactions);
		demo.load();
		Map<String, Integer> before = counts();
		demo.load();
		assertThat(counts()).isEqualTo(before);

		assertThat(zones.list(Actor.system())).extracting(z -> z.name())
			.contains("Rashakai Special Economic Zone", "Dhabeji Special Economic Zone", "Allama Iqbal Industrial City (AIIC)",
					"Bostan Special Economic Zone", "Mohmand Marble City", "ICT Model Industrial Zone",
					"Mirpur Special Economic Zone", "Moqpondass Special Economic Zone", "Gwadar Free Zone");
		Map<String, Long> ids = quads.overview().quads().stream()
			.collect(Collectors.toMap(QuadSummary::name, QuadSummary::id, (a, b) -> a));
		PackageDetails ev = incentives.packageOf(Actor.system(), ids.get(ZonesDemo.EV)).orElseThrow();
		assertThat(ev.policy().name()).isEqualTo("SEZ Act 2012");
		assertThat(ev.signed()).isTrue();
		assertThat(ev.importEntries()).hasSize(2);
		// the standing depends on the policy in force today, which other tests may have changed; with the seeded
		// versions only it is GRANDFATHERED (the IMF commitment allows no holiday)
		assertThat(ev.standing().standing()).isIn(Standing.GRANDFATHERED, Standing.ALLOWED_BY_POLICY_IN_FORCE,
				Standing.CONFLICTS_WITH_POLICY_IN_FORCE);
		assertThat(incentives.packageOf(Actor.system(), ids.get(ZonesDemo.VACCINES)).orElseThrow().signed()).isFalse();
		assertThat(financing.ofQuad(Actor.system(), ids.get(ZonesDemo.EV)))
			.anySatisfy(f -> {
				assertThat(f.kind()).isEqualTo(FinancingKind.CONCESSIONAL_LOAN);
				assertThat(f.disbursements()).hasSize(3);
			});
		assertThat(financing.ofQuad(Actor.system(), ids.get(ZonesDemo.PHONES)))
			.anySatisfy(f -> assertThat(f.kind()).isEqualTo(FinancingKind.TRAINING_GRANT));
		assertThat(zones.ofQuad(Actor.system(), ids.get(ZonesDemo.EV))).hasSize(1);
	}

	private Map<String, Integer> counts() {
		return Map.of("zone", count("zone"), "plot_allocation", count("plot_allocation"), "incentive_package",
				count("incentive_package"), "import_entry", count("import_entry"), "financing_instrument",
				count("financing_instrument"), "disbursement", count("disbursement"), "exchange_rate", count("exchange_rate"));
	}

	private int count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}
}
