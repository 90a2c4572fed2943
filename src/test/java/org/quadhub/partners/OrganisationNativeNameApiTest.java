package org.quadhub.partners;

import org.junit.jupiter.api.Test;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An organisation's name in its own script: stored, returned as nativeName, validated, shown next to its name. */
@QuadHubTest
class OrganisationNativeNameApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	private static Map<String, Object> body(String name, String country, String kind, Object nativeName) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("country", country);
		body.put("kind", kind);
		body.put("nativeName", nativeName);
		return body;
	}

	private String create(Map<String, Object> body) throws Exception {
		return mvc.perform(post("/api/v1/organisations").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getHeader("Location");
	}

	@Test
	void aPakistaniOrganisationKeepsItsUrduNameAndShowsItInUrduScript() throws Exception {
		String location = create(body(Fixtures.unique("Mehran Robotics"), "PK", "INDUSTRY", "مہران روبوٹکس"));
		mvc.perform(get(location).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nativeName", is("مہران روبوٹکس")));
		String id = location.substring(location.lastIndexOf('/') + 1);
		String html = mvc.perform(get("/organisations/" + id).accept(MediaType.TEXT_HTML)
				.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).containsPattern("id=\"organisation-native-name\"[^>]*lang=\"ur\"[^>]*>مہران روبوٹکس<");
	}

	@Test
	void aChineseOrganisationsNativeNameCanBeClearedAndIsOptional() throws Exception {
		String location = create(body(Fixtures.unique("Shenzhen Photonics"), "CN", "INDUSTRY", "深圳光电"));
		String answer = mvc.perform(get(location).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$.nativeName", is("深圳光电")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Map<String, Object> update = body(json.readTree(answer).get("name").asString(), "CN", "INDUSTRY", "  ");
		update.put("version", json.readTree(answer).get("version").asLong());
		mvc.perform(put(location).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(update)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nativeName", nullValue()));
	}

	@Test
	void anOverlongNativeNameIsABadRequestNamingTheFieldAndStoresNothing() throws Exception {
		String name = Fixtures.unique("Overlong Native");
		mvc.perform(post("/api/v1/organisations").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(body(name, "CN", "ACADEMIA", "长".repeat(201)))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("nativeName")));
		mvc.perform(get("/api/v1/organisations").param("q", name).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$.totalElements", is(0)));
	}
}
