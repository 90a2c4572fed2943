package org.quadhub.complexity;

import org.junit.jupiter.api.Test;
import org.quadhub.matching.ProductSlots;
import org.quadhub.matching.ProductStrength;
import org.quadhub.matching.SlotRequest;
import org.quadhub.partners.OrganisationCommand;
import org.quadhub.partners.OrganisationDetails;
import org.quadhub.partners.Partners;
import org.quadhub.quads.PartnerRole;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Sector;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Partner matching fed by trade data: the top products of the latest dataset's opportunity list become a run's
 * slots, and China's strength in a product (its RCA) moves an in-sector Chinese company above a better-tagged one
 * from another sector.
 */
@QuadHubTest
class MatchingHooksTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	TradeDatasets datasets;

	@Autowired
	ComplexityAnalysis analysis;

	@Autowired
	Partners partners;

	@Autowired
	ProductSlots productSlots;

	@Autowired
	ProductStrength productStrength;

	long readyDataset() throws InterruptedException {
		TradeDataset d = datasets.importLong(Actor.system(), new ImportTradeDataset(Fixtures.unique("Matching hooks"),
				"Generated for tests", "CC0", Classification.HS, null),
				new ByteArrayInputStream(TradeFiles.longCsv(33).getBytes(StandardCharsets.UTF_8)));
		for (int i = 0; i < 300 && datasets.find(Actor.system(), d.id()).status() != DatasetStatus.READY; i++) {
			Thread.sleep(100);
		}
		assertThat(datasets.find(Actor.system(), d.id()).status()).isEqualTo(DatasetStatus.READY);
		return d.id();
	}

	@Test
	void theTopProductsOfTheLatestDatasetBecomeTheSlotsOfARun() throws Exception {
		long id = readyDataset();
		Opportunities opportunities = analysis.opportunities(Actor.system(), id, null, null, null,
				OpportunityWeights.DEFAULT, ComplexityAnalysis.OpportunityFilter.NONE);
		List<String> expected = opportunities.rows().stream().filter(o -> o.sector() != null)
			.map(Opportunity::product).limit(3).toList();
		assertThat(expected).isNotEmpty();

		List<SlotRequest> slots = productSlots.top(3);
		assertThat(slots).extracting(s -> s.hsCodes().get(0)).isEqualTo(expected);
		assertThat(slots.get(0).name()).startsWith("Top product 1: " + expected.get(0));
		assertThat(slots).allSatisfy(s -> assertThat(s.productCategory()).isNotNull());

		Map<String, Object> body = Map.of("topProducts", 3, "timeLimitSeconds", 1);
		String location = mvc.perform(post("/api/v1/matching/runs").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
			.andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
		assertThat(location).isNotNull();
		JsonNode run = json.readTree(mvc.perform(get(location).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		List<String> runCodes = new ArrayList<>();
		run.get("slots").forEach(s -> runCodes.add(s.get("hsCodes").get(0).asString()));
		assertThat(runCodes).isEqualTo(expected);
	}

	@Test
	void chinasStrengthInTheProductPutsAnInSectorChineseCompanyFirst() throws Exception {
		long id = readyDataset();
		// The product in which China is strongest in this dataset.
		String product = null;
		double best = -1;
		for (String code : TradeFiles.PRODUCTS) {
			try {
				double rca = analysis.product(Actor.system(), id, code, null, null, null).partner().rca();
				if (rca > best) {
					best = rca;
					product = code;
				}
			}
			catch (RuntimeException notInDataset) {
				// dropped from the dataset by the generator: skip
			}
		}
		assertThat(product).isNotNull();
		OptionalDouble strength = productStrength.strength(Sector.ELECTRIC_VEHICLES_AND_BATTERIES, List.of(product));
		assertThat(strength).isPresent();
		assertThat(strength.getAsDouble()).isCloseTo(best / (1 + best), within(1e-9));
		assertThat(productStrength.strength(Sector.ELECTRIC_VEHICLES_AND_BATTERIES, List.of("0101"))).isEmpty();

		List<String> tags = new ArrayList<>();
		String run = UUID.randomUUID().toString().substring(0, 8);
		for (int i = 1; i <= 5; i++) {
			tags.add("hook" + i + "-" + run);
		}
		for (PartnerRole role : List.of(PartnerRole.PAKISTANI_INDUSTRY, PartnerRole.CHINESE_ACADEMIA,
				PartnerRole.PAKISTANI_ACADEMIA)) {
			org(role, Sector.ELECTRIC_VEHICLES_AND_BATTERIES, tags);
		}
		// In the product's sector but with two of the five capabilities, against all five from another sector.
		OrganisationDetails inSector = org(PartnerRole.CHINESE_INDUSTRY, Sector.ELECTRIC_VEHICLES_AND_BATTERIES,
				tags.subList(0, 2));
		OrganisationDetails allTags = org(PartnerRole.CHINESE_INDUSTRY, Sector.ELECTRONICS, tags);

		assertThat(firstChinese(product, tags, 0)).as("without the strength signal the better-tagged company wins")
			.isEqualTo(allTags.id());
		assertThat(firstChinese(product, tags, 40)).as("China's strength goes in full to the in-sector company")
			.isEqualTo(inSector.id());
	}

	private long firstChinese(String product, List<String> tags, int strengthWeight) throws Exception {
		Map<String, Object> body = new HashMap<>();
		body.put("productCategory", "ELECTRIC_VEHICLES_AND_BATTERIES");
		body.put("hsCodes", List.of(product));
		body.put("requiredCapabilities", tags);
		body.put("top", 1);
		body.put("weights", Map.of("strength", strengthWeight));
		JsonNode answer = json.readTree(mvc.perform(post("/api/v1/matching/proposals")
				.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		return answer.get("proposals").get(0).get("partners").get("CHINESE_INDUSTRY").get("id").asLong();
	}

	private OrganisationDetails org(PartnerRole role, Sector sector, List<String> capabilities) {
		return partners.register(Actor.system(), new OrganisationCommand(Fixtures.unique("Hook " + role.name().replace("_", " ")), null, null,
				role.country(), role.kind(), Set.of(sector), Set.copyOf(capabilities),
				role.country() == org.quadhub.shared.Country.PK ? "Lahore" : "Shenzhen", null, null, null, null, null,
				null, true, null));
	}
}
