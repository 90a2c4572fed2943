package org.quadhub.demo;

import org.junit.jupiter.api.Test;
import org.quadhub.matching.Matching;
import org.quadhub.matching.MatchingFacts;
import org.quadhub.matching.ProposalRequest;
import org.quadhub.matching.Proposals;
import org.quadhub.partners.Partners;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Country;
import org.quadhub.shared.Sector;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@QuadHubTest
class MatchingDemoTest {

	@Autowired
	Partners partners;

	@Autowired
	MatchingFacts facts;

	@Autowired
	Matching matching;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void loadsARegistryMatchingCanChooseFromAndLoadingAgainAddsNothing() {
		MatchingDemo demo = new MatchingDemo(partners, facts, transactions);
		demo.load();
		int organisations = count("organisation");
		int pairs = count("matching_collaboration");
		demo.load();
		assertThat(count("organisation")).isEqualTo(organisations);
		assertThat(count("matching_collaboration")).isEqualTo(pairs);

		Integer demoRegistry = jdbc.queryForObject("select count(*) from organisation where description like 'Demo registry entry%' "
				+ "or description like 'Illustrative organisation generated%'", Integer.class);
		// With the 28 organisations of the base demo data this passes 300.
		assertThat(demoRegistry).isGreaterThanOrEqualTo(275);
		for (String kind : List.of("INDUSTRY", "ACADEMIA")) {
			for (String country : List.of("PK", "CN")) {
				assertThat(jdbc.queryForObject("select count(*) from organisation where kind = ? and country = ? and "
						+ "(description like 'Demo registry entry%' or description like 'Illustrative organisation%')",
						Integer.class, kind, country)).isGreaterThanOrEqualTo(40);
			}
		}
		assertThat(partners.findByName(Country.CN, "Gotion High-Tech")).isPresent();
		Long sanctioned = jdbc.queryForObject("select organisation_id from matching_profile where exclusion = 'SANCTIONED' "
				+ "and exclusion_note like 'Illustrative%' limit 1", Long.class);

		Proposals answer = matching.propose(Actor.system(), new ProposalRequest(Sector.ELECTRIC_VEHICLES_AND_BATTERIES,
				List.of("850760"), List.of("lithium-ion cells", "battery packs", "battery materials"), null, "Lahore", 10,
				null));
		assertThat(answer.proposals()).hasSize(10);
		assertThat(answer.proposals()).allSatisfy(p -> assertThat(p.partners().values())
			.noneMatch(partner -> partner.id() == sanctioned));
	}

	private int count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}
}
