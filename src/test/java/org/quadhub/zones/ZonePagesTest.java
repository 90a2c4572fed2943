package org.quadhub.zones;

import org.junit.jupiter.api.Test;
import org.quadhub.quads.PartnerRole;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@QuadHubTest
class ZonePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Zones zones;

	@Autowired
	JdbcTemplate jdbc;

	private final org.springframework.test.web.servlet.request.RequestPostProcessor admin =
			httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);

	private ZoneDetails zone(String allocatable) {
		return zones.create(Actor.system(), new ZoneCommand(Fixtures.unique("Allama Iqbal Industrial City"), Province.PUNJAB,
				"Faisalabad", new BigDecimal("3217"), new BigDecimal(allocatable), ZoneStatus.OPERATIONAL, "FIEDMC", null,
				null, true, true, LocalDate.of(2019, 11, 1), null, null));
	}

	@Test
	void theZoneListShowsEachZonesAreaBarAndNeedsASignIn() throws Exception {
		ZoneDetails zone = zone("2276");
		zones.allocate(Actor.system(), zone.id(), new AllocatePlot(fixtures.quad(fixtures.quartet()).id(),
				new BigDecimal("569"), null));
		mvc.perform(get("/zones").with(admin).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(zone.name())))
			// 569 of 2,276 allocatable acres = 25.0%
			.andExpect(content().string(containsString("width:25.0%")))
			.andExpect(content().string(containsString("25.0% of the allocatable area is allocated")))
			.andExpect(content().string(containsString("id=\"new-zone\"")))
			.andExpect(content().string(containsString("id=\"nav-zones\"")));
		mvc.perform(get("/zones").accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void designatingAZoneThroughTheFormAndSeeingWhatWasWrong() throws Exception {
		String name = Fixtures.unique("Moqpondass SEZ");
		mvc.perform(post("/zones").with(csrf()).with(admin).param("name", name).param("province", "GILGIT_BALTISTAN")
				.param("district", "Gilgit").param("totalAcres", "250").param("allocatableAcres", "300")
				.param("status", "NOTIFIED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("form-errors")))
			.andExpect(content().string(containsString("allocatableAcres")));
		assertThat(jdbc.queryForObject("select count(*) from zone where name = ?", Integer.class, name)).isZero();
		mvc.perform(post("/zones").with(csrf()).with(admin).param("name", name).param("province", "GILGIT_BALTISTAN")
				.param("district", "Gilgit").param("totalAcres", "250").param("allocatableAcres", "250")
				.param("status", "NOTIFIED").param("water", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/zones/*?created"));
		mvc.perform(post("/zones").with(admin).param("name", Fixtures.unique("No token")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theAllocationFormAllocatesAndRefusesMoreThanIsFree() throws Exception {
		ZoneDetails zone = zone("100");
		long quad = fixtures.quad(fixtures.quartet()).id();
		mvc.perform(get("/zones/" + zone.id()).with(admin).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("allocation-form")))
			.andExpect(content().string(containsString("Free: 100.00 acres")));
		mvc.perform(post("/zones/" + zone.id() + "/allocations").with(csrf()).with(admin)
				.param("quadId", String.valueOf(quad)).param("acres", "120"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("allocation-error")))
			.andExpect(content().string(containsString("100.00 free acres")));
		mvc.perform(post("/zones/" + zone.id() + "/allocations").with(csrf()).with(admin)
				.param("quadId", String.valueOf(quad)).param("acres", "40"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/zones/" + zone.id() + "?allocated"));
		mvc.perform(get("/zones/" + zone.id()).with(admin).accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("Free: 60.00 acres")))
			.andExpect(content().string(containsString("width:40.0%")));
	}

	@Test
	void aPartnerSeesZonesButNoForms() throws Exception {
		ZoneDetails zone = zone("10");
		String partner = fixtures.user(Role.PARTNER, fixtures.quartet().get(PartnerRole.PAKISTANI_ACADEMIA));
		mvc.perform(get("/zones/" + zone.id()).with(httpBasic(partner, Fixtures.PASSWORD)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("allocation-form"))));
		mvc.perform(get("/zones/new").with(httpBasic(partner, Fixtures.PASSWORD)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isForbidden());
	}
}
