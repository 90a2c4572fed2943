package org.quadhub.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.quadhub.committee.ActionItems;
import org.quadhub.committee.Committee;
import org.quadhub.committee.CommitteeMembers;
import org.quadhub.committee.CommitteeMinutes;
import org.quadhub.partners.Partners;
import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.Quads;
import org.quadhub.reporting.Reports;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.quadhub.users.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The open-data files: anonymous, same fields in CSV and JSON, RFC 4180, only accepted figures, cacheable. */
@QuadHubTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Partners partners;

	@Autowired
	Quads quads;

	@Autowired
	Users users;

	@Autowired
	Reports reports;

	@Autowired
	Committee committee;

	@Autowired
	CommitteeMinutes minutes;

	@Autowired
	CommitteeMembers members;

	@Autowired
	ActionItems actions;

	PortalFixtures.Seeded seeded;

	@BeforeAll
	void seed() {
		seeded = new PortalFixtures(fixtures, partners, quads, users, reports, committee, minutes, members, actions)
			.seed("1234567.89");
	}

	@Test
	void csvIsRfc4180WithHeaderAndOnlyAcceptedFigures() throws Exception {
		MvcResult result = mvc.perform(get("/open-data/quads.csv"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=300, public"))
			.andExpect(header().exists(HttpHeaders.ETAG))
			.andReturn();
		assertThat(MediaType.parseMediaType(result.getResponse().getContentType()))
			.satisfies(type -> assertThat(type.isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue())
			.satisfies(type -> assertThat(type.getCharset()).isEqualTo(StandardCharsets.UTF_8));
		String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(body).doesNotStartWith("\uFEFF").endsWith("\r\n");
		List<List<String>> rows = parseCsv(body);
		assertThat(rows.get(0)).isEqualTo(OpenData.header());
		assertThat(rows.get(0)).contains("id", "code", "name", "status", "zones", "export_target_usd",
				"accepted_exports_usd", "chinese_industry_partner");
		List<String> row = rows.stream().filter(r -> r.get(0).equals(String.valueOf(seeded.quad().id()))).findFirst()
			.orElseThrow();
		assertThat(row).hasSize(rows.get(0).size());
		Map<String, String> byName = new java.util.HashMap<>();
		for (int i = 0; i < row.size(); i++) {
			byName.put(rows.get(0).get(i), row.get(i));
		}
		assertThat(byName.get("name")).isEqualTo(seeded.quad().name()).contains("\"").contains(",");
		assertThat(byName.get("code")).isEqualTo(PublicQuad.codeOf(seeded.quad().id()));
		assertThat(byName.get("status")).isEqualTo("PRODUCING");
		assertThat(byName.get("hs_codes")).isEqualTo("850440");
		assertThat(new BigDecimal(byName.get("accepted_exports_usd"))).isEqualByComparingTo("1234567.89");
		assertThat(new BigDecimal(byName.get("trailing_12m_accepted_usd"))).isEqualByComparingTo("1234567.89");
		assertThat(new BigDecimal(byName.get("export_target_usd"))).isEqualByComparingTo("120000000");
		assertThat(byName.get("pakistani_academia_partner"))
			.isEqualTo(seeded.quad().partners().get(PartnerRole.PAKISTANI_ACADEMIA).name());
		assertThat(byName.get("public_page")).isEqualTo("/public/quads/" + seeded.quad().id());
		assertThat(body).doesNotContain("4242424242").doesNotContain("3131313131");
	}

	@Test
	void jsonHasTheSameFieldsAndValues() throws Exception {
		MvcResult result = mvc.perform(get("/open-data/quads.json"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=300, public"))
			.andExpect(header().string(HttpHeaders.LINK, org.hamcrest.Matchers.containsString(OpenData.LICENCE_URL)))
			.andReturn();
		assertThat(MediaType.parseMediaType(result.getResponse().getContentType())
			.isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
		JsonNode array = json.readTree(result.getResponse().getContentAsByteArray());
		assertThat(array.isArray()).isTrue();
		JsonNode quad = null;
		for (JsonNode node : array) {
			if (node.get("id").asLong() == seeded.quad().id()) {
				quad = node;
			}
			List<String> keys = new ArrayList<>(node.propertyNames());
			assertThat(keys).isEqualTo(OpenData.header());
		}
		assertThat(quad).isNotNull();
		assertThat(quad.get("name").asString()).isEqualTo(seeded.quad().name());
		assertThat(quad.get("accepted_exports_usd").decimalValue()).isEqualByComparingTo("1234567.89");
		assertThat(quad.get("established_on").asString()).isEqualTo(seeded.quad().establishedOn().toString());
		assertThat(quad.get("standing").asString()).isIn("ON_TRACK", "AT_RISK", "OFF_TRACK", "NOT_STARTED");
		assertThat(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
			.doesNotContain("4242424242").doesNotContain("3131313131").doesNotContain("@");
	}

	@Test
	void aRepeatedDownloadWithTheETagIsNotModified() throws Exception {
		String etag = mvc.perform(get("/open-data/quads.json")).andExpect(status().isOk()).andReturn().getResponse()
			.getHeader(HttpHeaders.ETAG);
		mvc.perform(get("/open-data/quads.json").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified());
	}

	@Test
	void writesAreNotPossible() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/open-data/quads.json"))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(401, 403, 405));
	}

	/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
	static List<List<String>> parseCsv(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				assertThat(cell).as("a quote opens a field only at its start").isEmpty();
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\r') {
				assertThat(text.charAt(i + 1)).as("CR only as part of CRLF").isEqualTo('\n');
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				i++;
			}
			else {
				assertThat(c).as("bare LF outside quotes").isNotEqualTo('\n');
				cell.append(c);
			}
		}
		return rows;
	}
}
